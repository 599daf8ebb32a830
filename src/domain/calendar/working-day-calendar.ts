/**
 * The working-day calendar (工作日历) built from official holiday schedules held as data.
 *
 * A working day (工作日) is Monday–Friday that is not a holiday (放假), or a 调休上班 weekend day.
 * A year with no schedule loaded falls back to Monday–Friday, and scheduleStatus(year) says so, so the
 * app can warn supervisors and admins until next year's notice is uploaded.
 *
 * Dates are 'YYYY-MM-DD'; the arithmetic runs on epoch-day numbers with UTC Date math, never the host time
 * zone. Holidays and 调休 days of every loaded year sit in two Sets built once, so counting 250 working days
 * is a few hundred Set lookups.
 */
import type { IsoDate, PauseInterval, WorkingDayCalendar } from './working-day-calendar-type';
import { type HolidaySchedule, holidayScheduleSchema } from './holiday-schedule';
import { epochDayOf, isoDateOfEpochDay, weekdayOfEpochDay } from './iso-date';

/** Largest `days` accepted by addWorkingDays (a statutory limit is at most a few hundred). */
export const MAX_WORKING_DAYS = 100_000;

/** Whether a year's working days come from an official schedule or from the Monday–Friday fallback. */
export type ScheduleStatus =
  | {
      year: number;
      hasSchedule: true;
      fallback: null;
      source: string;
      publishedAt: IsoDate;
      /** Chinese, for supervisors and admins */
      message: string;
    }
  | {
      year: number;
      hasSchedule: false;
      /** Monday–Friday are working days; holidays and 调休 are unknown */
      fallback: 'weekdays';
      source: null;
      publishedAt: null;
      message: string;
    };

export interface ScheduledWorkingDayCalendar extends WorkingDayCalendar {
  /** The schedules in effect, one per year, oldest first. */
  readonly schedules: readonly HolidaySchedule[];
  /** Where a year's working days come from; shown to supervisors when it is the Monday–Friday fallback. */
  scheduleStatus(year: number): ScheduleStatus;
  /** Years in [fromYear, toYear] that fall back to Monday–Friday, ascending. */
  yearsWithoutSchedule(fromYear: number, toYear: number): number[];
  /** Like addWorkingDays, but null instead of an error when an open pause (to = null) stops the count. */
  tryAddWorkingDays(start: IsoDate, days: number, pauses?: readonly PauseInterval[]): IsoDate | null;
  /** Name of the holiday (春节 …) a date falls in, or null. */
  holidayNameOf(date: IsoDate): string | null;
}

/** A pause as epoch days; `to` is Infinity while the pause is open. */
interface DayInterval {
  from: number;
  to: number;
}

function normalisePauses(pauses: readonly PauseInterval[] | undefined): DayInterval[] {
  if (!pauses || pauses.length === 0) return [];
  return pauses.map((p) => {
    const from = epochDayOf(p.from);
    const to = p.to === null ? Number.POSITIVE_INFINITY : epochDayOf(p.to);
    if (to < from) throw new RangeError(`暂停区间的结束日期 ${String(p.to)} 早于开始日期 ${p.from}`);
    return { from, to };
  });
}

/** The last day of the pause(s) covering `day` (Infinity for an open pause), or null when not paused. */
function pauseEndAt(day: number, pauses: readonly DayInterval[]): number | null {
  let end: number | null = null;
  for (const p of pauses) {
    if (p.from <= day && day <= p.to && (end === null || p.to > end)) end = p.to;
  }
  return end;
}

function checkDays(days: number): void {
  if (!Number.isInteger(days) || days < 0 || days > MAX_WORKING_DAYS) {
    throw new RangeError(`工作日天数应为 0 到 ${MAX_WORKING_DAYS} 之间的整数，收到 ${String(days)}`);
  }
}

function checkYear(year: number): void {
  if (!Number.isInteger(year)) throw new RangeError(`年份应为整数，收到 ${String(year)}`);
}

/**
 * Builds a calendar from official schedules. When two schedules are for the same year the later one in the
 * list wins (an admin's corrected upload replaces the shipped one). Each schedule is validated; an invalid
 * one throws RangeError with the Chinese message (parse uploads with parseHolidaySchedule first).
 */
