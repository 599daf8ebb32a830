/**
 * 承诺办结日期: the promised date of a case, counted in working days (行政许可法 §82).
 *
 * deadline = 受理 date + (承诺时限, 0 for a 即办件) + 延长 working days, skipping every working day
 * inside a pause (补齐补正 before 受理 never matters: counting starts the day after 受理).
 * While a 挂起 is open the date cannot be known: null.
 */
import { chinaDateOf } from '../calendar/china-date';
import type { IsoDate, WorkingDayCalendar } from '../calendar/working-day-calendar-type';
import type { CaseHead } from './case-types';

export type DeadlineInputs = Pick<CaseHead, 'acceptedAt' | 'item' | 'extensionDays' | 'pauses'>;

/** Working days promised at 受理: 0 for a 即办件 (decided on the day of 受理). */
export function promisedWorkingDaysOf(item: CaseHead['item']): number {
  return item.caseKind === '即办件' ? 0 : item.promisedDays;
}

/** The promised date, or null before 受理 or while a pause is open. Throws only on a malformed head. */
export function caseDeadlineOf(head: DeadlineInputs, calendar: WorkingDayCalendar): IsoDate | null {
  if (head.acceptedAt === null || head.pauses.some((p) => p.to === null)) return null;
  const acceptDate = chinaDateOf(head.acceptedAt);
  const days = promisedWorkingDaysOf(head.item) + head.extensionDays;
  return calendar.addWorkingDays(
    acceptDate,
    days,
    head.pauses.map(({ from, to }) => ({ from, to })),
  );
}
