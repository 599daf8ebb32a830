/**
 * The countable events (统计事件) of a case head and of a consultation, each dated on a China date.
 *
 * Every indicator is a sum of events, and every event has exactly one date and one case (or consultation),
 * so counts add up across months, townships, villages and items (the property tests rely on it).
 * Internal to statistics/: see README.md for the definitions.
 */
import { chinaDateOf } from '../calendar/china-date';
import type { IsoDate, WorkingDayCalendar } from '../calendar/working-day-calendar-type';
import { promisedWorkingDaysOf } from '../case/case-deadline';
import type { CaseHead } from '../case/case-types';
import { isSatisfied } from '../evaluation/satisfaction';
import { supervisionLight } from '../supervision/supervision-light';
import type { SupervisionThresholds } from '../supervision/supervision-thresholds';

/** The additive counts behind the indicators (rates are derived from them). */
export interface IndicatorCounts {
  /** 代办数: cases submitted (报送) in the period */
  submitted: number;
  /** 受理数: cases accepted (受理) in the period */
  accepted: number;
  /** 办结数: cases decided (办结, 准予 or 不予) in the period */
  decided: number;
  /** of the cases accepted in the period, those decided by today (numerator of 办结率) */
  acceptedDecided: number;
  /** of the cases accepted in the period, those withdrawn (撤回) since (left out of 办结率) */
  acceptedWithdrawn: number;
  /** 超期数: cases due in the period that missed the due date (red light) */
  overdue: number;
  /** sum of the working days from 受理 to 办结 of the cases decided in the period (pauses excluded) */
  workingDaysTotal: number;
  /** 评价数: evaluations (好差评) given in the period */
  ratings: number;
  /** of those, 非常满意 / 满意 / 基本满意 (isSatisfied) */
  satisfied: number;
  /** 咨询数: consultations (咨询登记) in the period */
  consultations: number;
}

export type IndicatorCountKey = keyof IndicatorCounts;

export const INDICATOR_COUNT_KEYS = [
  'submitted',
  'accepted',
  'decided',
  'acceptedDecided',
  'acceptedWithdrawn',
  'overdue',
  'workingDaysTotal',
  'ratings',
  'satisfied',
  'consultations',
] as const satisfies readonly IndicatorCountKey[];

export function zeroCounts(): IndicatorCounts {
  return {
    submitted: 0,
    accepted: 0,
    decided: 0,
    acceptedDecided: 0,
    acceptedWithdrawn: 0,
    overdue: 0,
    workingDaysTotal: 0,
    ratings: 0,
    satisfied: 0,
    consultations: 0,
  };
}

/** One countable event: `amount` added to `count`, dated `date`. */
export interface IndicatorEvent {
  count: IndicatorCountKey;
  date: IsoDate;
  amount: number;
}

export interface CaseEventContext {
  calendar: WorkingDayCalendar;
  /** The day the figures are judged on (China date): overdue and 办结率 look at what is known then. */
  today: IsoDate;
  thresholds: Pick<SupervisionThresholds, 'yellowWorkingDays'>;
}

/** A consultation as the statistics need it (consultationSchema has more). */
export interface ConsultationRecord {
  regionCode: string;
  /** 实施编码 asked about; null or absent for a general enquiry */
  itemCode?: string | null;
  clientTime: string;
  serverTime: string | null;
}

/** The China date of the case's first action of that type, or null. */
function actionDateOf(head: CaseHead, type: 'withdraw'): IsoDate | null {
  const entry = head.timeline.find((e) => e.type === type);
  return entry === undefined ? null : chinaDateOf(entry.at);
}

/** 办结 date, when it is on or before `today` (a later decision is not yet known on `today`). */
function decidedOnBy(head: CaseHead, today: IsoDate): IsoDate | null {
  const decidedOn = head.decision === null ? null : chinaDateOf(head.decision.decidedAt);
  return decidedOn !== null && decidedOn <= today ? decidedOn : null;
}

/** 撤回 date, when it is on or before `today`. */
function withdrawnOnBy(head: CaseHead, today: IsoDate): IsoDate | null {
  const withdrawnOn = head.status === 'withdrawn' ? actionDateOf(head, 'withdraw') : null;
  return withdrawnOn !== null && withdrawnOn <= today ? withdrawnOn : null;
}

/** Whether the case missed its promised date, judged on the 办结 day or (still open) on `today`. */
function isOverdue(head: CaseHead, ctx: CaseEventContext): { due: IsoDate } | null {
  if (head.acceptedAt === null || withdrawnOnBy(head, ctx.today) !== null) return null;
  const acceptedOn = chinaDateOf(head.acceptedAt);
  const promised = { acceptedOn, workingDays: promisedWorkingDaysOf(head.item) + head.extensionDays };
  const closed = head.pauses.filter((p) => p.to !== null);
  const due = head.deadline ?? ctx.calendar.addWorkingDays(acceptedOn, promised.workingDays, closed);
  const finishedOn = decidedOnBy(head, ctx.today);
  const result = supervisionLight({
    deadline: head.deadline,
    promised,
    today: ctx.today,
    finishedOn,
    pauses: head.pauses,
    calendar: ctx.calendar,
    thresholds: ctx.thresholds,
  });
  return result.light === 'red' ? { due } : null;
}

/** The events of one case head. */
export function caseEventsOf(head: CaseHead, ctx: CaseEventContext): IndicatorEvent[] {
  const events: IndicatorEvent[] = [{ count: 'submitted', date: chinaDateOf(head.submittedAt), amount: 1 }];
  if (head.acceptedAt !== null) {
    const acceptedOn = chinaDateOf(head.acceptedAt);
    events.push({ count: 'accepted', date: acceptedOn, amount: 1 });
    if (head.decision !== null) {
      const decidedOn = chinaDateOf(head.decision.decidedAt);
      const closed = head.pauses.filter((p) => p.to !== null);
      events.push(
        { count: 'decided', date: decidedOn, amount: 1 },
        {
          count: 'workingDaysTotal',
          date: decidedOn,
          amount: ctx.calendar.workingDaysBetween(acceptedOn, decidedOn, closed),
        },
      );
    }
    // 办结率: the cases accepted in the period, as they stand on `today`
    if (decidedOnBy(head, ctx.today) !== null)
      events.push({ count: 'acceptedDecided', date: acceptedOn, amount: 1 });
    if (withdrawnOnBy(head, ctx.today) !== null) {
      events.push({ count: 'acceptedWithdrawn', date: acceptedOn, amount: 1 });
    }
  }
  const overdue = isOverdue(head, ctx);
  if (overdue !== null) events.push({ count: 'overdue', date: overdue.due, amount: 1 });
  if (head.evaluation !== null) {
    const evaluatedOn = chinaDateOf(head.evaluation.evaluatedAt);
    events.push({ count: 'ratings', date: evaluatedOn, amount: 1 });
    if (isSatisfied(head.evaluation.level)) events.push({ count: 'satisfied', date: evaluatedOn, amount: 1 });
  }
  return events;
}

/** The date a consultation counts on: server time when known, else the device's time. */
export function consultationDateOf(consultation: ConsultationRecord): IsoDate {
  return chinaDateOf(consultation.serverTime ?? consultation.clientTime);
}
