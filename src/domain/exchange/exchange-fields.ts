/**
 * 数据共享 field layout after GB/T 39046-2020《政务服务平台基础数据规范》 (办件信息): the standard's Chinese
 * element names are the keys of the exported records, mapped here from the case head with English identifiers.
 * Every field is documented in README.md.
 */
import { instantOf } from '../calendar/china-date';
import {
  ACTION_NAMES_ZH,
  CASE_STATUS_NAMES_ZH,
  DELIVERY_METHOD_NAMES_ZH,
  OUTCOME_NAMES_ZH,
} from '../case/case-names';
import type { CaseHead, TimelineEntry } from '../case/case-types';
import { toGbCode } from '../evaluation/satisfaction-codes';
import { maskCreditCode, maskPhone, maskResidentId } from '../identity/mask';
import { ROLE_NAMES_ZH } from '../roles';
import type { CsvCell } from './csv-text';

export interface ExchangeOptions {
  /**
   * Show 证件号码 and 联系电话 in full. Default (false): masked as on screen (110105********002X,
   * 138****1234). Only a caller allowed to reveal sets it, and logs the reveal.
   */
  revealIdNumbers: boolean;
  /** 受理部门 of a case; default: by the level handling it (乡镇（街道）便民服务中心 / 区政务服务中心). */
  departmentOf?: (head: CaseHead) => string;
}

export interface ExchangeField<S> {
  /** English identifier used in code */
  key: string;
  /** the standard's Chinese element name: the key in JSON, the header in CSV */
  nameZh: string;
  from: (source: S, options: ExchangeOptions) => CsvCell;
}

/** One step of 办理过程: the timeline entry and its position (1-based). */
export interface StepSource {
  head: CaseHead;
  entry: TimelineEntry;
  index: number;
}

