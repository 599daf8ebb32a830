/**
 * The working-day calendar (工作日历) contract. Statutory time limits (行政许可法 §82) count
 * working days: official holidays excluded, 调休 working weekends included.
 *
 * Dates are calendar dates in China Standard Time as 'YYYY-MM-DD' strings, never Date objects,
 * so that a tablet with a wrong time zone cannot shift a deadline.
 */
export type IsoDate = string;

/** A closed interval of dates during which the clock is stopped (补齐补正, 挂起). `to` null = still open. */
export interface PauseInterval {
  from: IsoDate;
  to: IsoDate | null;
}

export interface WorkingDayCalendar {
  /** True for a working day: Monday–Friday that is not a holiday, or a 调休 working weekend. */
  isWorkingDay(date: IsoDate): boolean;
  /**
   * The date reached after counting `days` working days strictly after `start`
   * (the day after 受理 is day 1), skipping non-working days and any day inside a pause.
   * days = 0 returns `start`.
   */
  addWorkingDays(start: IsoDate, days: number, pauses?: readonly PauseInterval[]): IsoDate;
  /**
   * Working days in (from, to]: 0 when to <= from. Days inside a pause are not counted.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate, pauses?: readonly PauseInterval[]): number;
  /** Whether an official schedule is loaded for that year (otherwise Monday–Friday is assumed). */
  hasSchedule(year: number): boolean;
}
