/**
 * 一次性告知 (行政许可法 §32): when materials are incomplete, the applicant is told every missing item at once,
 * on the spot or within N working days of 收件 (N = thresholds.correctionNoticeDays, at most 5).
 */
import type { IsoDate, WorkingDayCalendar } from '../calendar/working-day-calendar-type';
import type { SupervisionThresholds } from './supervision-thresholds';
import { stepTiming, type StepTiming } from './step-timing';

/** Last day for the 一次性告知 of a case received (收件) on `receivedOn`. */
export function correctionNoticeDue(input: {
  receivedOn: IsoDate;
  calendar: WorkingDayCalendar;
  thresholds: Pick<SupervisionThresholds, 'correctionNoticeDays'>;
}): IsoDate {
  return input.calendar.addWorkingDays(input.receivedOn, input.thresholds.correctionNoticeDays);
}

/**
 * Whether the township answered a received case in time. §32 makes the same limit apply to the whole answer
 * (逾期不告知的，自收到申请材料之日起即为受理), so `respondedOn` is the first of 一次性告知, 受理 or 不予受理,
 * and null while the case still waits at 已收件.
 */
export function correctionNoticeTiming(input: {
  receivedOn: IsoDate;
  respondedOn: IsoDate | null;
  today: IsoDate;
  calendar: WorkingDayCalendar;
  thresholds: Pick<SupervisionThresholds, 'correctionNoticeDays'>;
}): StepTiming {
  return stepTiming({
    due: correctionNoticeDue(input),
    doneOn: input.respondedOn,
    today: input.today,
    calendar: input.calendar,
  });
}
