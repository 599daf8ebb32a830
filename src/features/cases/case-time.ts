/**
 * Dates and times of a case as shown: China dates and Beijing time (UTC+8) whatever the tablet's time
 * zone, the same way the domain dates every event (chinaDateOf).
 */
import { chinaDateOf } from '../../domain/calendar/china-date';
import type { Language } from '../../ui/i18n/i18n';

/** '2026-11-23' */
export function dateOf(iso: string): string {
  try {
    return chinaDateOf(iso);
  } catch {
    return iso.slice(0, 10);
  }
}

const formats = new Map<Language, Intl.DateTimeFormat>();

/** '2026/11/23 09:05' in Beijing time. */
export function timeOf(iso: string, language: Language): string {
  const format =
    formats.get(language) ??
    new Intl.DateTimeFormat(language, {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
  formats.set(language, format);
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}
