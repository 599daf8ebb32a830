/**
 * The calendar date in China Standard Time (北京时间, UTC+8, no daylight saving) of an instant.
 *
 * Deadlines are counted on Chinese calendar dates: a case accepted at 2026-02-12T23:30+08:00 was accepted on
 * 2026-02-12 even when the tablet's clock or time zone says otherwise. Never uses the host time zone.
 */
import type { IsoDate } from './working-day-calendar-type';
import { isoDateOfEpochDay } from './iso-date';

const MS_PER_DAY = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * ISO 8601 timestamp with an explicit offset: 2026-02-12T15:30:00Z, 2026-02-12T23:30:00.123+08:00,
 * 2026-02-12 23:30+0800. A timestamp without offset is refused: its meaning would depend on the host.
 */
const ISO_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|([+-])(\d{2}):?(\d{2}))$/;

function chinaDateOfMs(ms: number): IsoDate {
  return isoDateOfEpochDay(Math.floor((ms + CHINA_OFFSET_MS) / MS_PER_DAY));
}

/** Milliseconds since the epoch of an ISO timestamp with offset, or null when it is not one. */
export function instantOf(isoTime: string): number | null {
  const m = ISO_TIME_PATTERN.exec(isoTime);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  // Truncate the fraction to milliseconds (rounding could move 23:59:59.9999 into the next day).
  const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  const offsetHours = m[10] === undefined ? 0 : Number(m[10]);
  const offsetMinutes = m[11] === undefined ? 0 : Number(m[11]);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  if (offsetHours > 23 || offsetMinutes > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const sign = m[9] === '-' ? -1 : 1;
  return local - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
}

/**
 * The date in China (UTC+8) of an ISO timestamp with offset.
 * chinaDateOf('2026-02-12T16:30:00Z') === '2026-02-13' (00:30 in Beijing).
 * Throws RangeError (Chinese message) for a string that is not such a timestamp.
 */
export function chinaDateOf(isoTime: string): IsoDate {
  const ms = instantOf(isoTime);
  if (ms === null) {
    throw new RangeError(
      `时间格式不正确：${isoTime.slice(0, 60)}（应为带时区的 ISO 8601 时间，如 2026-02-12T09:30:00+08:00）`,
    );
  }
  return chinaDateOfMs(ms);
}

/** Today's date in China (UTC+8). `now` defaults to the current instant; pass it for deterministic code. */
export function todayInChina(now: Date = new Date()): IsoDate {
  const ms = now.getTime();
  if (Number.isNaN(ms)) throw new RangeError('无效的时间');
  return chinaDateOfMs(ms);
}
