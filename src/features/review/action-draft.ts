/**
 * The reviewer's action forms as plain data: what is typed (ActionDraft), the check that turns it into the
 * action's payload or names each problem (an i18n key, shown next to its field), and the way back from a
 * refused action's payload into a form (nothing typed is lost when the server refuses it).
 * Pure: the reducer checks the payload against the case again when the action is recorded.
 */
import type { ActionPayload, ActionType, CaseHead } from '../../domain/case/case-types';
import type { MessageKey } from '../../ui/i18n/i18n';

/** The actions taken at the review desk (the agent's 补正提交, 送达 and 好差评 are not). */
export const REVIEW_ACTION_TYPES = [
  'receive', // 收件
  'accept', // 受理
  'request_correction', // 补齐补正 (一次性告知)
  'refuse', // 不予受理
  'forward', // 转报
  'review', // 审查意见
  'suspend', // 挂起
  'resume', // 恢复
  'extend', // 延长
  'decide', // 办结
  'archive', // 归档
  'withdraw', // 撤回
] as const satisfies readonly ActionType[];
export type ReviewActionType = (typeof REVIEW_ACTION_TYPES)[number];

export function isReviewActionType(type: string): type is ReviewActionType {
  return (REVIEW_ACTION_TYPES as readonly string[]).includes(type);
}

export const SUSPEND_KINDS = ['hearing', 'inspection', 'appraisal', 'expert_review', 'other'] as const;
export type SuspendKind = (typeof SUSPEND_KINDS)[number];

export interface CorrectionLine {
  isChecked: boolean;
  problem: 'missing' | 'defective';
  note: string;
}

export interface ActionDraft {
  note: string;
  reason: string;
  opinion: string;
  /** 一次性告知: one line per material of the item, by material id. */
  corrections: Record<string, CorrectionLine>;
  /** 一次性告知: a problem not tied to one material (其他). */
  otherProblem: string;
  suspendKind: SuspendKind | '';
  extendDays: string;
  outcome: 'approved' | 'denied' | '';
  documentNo: string;
  /** SHA-256 of the photo of the result document (办结), or null. */
  decisionFile: string | null;
}

export const LIMITS = {
  note: 500,
  reason: 1000,
  opinion: 2000,
  correctionNote: 500,
  noticeNote: 2000,
  documentNo: 60,
} as const;

export function emptyDraft(): ActionDraft {
  return {
    note: '',
    reason: '',
    opinion: '',
    corrections: {},
    otherProblem: '',
    suspendKind: '',
    extendDays: '',
    outcome: '',
    documentNo: '',
    decisionFile: null,
  };
}

/** Problems by field name ('reason', 'correction:<materialId>' …), each an i18n key. */
export type DraftProblems = Record<string, MessageKey>;

export type DraftCheck<T extends ReviewActionType = ReviewActionType> =
  { ok: true; payload: ActionPayload<T>; fileHashes: string[] } | { ok: false; problems: DraftProblems };

function required(value: string, max: number, key: MessageKey, tooLong: MessageKey): MessageKey | null {
  const text = value.trim();
  if (text === '') return key;
  return [...text].length > max ? tooLong : null;
}

function optional(value: string, max: number, tooLong: MessageKey): MessageKey | null {
  return [...value.trim()].length > max ? tooLong : null;
}

function collect(entries: Record<string, MessageKey | null>): DraftProblems {
  const problems: DraftProblems = {};
  for (const [field, key] of Object.entries(entries)) if (key !== null) problems[field] = key;
  return problems;
}

function result<T extends ReviewActionType>(
  problems: DraftProblems,
  payload: () => ActionPayload<T>,
  fileHashes: string[] = [],
): DraftCheck<T> {
  return Object.keys(problems).length > 0
    ? { ok: false, problems }
    : { ok: true, payload: payload(), fileHashes };
}

const NOTE_TOO_LONG: MessageKey = 'review.error.noteTooLong';
const REASON_TOO_LONG: MessageKey = 'review.error.reasonTooLong';

function checkNoteOnly<T extends 'receive' | 'accept' | 'forward' | 'resume' | 'archive'>(
  draft: ActionDraft,
): DraftCheck<T> {
  return result<T>(
    collect({ note: optional(draft.note, LIMITS.note, NOTE_TOO_LONG) }),
    () => ({ note: draft.note.trim() }) as ActionPayload<T>,
  );
}

function checkCorrection(draft: ActionDraft, head: CaseHead): DraftCheck<'request_correction'> {
  const entries: Record<string, MessageKey | null> = {};
  const items: ActionPayload<'request_correction'>['items'] = [];
  for (const material of head.item.materials) {
    const line = draft.corrections[material.id];
    if (!line?.isChecked) continue;
    const field = `correction:${material.id}`;
    const note = line.note.trim();
    entries[field] =
      line.problem === 'defective' && note === ''
        ? 'review.error.defectNoteRequired'
        : optional(note, LIMITS.correctionNote, NOTE_TOO_LONG);
    items.push({ materialId: material.id, problem: line.problem, note });
  }
  const other = draft.otherProblem.trim();
  if (other !== '') {
    entries.otherProblem = optional(other, LIMITS.correctionNote, NOTE_TOO_LONG);
    items.push({ materialId: null, problem: 'defective', note: other });
  }
  entries.note = optional(draft.note, LIMITS.noticeNote, NOTE_TOO_LONG);
  if (items.length === 0) entries.corrections = 'review.error.correctionEmpty';
  return result(collect(entries), () => ({ items, note: draft.note.trim() }));
}

