/**
 * Calendar-date arithmetic on 'YYYY-MM-DD' strings (公历日期).
 *
 * Internally a date is an "epoch day" (days since 1970-01-01) computed with UTC Date math, so the
 * host time zone never shifts a date. Only years 1000–9999 are accepted.
 */
import { z } from 'zod';
import type { IsoDate } from './working-day-calendar-type';

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Day of the week as in Date#getUTCDay: 0 = 星期日 … 6 = 星期六. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const WEEKDAY_NAMES_ZH: Readonly<Record<Weekday, string>> = {
  0: '星期日',
  1: '星期一',
  2: '星期二',
  3: '星期三',
  4: '星期四',
  5: '星期五',
  6: '星期六',
};

function epochDayOrNull(value: string): number | null {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC rolls 02-30 over to 03-02: a round trip catches impossible dates.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return Math.round(ms / MS_PER_DAY);
}

/** True for a real calendar date written 'YYYY-MM-DD' (2026-02-29 is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && epochDayOrNull(value) !== null;
}

/** zod schema of an IsoDate, with a Chinese message. */
export const isoDateSchema = z.string({ error: '日期应为 YYYY-MM-DD 格式的字符串' }).refine(isIsoDate, {
  error: (issue) => `日期格式不正确或不存在：${String(issue.input)}（应为 YYYY-MM-DD）`,
});

/** Days since 1970-01-01. Throws RangeError (Chinese message) for a string that is not a date. */
export function epochDayOf(date: IsoDate): number {
  const day = epochDayOrNull(date);
  if (day === null) throw new RangeError(`日期格式不正确或不存在：${date}（应为 YYYY-MM-DD）`);
  return day;
}

/** The IsoDate of an epoch day. */
export function isoDateOfEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Weekday of an epoch day (1970-01-01 was a Thursday). */
export function weekdayOfEpochDay(epochDay: number): Weekday {
  return ((((epochDay + 4) % 7) + 7) % 7) as Weekday;
}

/** Weekday of a date: 0 = 星期日 … 6 = 星期六. */
export function weekdayOf(date: IsoDate): Weekday {
  return weekdayOfEpochDay(epochDayOf(date));
}

/** True for Saturday or Sunday (周末), regardless of any holiday schedule. */
export function isWeekend(date: IsoDate): boolean {
  const w = weekdayOf(date);
  return w === 0 || w === 6;
}

/** The date `days` calendar days later (negative: earlier). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return isoDateOfEpochDay(epochDayOf(date) + days);
}

/** The year of a date. */
export function yearOf(date: IsoDate): number {
  epochDayOf(date);
  return Number(date.slice(0, 4));
}
