import type { Language, Translate } from '../i18n/i18n';

/**
 * "刚刚", "5 分钟前", or the clock time after an hour. Relative wording is measured between two
 * readings of this device's clock, so it stays right even when the tablet's date is wrong.
 */
export function elapsedText(since: number, now: number, t: Translate, language: Language): string {
  const minutes = Math.floor(Math.max(0, now - since) / 60_000);
  if (minutes < 1) return t('sync.justNow');
  if (minutes < 60) return t('sync.minutesAgo', { n: minutes });
  const sameDay = new Date(since).toDateString() === new Date(now).toDateString();
  return new Intl.DateTimeFormat(language, {
    ...(sameDay ? {} : { month: 'numeric', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(since);
}
