/**
 * Dates and times on the review desk, always in China time (北京时间) whatever the tablet's time zone:
 * '2026年10月14日' / '2026年9月29日 09:30' in Chinese, ISO-like in English. Pure.
 */
import { instantOf } from '../../domain/calendar/china-date';
import type { IsoDate } from '../../domain/calendar/working-day-calendar-type';
import type { Language } from '../../ui/i18n/i18n';

const CHINA_OFFSET_MS = 8 * 3_600_000;

export function dateText(date: IsoDate, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  return language === 'zh-CN' ? `${year}年${Number(month)}月${Number(day)}日` : date;
}

/** Month and day only ('10月1日' / '10-01'), for lists of holidays inside one year. */
export function shortDateText(date: IsoDate, language: Language): string {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, month, day] = match;
  return language === 'zh-CN' ? `${Number(month)}月${Number(day)}日` : `${month}-${day}`;
}

export function timeText(isoTime: string, language: Language): string {
  const ms = instantOf(isoTime);
  if (ms === null) return isoTime;
  const china = new Date(ms + CHINA_OFFSET_MS).toISOString(); // the wall clock in China, read as UTC
  const date = dateText(china.slice(0, 10), language);
  return `${date} ${china.slice(11, 16)}`;
}
