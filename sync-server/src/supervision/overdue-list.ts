/**
 * 超期预警清单 (the 电子监察 overdue list): the open cases whose light is 黄灯 预警 or 红灯 超期 on `today`, with
 * the district's thresholds. Two limits are watched:
 * - `deadline`: the promised date (承诺办结日期) of an accepted, undecided case (supervisionLight; a running
 *   pause freezes the clock, so a paused case is never red);
 * - `notice`: a received case (已收件) not yet answered (一次性告知, 受理 or 不予受理) within
 *   `correctionNoticeDays` working days of 收件 (行政许可法 §32).
 * Pure: no store, no clock. No personal data in the rows (receipt number, item, region only).
 */
import { chinaDateOf } from '../../../src/domain/calendar/china-date';
import type { IsoDate, WorkingDayCalendar } from '../../../src/domain/calendar/working-day-calendar-type';
import { promisedWorkingDaysOf } from '../../../src/domain/case/case-deadline';
import type { CaseHead, CaseStatus } from '../../../src/domain/case/case-types';
import { correctionNoticeDue } from '../../../src/domain/supervision/correction-notice-due';
import { supervisionLight } from '../../../src/domain/supervision/supervision-light';
import type { SupervisionThresholds } from '../../../src/domain/supervision/supervision-thresholds';

export const OVERDUE_KINDS = ['deadline', 'notice'] as const;
export type OverdueKind = (typeof OVERDUE_KINDS)[number];

export interface OverdueRow {
  caseId: string;
  receiptNo: string;
  itemCode: string;
  itemName: string;
  regionCode: string;
  status: CaseStatus;
  handlingLevel: 'township' | 'district';
  kind: OverdueKind;
  light: 'red' | 'yellow';
  /** the limit watched: 承诺办结日期, or the last day for the 一次性告知 */
  due: IsoDate;
  /** working days left after today (0 on the due date and when red) */
  remainingWorkingDays: number;
  /** working days past the due date (0 unless red) */
  overdueWorkingDays: number;
  /** a pause (补正, 挂起) is running: the clock stands still */
  isPaused: boolean;
}

export interface OverdueContext {
  today: IsoDate;
  calendar: WorkingDayCalendar;
  thresholds: Pick<SupervisionThresholds, 'yellowWorkingDays' | 'correctionNoticeDays'>;
}

const CLOSED: ReadonlySet<CaseStatus> = new Set(['not_accepted', 'withdrawn', 'archived']);

function baseOf(
  head: CaseHead,
): Omit<OverdueRow, 'kind' | 'light' | 'due' | 'remainingWorkingDays' | 'overdueWorkingDays' | 'isPaused'> {
  return {
    caseId: head.id,
    receiptNo: head.receiptNo,
    itemCode: head.item.code,
    itemName: head.item.name,
    regionCode: head.regionCode,
    status: head.status,
    handlingLevel: head.handlingLevel,
  };
}

/** The 办结时限 row of an accepted, undecided case, when its light is yellow or red. */
function deadlineRow(head: CaseHead, ctx: OverdueContext): OverdueRow | null {
  if (head.acceptedAt === null || head.decision !== null) return null;
  const acceptedOn = chinaDateOf(head.acceptedAt);
  const workingDays = promisedWorkingDaysOf(head.item) + head.extensionDays;
  const closed = head.pauses.filter((p) => p.to !== null);
  const result = supervisionLight({
    deadline: head.deadline,
    promised: { acceptedOn, workingDays },
    today: ctx.today,
    pauses: head.pauses,
    calendar: ctx.calendar,
    thresholds: ctx.thresholds,
  });
  if (result.light !== 'red' && result.light !== 'yellow') return null;
  return {
    ...baseOf(head),
    kind: 'deadline',
    light: result.light,
    due: head.deadline ?? ctx.calendar.addWorkingDays(acceptedOn, workingDays, closed),
    remainingWorkingDays: result.remainingWorkingDays ?? 0,
    overdueWorkingDays: result.overdueWorkingDays,
    isPaused: result.paused,
  };
}

/** The 一次性告知 row of a received case still waiting for an answer, when near or past its limit. */
function noticeRow(head: CaseHead, ctx: OverdueContext): OverdueRow | null {
  if (head.status !== 'received' || head.receivedAt === null) return null;
  const due = correctionNoticeDue({
    receivedOn: chinaDateOf(head.receivedAt),
    calendar: ctx.calendar,
    thresholds: ctx.thresholds,
  });
  const isLate = ctx.today > due;
  const remaining = isLate ? 0 : ctx.calendar.workingDaysBetween(ctx.today, due);
  if (!isLate && remaining > ctx.thresholds.yellowWorkingDays) return null;
  return {
    ...baseOf(head),
    kind: 'notice',
    light: isLate ? 'red' : 'yellow',
    due,
    remainingWorkingDays: remaining,
    overdueWorkingDays: isLate ? ctx.calendar.workingDaysBetween(due, ctx.today) : 0,
    isPaused: false,
  };
}

/** Red before yellow; the most overdue first, then the fewest days left, then the earliest due date. */
function compareRows(a: OverdueRow, b: OverdueRow): number {
  if (a.light !== b.light) return a.light === 'red' ? -1 : 1;
  if (a.light === 'red' && a.overdueWorkingDays !== b.overdueWorkingDays)
    return b.overdueWorkingDays - a.overdueWorkingDays;
  if (a.remainingWorkingDays !== b.remainingWorkingDays)
    return a.remainingWorkingDays - b.remainingWorkingDays;
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  return a.receiptNo < b.receiptNo ? -1 : a.receiptNo > b.receiptNo ? 1 : 0;
}

/** Every yellow or red limit of the open cases, sorted (see compareRows). */
export function overdueRows(heads: readonly CaseHead[], ctx: OverdueContext): OverdueRow[] {
  const rows: OverdueRow[] = [];
  for (const head of heads) {
    if (CLOSED.has(head.status)) continue;
    const row = deadlineRow(head, ctx) ?? noticeRow(head, ctx);
    if (row !== null) rows.push(row);
  }
  return rows.sort(compareRows);
}

export interface LightCount {
  /** 9-digit township or 12-digit village code */
  key: string;
  red: number;
  yellow: number;
}

/** Red and yellow counts per township (9 digits) or village (12 digits), by key. */
export function lightCountsBy(rows: readonly OverdueRow[], by: 'township' | 'village'): LightCount[] {
  const counts = new Map<string, LightCount>();
  for (const row of rows) {
    const key = by === 'township' ? row.regionCode.slice(0, 9) : row.regionCode;
    const count = counts.get(key) ?? { key, red: 0, yellow: 0 };
    count[row.light] += 1;
    counts.set(key, count);
  }
  return [...counts.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}