export function createWorkingDayCalendar(schedules: readonly HolidaySchedule[]): ScheduledWorkingDayCalendar {
  const byYear = new Map<number, HolidaySchedule>();
  for (const schedule of schedules) {
    const parsed = holidayScheduleSchema.safeParse(schedule);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => i.message).join('；');
      throw new RangeError(`${String(schedule.year)}年节假日安排无效：${detail}`);
    }
    byYear.set(parsed.data.year, parsed.data);
  }
  const effective = [...byYear.values()].sort((a, b) => a.year - b.year);

  // 放假 days (with the holiday's name) and 调休上班 days of every loaded year, as epoch days.
  const holidayNames = new Map<number, string>();
  const workdays = new Set<number>();
  for (const s of effective) {
    for (const h of s.holidays) {
      for (let d = epochDayOf(h.from), end = epochDayOf(h.to); d <= end; d++) holidayNames.set(d, h.name);
    }
    for (const w of s.workdays) workdays.add(epochDayOf(w));
  }

  const isWorkingEpochDay = (day: number): boolean => {
    if (workdays.has(day)) return true;
    if (holidayNames.has(day)) return false;
    const w = weekdayOfEpochDay(day);
    return w >= 1 && w <= 5;
  };

  /** Epoch day reached after `days` working days strictly after `startDay`; null when an open pause stops it. */
  const advance = (startDay: number, days: number, pauses: readonly DayInterval[]): number | null => {
    if (days === 0) return startDay;
    let count = 0;
    for (let day = startDay + 1; ; day++) {
      const pauseEnd = pauseEndAt(day, pauses);
      if (pauseEnd !== null) {
        if (!Number.isFinite(pauseEnd)) return null;
        day = pauseEnd; // skip the whole pause; the loop moves on to the day after it
        continue;
      }
      if (isWorkingEpochDay(day) && ++count === days) return day;
    }
  };

  const tryAddWorkingDays = (
    start: IsoDate,
    days: number,
    pauses?: readonly PauseInterval[],
  ): IsoDate | null => {
    checkDays(days);
    const result = advance(epochDayOf(start), days, normalisePauses(pauses));
    return result === null ? null : isoDateOfEpochDay(result);
  };

  const scheduleStatus = (year: number): ScheduleStatus => {
    checkYear(year);
    const s = byYear.get(year);
    if (s) {
      return {
        year,
        hasSchedule: true,
        fallback: null,
        source: s.source,
        publishedAt: s.publishedAt,
        message: `${year}年工作日按${s.source}（${s.publishedAt}发布）计算`,
      };
    }
    return {
      year,
      hasSchedule: false,
      fallback: 'weekdays',
      source: null,
      publishedAt: null,
      message: `${year}年节假日安排尚未导入，暂按周一至周五计算工作日（未计入法定节假日和调休），请管理员导入当年安排`,
    };
  };

  return {
    schedules: effective,

    isWorkingDay: (date) => isWorkingEpochDay(epochDayOf(date)),

    addWorkingDays(start, days, pauses) {
      const result = tryAddWorkingDays(start, days, pauses);
      if (result === null) {
        throw new RangeError(
          '暂停尚未结束（无结束日期），无法计算到期日：请先恢复计时或使用 tryAddWorkingDays',
        );
      }
      return result;
    },

    tryAddWorkingDays,

    workingDaysBetween(from, to, pauses) {
      const fromDay = epochDayOf(from);
      const toDay = epochDayOf(to);
      const intervals = normalisePauses(pauses);
      let count = 0;
      for (let day = fromDay + 1; day <= toDay; day++) {
        const pauseEnd = pauseEndAt(day, intervals);
        if (pauseEnd !== null) {
          day = pauseEnd; // Infinity ends the loop
          continue;
        }
        if (isWorkingEpochDay(day)) count++;
      }
      return count;
    },

    hasSchedule: (year) => byYear.has(year),

    scheduleStatus,

    yearsWithoutSchedule(fromYear, toYear) {
      checkYear(fromYear);
      checkYear(toYear);
      if (toYear - fromYear > 1000) throw new RangeError('年份范围过大（最多1000年）');
      const years: number[] = [];
      for (let y = fromYear; y <= toYear; y++) if (!byYear.has(y)) years.push(y);
      return years;
    },

    holidayNameOf: (date) => holidayNames.get(epochDayOf(date)) ?? null,
  };
}