function checkDecide(draft: ActionDraft): DraftCheck<'decide'> {
  const outcome = draft.outcome;
  const problems = collect({
    outcome: outcome === '' ? 'review.error.outcomeRequired' : null,
    documentNo: required(
      draft.documentNo,
      LIMITS.documentNo,
      'review.error.documentNoRequired',
      'review.error.documentNoTooLong',
    ),
    reason:
      outcome === 'denied'
        ? required(draft.reason, LIMITS.reason, 'review.error.denialReasonRequired', REASON_TOO_LONG)
        : optional(draft.reason, LIMITS.reason, REASON_TOO_LONG),
  });
  return result(
    problems,
    () => ({
      outcome: outcome === 'denied' ? 'denied' : 'approved',
      documentNo: draft.documentNo.trim(),
      reason: draft.reason.trim(),
      file: draft.decisionFile,
    }),
    draft.decisionFile === null ? [] : [draft.decisionFile],
  );
}

function checkExtend(draft: ActionDraft): DraftCheck<'extend'> {
  const text = draft.extendDays.trim().replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  const days = Number(text);
  const isValid = /^\d{1,2}$/.test(text) && days >= 1 && days <= 30;
  return result(
    collect({
      extendDays: isValid ? null : 'review.error.extendDays',
      reason: required(draft.reason, LIMITS.reason, 'review.error.extendReasonRequired', REASON_TOO_LONG),
    }),
    () => ({ days, reason: draft.reason.trim() }),
  );
}

/** The payload of the action, or the problems of the form. */
export function checkActionDraft(type: ReviewActionType, draft: ActionDraft, head: CaseHead): DraftCheck {
  switch (type) {
    case 'receive':
    case 'accept':
    case 'forward':
    case 'resume':
    case 'archive':
      return checkNoteOnly(draft);
    case 'request_correction':
      return checkCorrection(draft, head);
    case 'refuse':
      return result<'refuse'>(
        collect({
          reason: required(draft.reason, LIMITS.reason, 'review.error.refuseReasonRequired', REASON_TOO_LONG),
        }),
        () => ({ reason: draft.reason.trim() }),
      );
    case 'review':
      return result<'review'>(
        collect({
          opinion: required(
            draft.opinion,
            LIMITS.opinion,
            'review.error.opinionRequired',
            'review.error.opinionTooLong',
          ),
        }),
        () => ({ opinion: draft.opinion.trim() }),
      );
    case 'suspend':
      return result<'suspend'>(
        collect({
          suspendKind: draft.suspendKind === '' ? 'review.error.suspendKindRequired' : null,
          reason: required(
            draft.reason,
            LIMITS.reason,
            'review.error.suspendReasonRequired',
            REASON_TOO_LONG,
          ),
        }),
        () => ({ kind: draft.suspendKind === '' ? 'other' : draft.suspendKind, reason: draft.reason.trim() }),
      );
    case 'extend':
      return checkExtend(draft);
    case 'decide':
      return checkDecide(draft);
    case 'withdraw':
      return result<'withdraw'>(
        collect({
          reason: required(
            draft.reason,
            LIMITS.reason,
            'review.error.withdrawReasonRequired',
            REASON_TOO_LONG,
          ),
        }),
        () => ({ reason: draft.reason.trim() }),
      );
  }
}

function stringField(payload: unknown, key: string): string {
  const value =
    typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>)[key] : '';
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** A form filled from an action's payload (a refused action taken up again). Unknown shapes give empty fields. */
export function draftFromPayload(type: ReviewActionType, payload: unknown): ActionDraft {
  const draft = emptyDraft();
  draft.note = stringField(payload, 'note');
  draft.reason = stringField(payload, 'reason');
  draft.opinion = stringField(payload, 'opinion');
  if (type === 'extend') draft.extendDays = stringField(payload, 'days');
  if (type === 'decide') {
    const outcome = stringField(payload, 'outcome');
    draft.outcome = outcome === 'approved' || outcome === 'denied' ? outcome : '';
    draft.documentNo = stringField(payload, 'documentNo');
    const file = stringField(payload, 'file');
    draft.decisionFile = /^[a-f0-9]{64}$/.test(file) ? file : null;
  }
  if (type === 'suspend') {
    const kind = stringField(payload, 'kind');
    draft.suspendKind = (SUSPEND_KINDS as readonly string[]).includes(kind) ? (kind as SuspendKind) : '';
  }
  if (type === 'request_correction') {
    const items = (payload as { items?: unknown } | null)?.items;
    for (const item of Array.isArray(items) ? (items as unknown[]) : []) {
      const materialId = stringField(item, 'materialId');
      const problem = stringField(item, 'problem') === 'missing' ? 'missing' : 'defective';
      const note = stringField(item, 'note');
      if (materialId === '') draft.otherProblem = note;
      else draft.corrections[materialId] = { isChecked: true, problem, note };
    }
  }
  return draft;
}
