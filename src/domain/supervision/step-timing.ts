/**
 * Timing of one supervised step with its own due date (一次性告知, 回访, 整改 …):
 * 电子监察 also flags a single step over its own limit.
 */
import type { IsoDate, WorkingDayCalendar } from '../calendar/working-day-calendar-type';

export const STEP_TIMING_STATES = ['pending', 'overdue', 'done_on_time', 'done_late'] as const;
export type StepTimingState = (typeof STEP_TIMING_STATES)[number];

export const STEP_TIMING_LABELS: Readonly<Record<StepTimingState, string>> = {
  pending: '未到期',
  overdue: '已超期',
  done_on_time: '按期完成',
  done_late: '超期完成',
};

export interface StepTiming {
  state: StepTimingState;
  due: IsoDate;
  /** Working days after the due date: until today (overdue) or until it was done (done_late); else 0. */
  overdueWorkingDays: number;
}

/** A step due on `due`, done on `doneOn` (null: not yet), seen on `today`. Done on the due date is on time. */
export function stepTiming(input: {
  due: IsoDate;
  doneOn: IsoDate | null;
  today: IsoDate;
  calendar: WorkingDayCalendar;
}): StepTiming {
  const { due, doneOn, today, calendar } = input;
  const reference = doneOn ?? today;
  const late = reference > due;
  const overdueWorkingDays = late ? calendar.workingDaysBetween(due, reference) : 0;
  if (doneOn !== null) return { state: late ? 'done_late' : 'done_on_time', due, overdueWorkingDays };
  return { state: late ? 'overdue' : 'pending', due, overdueWorkingDays };
}
