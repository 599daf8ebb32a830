/**
 * 差评回访整改 tracking: every case rated 不满意 or 非常不满意 (a 差评) has a follow-up — 回访, then 整改, then
 * 办结 — with due dates in working days after the evaluation (src/domain/evaluation/follow-up.ts). The
 * follow-up is stored from its first step on; until then it is the fresh one the domain creates with the
 * thresholds in force when the evaluation reached the server, so its due dates never change.
 * Pure: no store, no clock.
 */
import { chinaDateOf } from '../../../src/domain/calendar/china-date';
import type { IsoDate, WorkingDayCalendar } from '../../../src/domain/calendar/working-day-calendar-type';
import type { CaseHead } from '../../../src/domain/case/case-types';
import {
  closeFollowUp,
  createFollowUp,
  followUpOverdue,
  recordRectification,
  recordReturnVisit,
  type FollowUp,
  type FollowUpOverdue,
  type FollowUpResult,
} from '../../../src/domain/evaluation/follow-up';
import { isNegative, type SatisfactionLevel } from '../../../src/domain/evaluation/satisfaction';
import type { FollowUpRecord, ThresholdSettingRecord } from '../store/store';
import { thresholdsAt } from './district-thresholds';

export const FOLLOW_UP_STEPS = ['visit', 'rectification', 'close'] as const;
export type FollowUpStep = (typeof FOLLOW_UP_STEPS)[number];

export const FOLLOW_UP_FILTERS = ['open', 'overdue', 'closed', 'all'] as const;
export type FollowUpFilter = (typeof FOLLOW_UP_FILTERS)[number];

export interface FollowUpRow {
  caseId: string;
  receiptNo: string;
  itemCode: string;
  itemName: string;
  regionCode: string;
  level: SatisfactionLevel;
  /** the 差评's reason (文字评价) */
  reason: string;
  evaluatedAt: string;
  followUp: FollowUp;
  /** 0 while nothing is recorded; the stored revision after */
  revision: number;
  timing: FollowUpOverdue;
}

/** A case head with a 差评. */
export type NegativelyRatedHead = CaseHead & { evaluation: NonNullable<CaseHead['evaluation']> };

export function isNegativelyRated(head: CaseHead): head is NegativelyRatedHead {
  return head.evaluation !== null && isNegative(head.evaluation.level);
}

/** The follow-up of a 差评: the stored one, else a fresh one with the thresholds of its evaluation time. */
export function followUpOfHead(
  head: NegativelyRatedHead,
  record: FollowUpRecord | null,
  settings: readonly ThresholdSettingRecord[],
  calendar: WorkingDayCalendar,
): FollowUp {
  if (record !== null) return record.followUp;
  return createFollowUp({
    evaluatedOn: chinaDateOf(head.evaluation.evaluatedAt),
    thresholds: thresholdsAt(settings, head.evaluation.evaluatedAt),
    calendar,
  });
}

export function followUpRowOf(
  head: NegativelyRatedHead,
  record: FollowUpRecord | null,
  context: { settings: readonly ThresholdSettingRecord[]; calendar: WorkingDayCalendar; today: IsoDate },
): FollowUpRow {
  const followUp = followUpOfHead(head, record, context.settings, context.calendar);
  return {
    caseId: head.id,
    receiptNo: head.receiptNo,
    itemCode: head.item.code,
    itemName: head.item.name,
    regionCode: head.regionCode,
    level: head.evaluation.level,
    reason: head.evaluation.reason,
    evaluatedAt: head.evaluation.evaluatedAt,
    followUp,
    revision: record?.revision ?? 0,
    timing: followUpOverdue(followUp, context.today, context.calendar),
  };
}

function matches(row: FollowUpRow, filter: FollowUpFilter): boolean {
  const isClosed = row.followUp.status === 'closed';
  switch (filter) {
    case 'open':
      return !isClosed;
    case 'overdue':
      return row.timing.overdue;
    case 'closed':
      return isClosed;
    case 'all':
      return true;
  }
}

/** The next date that matters: the pending step's due date (the visit, then the fix); closed: none. */
function nextDueOf(row: FollowUpRow): IsoDate {
  const { followUp } = row;
  if (followUp.status === 'awaiting_visit') return followUp.returnVisitDue;
  if (followUp.status === 'awaiting_rectification') return followUp.rectificationDue;
  return '9999-12-31';
}

/** Overdue first, then open by the next due date, then closed (newest 差评 first). */
function compareRows(a: FollowUpRow, b: FollowUpRow): number {
  if (a.timing.overdue !== b.timing.overdue) return a.timing.overdue ? -1 : 1;
  const aDue = nextDueOf(a);
  const bDue = nextDueOf(b);
  if (aDue !== bDue) return aDue < bDue ? -1 : 1;
  if (a.evaluatedAt !== b.evaluatedAt) return a.evaluatedAt > b.evaluatedAt ? -1 : 1;
  return a.caseId < b.caseId ? -1 : 1;
}

export interface FollowUpSummary {
  /** 差评 in the scope (every follow-up, closed or not) */
  total: number;
  open: number;
  /** a step past its due date and not done */
  overdue: number;
  closed: number;
  /** some step done after its due date */
  late: number;
}

/** Every 差评 of the heads with its follow-up, the summary over all of them, and the rows of the filter. */
export function followUpRows(
  heads: readonly CaseHead[],
  records: readonly FollowUpRecord[],
  context: { settings: readonly ThresholdSettingRecord[]; calendar: WorkingDayCalendar; today: IsoDate },
  filter: FollowUpFilter,
): { summary: FollowUpSummary; rows: FollowUpRow[] } {
  const byCase = new Map(records.map((record) => [record.caseId, record]));
  const all = heads
    .filter(isNegativelyRated)
    .map((head) => followUpRowOf(head, byCase.get(head.id) ?? null, context));
  const summary: FollowUpSummary = { total: all.length, open: 0, overdue: 0, closed: 0, late: 0 };
  for (const row of all) {
    if (row.followUp.status === 'closed') summary.closed += 1;
    else summary.open += 1;
    if (row.timing.overdue) summary.overdue += 1;
    if (row.timing.late) summary.late += 1;
  }
  return { summary, rows: all.filter((row) => matches(row, filter)).sort(compareRows) };
}

/** One step as recorded: when, by whom, and its text (回访情况, 整改措施 or 办结说明). */
export interface StepInput {
  on: IsoDate;
  by: string;
  text: string;
}

/** Applies a step with the domain's rules (order, dates, texts). */
export function applyFollowUpStep(followUp: FollowUp, step: FollowUpStep, input: StepInput): FollowUpResult {
  switch (step) {
    case 'visit':
      return recordReturnVisit(followUp, { on: input.on, by: input.by, summary: input.text });
    case 'rectification':
      return recordRectification(followUp, { on: input.on, by: input.by, measures: input.text });
    case 'close':
      return closeFollowUp(followUp, { on: input.on, by: input.by, note: input.text });
  }
}
