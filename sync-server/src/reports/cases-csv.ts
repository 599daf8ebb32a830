/**
 * 办件清单 CSV (UTF-8 BOM, RFC 4180, formula injection neutralised by toCsv): one row per case, filtered by
 * status, item, 超期 and submission date. ID numbers are masked unless the caller may reveal them.
 */
import { chinaDateOf } from '../../../src/domain/calendar/china-date';
import type { WorkingDayCalendar } from '../../../src/domain/calendar/working-day-calendar-type';
import { CASE_STATUS_NAMES_ZH } from '../../../src/domain/case/case-names';
import type { CaseHead, CaseStatus } from '../../../src/domain/case/case-types';
import { chinaDateTimeOf, toCsv } from '../../../src/domain/exchange';
import { maskCreditCode, maskResidentId } from '../../../src/domain/identity/mask';
import { supervisionLight } from '../../../src/domain/supervision/supervision-light';
import { DEFAULT_SUPERVISION_THRESHOLDS } from '../../../src/domain/supervision/supervision-thresholds';

export interface CaseListFilter {
  status?: CaseStatus;
  itemCode?: string;
  overdue?: boolean;
  /** China dates of 报送, both included */
  from?: string;
  to?: string;
}

export const CASE_LIST_HEADER = [
  '收件凭证编号',
  '事项编码',
  '事项名称',
  '申请人',
  '证件号码',
  '行政区划代码',
  '办件状态',
  '报送时间',
  '受理时间',
  '承诺办结日期',
  '是否超期',
] as const;

/** Whether the case's 电子监察 light is red on `today` (judged on its 办结 day once decided). */
export function isOverdue(head: CaseHead, today: string, calendar: WorkingDayCalendar): boolean {
  if (head.status === 'withdrawn') return false;
  return (
    supervisionLight({
      deadline: head.deadline,
      today,
      finishedOn: head.decision === null ? null : chinaDateOf(head.decision.decidedAt),
      calendar,
      thresholds: DEFAULT_SUPERVISION_THRESHOLDS,
    }).light === 'red'
  );
}

export function filterCases(
  heads: readonly CaseHead[],
  filter: CaseListFilter,
  overdueOf: (head: CaseHead) => boolean,
): CaseHead[] {
  return heads.filter((head) => {
    const submittedOn = chinaDateOf(head.submittedAt);
    if (filter.status !== undefined && head.status !== filter.status) return false;
    if (filter.itemCode !== undefined && head.item.code !== filter.itemCode) return false;
    if (filter.from !== undefined && submittedOn < filter.from) return false;
    if (filter.to !== undefined && submittedOn > filter.to) return false;
    return filter.overdue === undefined || overdueOf(head) === filter.overdue;
  });
}

function identityOf(head: CaseHead, reveal: boolean): string {
  if (head.applicant.kind === 'person')
    return reveal ? head.applicant.idNumber : maskResidentId(head.applicant.idNumber);
  return reveal ? head.applicant.creditCode : maskCreditCode(head.applicant.creditCode);
}

export function caseListCsv(
  heads: readonly CaseHead[],
  options: { reveal: boolean; overdueOf: (head: CaseHead) => boolean },
): string {
  return toCsv(
    CASE_LIST_HEADER,
    heads.map((head) => [
      head.receiptNo,
      head.item.code,
      head.item.name,
      head.applicant.name,
      identityOf(head, options.reveal),
      head.regionCode,
      CASE_STATUS_NAMES_ZH[head.status],
      chinaDateTimeOf(head.submittedAt),
      chinaDateTimeOf(head.acceptedAt),
      head.deadline,
      options.overdueOf(head) ? '是' : '否',
    ]),
  );
}
