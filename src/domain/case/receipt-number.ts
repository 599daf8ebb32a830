/**
 * 收件凭证号 — the receipt number printed for the applicant when the agent takes an application,
 * generated on the tablet, often offline, and unique across all devices without any coordination.
 *
 *   370102103201-260212-0007-0042-1
 *   └── station ─┘ └date┘ └dev┘ └no┘ └ check
 *
 * - station: the 12-digit 行政区划代码 of the village station (村/社区) the case belongs to;
 * - date: YYMMDD, the device's China date when the number was issued (informative, see nextReceiptSequence);
 * - dev: the device's sequence number (deviceSeq, 1–9999) assigned by the server when the device registers,
 *   unique at least within the station (simplest: the server numbers devices per district);
 * - no: the device's counter for that date (1–9999);
 * - check: ISO/IEC 7064 MOD 11-2 over all 26 digits, 0–9 or X — the same check as the last character of
 *   the 居民身份证号码 (GB 11643), so staff know it. It detects every single mistyped digit and every swap of
 *   two neighbouring digits (isWellFormedReceiptNo). ISO 7064 MOD 37,36 was tried first: as a hybrid system
 *   it misses about 1 in 200 neighbour swaps (e.g. 45 ↔ 54 at some positions).
 *
 * Two devices never collide because the (station, deviceSeq) pair differs; one device never repeats
 * itself because nextReceiptSequence never hands out a (date, counter) pair twice, even when the clock
 * goes backwards. A random device part was rejected: with random parts two tablets in one village
 * collide with a small but real probability, and every device logs in online once before working offline.
 */
import { addCalendarDays, isIsoDate } from '../calendar/iso-date';
import type { IsoDate } from '../calendar/working-day-calendar-type';

export const MAX_DEVICE_SEQ = 9999;
export const MAX_RECEIPT_COUNTER = 9999;

export interface ReceiptNoParts {
  /** 12-digit region code of the village station */
  regionCode: string;
  /** per-device number assigned at registration, 1–9999 */
  deviceSeq: number;
  /** China date (YYYY-MM-DD) the number was issued on; 2000–2099 */
  date: IsoDate;
  /** per-device, per-date counter, 1–9999 */
  counter: number;
}

/** The last (date, counter) a device used; persisted on the device. */
export interface ReceiptSequence {
  date: IsoDate;
  counter: number;
}

const RECEIPT_NO_PATTERN = /^(\d{12})-(\d{2})(\d{2})(\d{2})-(\d{4})-(\d{4})-([0-9X])$/;

/**
 * ISO/IEC 7064 MOD 11-2 check character of a string of digits: '0'–'9' or 'X' (as in GB 11643).
 * Weights are 2^k mod 11 and 11 is prime, so any single wrong digit or neighbour swap changes the sum.
 */
export function mod112CheckCharOf(digits: string): string {
  let p = 0;
  for (const ch of digits) {
    const d = ch.charCodeAt(0) - 48;
    if (d < 0 || d > 9) throw new RangeError(`校验计算只接受数字：${ch}`);
    p = ((p + d) * 2) % 11;
  }
  const check = (12 - p) % 11;
  return check === 10 ? 'X' : String(check);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function isIntIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/**
 * The receipt number for the given parts. Throws RangeError (Chinese message) for parts out of range:
 * a programming error, since the parts come from the device registration and nextReceiptSequence.
 */
export function generateReceiptNo(parts: ReceiptNoParts): string {
  const { regionCode, deviceSeq, date, counter } = parts;
  if (!/^\d{12}$/.test(regionCode)) throw new RangeError(`行政区划代码应为12位数字：${regionCode}`);
  if (!isIntIn(deviceSeq, 1, MAX_DEVICE_SEQ))
    throw new RangeError(`设备序号应为 1–${MAX_DEVICE_SEQ}：${deviceSeq}`);
  if (!isIntIn(counter, 1, MAX_RECEIPT_COUNTER))
    throw new RangeError(`当日流水号应为 1–${MAX_RECEIPT_COUNTER}：${counter}`);
  if (!isIsoDate(date) || !date.startsWith('20'))
    throw new RangeError(`日期应为 2000–2099 年的 YYYY-MM-DD：${date}`);
  const yymmdd = date.slice(2, 4) + date.slice(5, 7) + date.slice(8, 10);
  const body = [regionCode, yymmdd, pad(deviceSeq, 4), pad(counter, 4)];
  return [...body, mod112CheckCharOf(body.join(''))].join('-');
}

/**
 * Cleans a number as typed or scanned: trims, uppercases, turns full-width characters (全角) and
 * other dashes into ASCII, drops spaces. Does not check it.
 */
export function normaliseReceiptNo(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u2010-\u2015\u2212\u30FC]/g, '-')
    .replace(/\s+/g, '')
    .toUpperCase();
}

/** The parts of a well-formed receipt number (check character verified), or null. */
export function parseReceiptNo(value: string): ReceiptNoParts | null {
  const m = RECEIPT_NO_PATTERN.exec(value);
  if (!m) return null;
  const [, regionCode = '', yy = '', mm = '', dd = '', seq = '', count = '', check = ''] = m;
  if (mod112CheckCharOf(regionCode + yy + mm + dd + seq + count) !== check) return null;
  const date = `20${yy}-${mm}-${dd}`;
  const deviceSeq = Number(seq);
  const counter = Number(count);
  if (!isIsoDate(date) || deviceSeq < 1 || counter < 1) return null;
  return { regionCode, deviceSeq, date, counter };
}

/** True when the string is a receipt number of this scheme with a correct check character. */
export function isWellFormedReceiptNo(value: string): boolean {
  return parseReceiptNo(value) !== null;
}

/**
 * The next (date, counter) for a device, given the last one it used (persisted) and today's China date
 * on the device. Never returns a pair already used: when the device clock goes back before the last
 * date, the last date is kept and its counter continues; when a date's counter is exhausted (9999
 * receipts in a day on one tablet) it moves to the next date. Throws RangeError for an invalid date.
 */
export function nextReceiptSequence(last: ReceiptSequence | null, today: IsoDate): ReceiptSequence {
  if (!isIsoDate(today)) throw new RangeError(`日期应为 YYYY-MM-DD：${today}`);
  if (last === null || today > last.date) return { date: today, counter: 1 };
  if (last.counter < MAX_RECEIPT_COUNTER) return { date: last.date, counter: last.counter + 1 };
  return { date: addCalendarDays(last.date, 1), counter: 1 };
}