/** 'YYYY-MM-DD HH:mm:ss' in 北京时间 (UTC+8) of an ISO time; null stays null, a bad value is kept as given. */
export function chinaDateTimeOf(isoTime: string | null): string | null {
  if (isoTime === null) return null;
  const ms = instantOf(isoTime);
  if (ms === null) return isoTime;
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

function idNumberOf(head: CaseHead, options: ExchangeOptions): string {
  const a = head.applicant;
  if (options.revealIdNumbers) return a.kind === 'person' ? a.idNumber : a.creditCode;
  return a.kind === 'person' ? maskResidentId(a.idNumber) : maskCreditCode(a.creditCode);
}

const EVALUATION_CHANNEL_NAMES_ZH: Readonly<Record<string, string>> = {
  tablet: '现场评价器（平板）',
  paper: '纸质评价表',
  phone: '电话',
};

const DEFAULT_DEPARTMENT = { township: '乡镇（街道）便民服务中心', district: '区政务服务中心' } as const;

/** 办件基本信息: one record per case. */
export const CASE_FIELDS: readonly ExchangeField<CaseHead>[] = [
  { key: 'caseNo', nameZh: '办件编号', from: (h) => h.receiptNo },
  { key: 'itemCode', nameZh: '事项编码', from: (h) => h.item.code },
  { key: 'itemName', nameZh: '事项名称', from: (h) => h.item.name },
  { key: 'itemVersion', nameZh: '事项版本', from: (h) => h.item.version },
  { key: 'caseKind', nameZh: '办件类型', from: (h) => h.item.caseKind },
  {
    key: 'applicantType',
    nameZh: '申请人类型',
    from: (h) => (h.applicant.kind === 'person' ? '自然人' : '法人'),
  },
  { key: 'applicantName', nameZh: '申请人名称', from: (h) => h.applicant.name },
  {
    key: 'idType',
    nameZh: '证件类型',
    from: (h) => (h.applicant.kind === 'person' ? '居民身份证' : '统一社会信用代码'),
  },
  { key: 'idNumber', nameZh: '证件号码', from: idNumberOf },
  {
    key: 'phone',
    nameZh: '联系电话',
    from: (h, o) =>
      h.applicant.phone === '' ? null : o.revealIdNumbers ? h.applicant.phone : maskPhone(h.applicant.phone),
  },
  {
    key: 'legalRepresentative',
    nameZh: '法定代表人',
    from: (h) => (h.applicant.kind === 'legal' ? h.applicant.representative : null),
  },
  { key: 'proxyName', nameZh: '代理人姓名', from: (h) => h.proxy?.name ?? null },
  {
    key: 'proxyIdNumber',
    nameZh: '代理人证件号码',
    from: (h, o) =>
      h.proxy === null ? null : o.revealIdNumbers ? h.proxy.idNumber : maskResidentId(h.proxy.idNumber),
  },
  { key: 'regionCode', nameZh: '行政区划', from: (h) => h.regionCode },
  {
    key: 'department',
    nameZh: '受理部门',
    from: (h, o) => o.departmentOf?.(h) ?? DEFAULT_DEPARTMENT[h.handlingLevel],
  },
  {
    key: 'departmentRegion',
    nameZh: '受理部门区划',
    from: (h) =>
      h.handlingLevel === 'district' ? `${h.regionCode.slice(0, 6)}000000` : `${h.regionCode.slice(0, 9)}000`,
  },
  { key: 'submittedAt', nameZh: '申请时间', from: (h) => chinaDateTimeOf(h.submittedAt) },
  { key: 'receivedAt', nameZh: '收件时间', from: (h) => chinaDateTimeOf(h.receivedAt) },
  { key: 'acceptedAt', nameZh: '受理时间', from: (h) => chinaDateTimeOf(h.acceptedAt) },
  { key: 'legalDays', nameZh: '法定办结时限', from: (h) => h.item.legalDays },
  { key: 'promisedDays', nameZh: '承诺办结时限', from: (h) => h.item.promisedDays },
  { key: 'promisedDate', nameZh: '承诺办结时间', from: (h) => h.deadline },
  { key: 'status', nameZh: '办件状态', from: (h) => CASE_STATUS_NAMES_ZH[h.status] },
  { key: 'refusalReason', nameZh: '不予受理原因', from: (h) => h.refusalReason },
  { key: 'withdrawnReason', nameZh: '撤回原因', from: (h) => h.withdrawnReason },
];

/** 办理过程: one record per accepted action (timeline entry). */
export const STEP_FIELDS: readonly ExchangeField<StepSource>[] = [
  { key: 'caseNo', nameZh: '办件编号', from: (s) => s.head.receiptNo },
  { key: 'stepNo', nameZh: '环节序号', from: (s) => s.index },
  { key: 'stepName', nameZh: '环节名称', from: (s) => ACTION_NAMES_ZH[s.entry.type] },
  { key: 'handler', nameZh: '处理人', from: (s) => s.entry.actorName },
  { key: 'handlerRole', nameZh: '处理人角色', from: (s) => ROLE_NAMES_ZH[s.entry.actorRole] },
  { key: 'handledAt', nameZh: '处理时间', from: (s) => chinaDateTimeOf(s.entry.at) },
  { key: 'opinion', nameZh: '处理意见', from: (s) => s.entry.summary },
];

/** 办理结果: one record per decided (办结) case. */
export const RESULT_FIELDS: readonly ExchangeField<CaseHead>[] = [
  { key: 'caseNo', nameZh: '办件编号', from: (h) => h.receiptNo },
  { key: 'decidedAt', nameZh: '办结时间', from: (h) => chinaDateTimeOf(h.decision?.decidedAt ?? null) },
  {
    key: 'outcome',
    nameZh: '办理结果',
    from: (h) => (h.decision === null ? null : OUTCOME_NAMES_ZH[h.decision.outcome]),
  },
  { key: 'documentNo', nameZh: '结果文书编号', from: (h) => h.decision?.documentNo ?? null },
  { key: 'reason', nameZh: '办理意见', from: (h) => h.decision?.reason || null },
  {
    key: 'deliveryMethod',
    nameZh: '送达方式',
    from: (h) => (h.delivery === null ? null : DELIVERY_METHOD_NAMES_ZH[h.delivery.method]),
  },
  { key: 'deliveredAt', nameZh: '送达时间', from: (h) => chinaDateTimeOf(h.delivery?.deliveredAt ?? null) },
];

/** 评价 (好差评): one record per evaluated case; 满意度 as the GB/T 39046 code (1 = 非常满意). */
export const EVALUATION_FIELDS: readonly ExchangeField<CaseHead>[] = [
  { key: 'caseNo', nameZh: '办件编号', from: (h) => h.receiptNo },
  { key: 'regionCode', nameZh: '行政区划', from: (h) => h.regionCode },
  { key: 'stage', nameZh: '评价阶段', from: (h) => (h.decision === null ? '受理' : '办结') },
  {
    key: 'satisfaction',
    nameZh: '满意度',
    from: (h) => (h.evaluation === null ? null : toGbCode(h.evaluation.level)),
  },
  { key: 'satisfactionName', nameZh: '满意度名称', from: (h) => h.evaluation?.level ?? null },
  { key: 'comment', nameZh: '文字评价', from: (h) => h.evaluation?.reason || null },
  { key: 'evaluatedAt', nameZh: '评价时间', from: (h) => chinaDateTimeOf(h.evaluation?.evaluatedAt ?? null) },
  {
    key: 'channel',
    nameZh: '评价渠道',
    from: (h) =>
      h.evaluation === null
        ? null
        : (EVALUATION_CHANNEL_NAMES_ZH[h.evaluation.channel] ?? h.evaluation.channel),
  },
];
