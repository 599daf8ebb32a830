/**
 * The one-line Chinese summary of an accepted action on the case timeline (办理过程).
 * Names no personal data of the applicant: the timeline is shown to every role that sees the case.
 */
import { DELIVERY_METHOD_NAMES_ZH, OUTCOME_NAMES_ZH, SUSPENSION_KIND_NAMES_ZH } from './case-names';
import type { CaseAction, CaseHead } from './case-types';

/** Longest summary the head schema stores. */
export const MAX_SUMMARY_CHARS = 2000;

function withNote(text: string, note: string): string {
  const trimmed = note.trim();
  return trimmed === '' ? text : `${text}：${trimmed}`;
}

function materialNameOf(head: CaseHead, id: string | null): string {
  if (id === null) return '其他';
  return head.item.materials.find((m) => m.id === id)?.name ?? id;
}

function deadlineText(head: CaseHead): string {
  return head.deadline === null ? '' : `，承诺办结日期 ${head.deadline}`;
}

function summaryText(action: CaseAction, next: CaseHead): string {
  switch (action.type) {
    case 'submit':
      return `提交「${next.item.name}」，收件凭证号 ${next.receiptNo}，材料 ${action.payload.materials.length} 份`;
    case 'receive':
      return withNote(next.handlingLevel === 'district' ? '区级收件' : '收件', action.payload.note);
    case 'request_correction': {
      const lines = action.payload.items.map(
        (i) => `${materialNameOf(next, i.materialId)}（${i.problem === 'missing' ? '缺失' : '有误'}）`,
      );
      return withNote(`一次性告知补正 ${lines.length} 项：${lines.join('、')}`, action.payload.note);
    }
    case 'resubmit': {
      const names = action.payload.materials.map((m) => materialNameOf(next, m.materialId));
      return withNote(`补正提交材料 ${names.length} 份：${names.join('、')}`, action.payload.note);
    }
    case 'refuse':
      return `不予受理：${action.payload.reason}`;
    case 'accept': {
      const kind = next.item.caseKind === '即办件' ? '（即办件）' : '';
      return withNote(`受理${kind}${deadlineText(next)}`, action.payload.note);
    }
    case 'forward':
      return withNote('转报区级办理', action.payload.note);
    case 'review':
      return `审查意见：${action.payload.opinion}`;
    case 'suspend':
      return `挂起（${SUSPENSION_KIND_NAMES_ZH[action.payload.kind]}），暂停计时：${action.payload.reason}`;
    case 'resume':
      return withNote(`恢复办理${deadlineText(next)}`, action.payload.note);
    case 'extend':
      return `延长 ${action.payload.days} 个工作日${deadlineText(next)}：${action.payload.reason}`;
    case 'decide': {
      const { outcome, documentNo, reason } = action.payload;
      return withNote(`办结（${OUTCOME_NAMES_ZH[outcome]}），文书编号 ${documentNo}`, reason);
    }
    case 'deliver':
      return withNote(`送达（${DELIVERY_METHOD_NAMES_ZH[action.payload.method]}）`, action.payload.note);
    case 'archive':
      return withNote('归档', action.payload.note);
    case 'withdraw':
      return `撤回：${action.payload.reason}`;
    case 'evaluate':
      return withNote(`评价：${action.payload.level}`, action.payload.reason);
  }
}

/** The summary, cut to MAX_SUMMARY_CHARS (an ellipsis marks the cut). */
export function timelineSummaryOf(action: CaseAction, next: CaseHead): string {
  const text = summaryText(action, next);
  if (text.length <= MAX_SUMMARY_CHARS) return text;
  // Do not split a surrogate pair (rare characters such as 𠮷 in a reason).
  const cut = text.slice(0, MAX_SUMMARY_CHARS - 1).replace(/[\uD800-\uDBFF]$/, '');
  return `${cut}…`;
}
