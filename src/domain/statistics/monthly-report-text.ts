/**
 * 月度工作情况 in one sentence per region, for the monthly report (月报) and the dashboard headline.
 */
import type { Indicators } from './compute-indicators';

/** Shown for a rate with nothing to divide by (no case accepted, no evaluation). */
export const NO_RATE_TEXT = '—';

/** A rate in [0, 1] as a percentage with one decimal ('83.3%'); '—' for null. */
export function formatRate(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return NO_RATE_TEXT;
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** 'YYYY-MM' → '2026年11月' (other input is shown as given). */
export function monthNameZh(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m === null ? month : `${m[1]}年${Number(m[2])}月`;
}

/**
 * 「青岚区2026年11月：本月共受理 12 件，办结 10 件，办结率 83.3%，群众满意率 95.0%，接受咨询 7 件。」
 * Counts as figures gives them; a rate without a denominator is 「—」.
 */
export function monthlyReportText(
  figures: Pick<Indicators, 'accepted' | 'decided' | 'completionRate' | 'satisfactionRate' | 'consultations'>,
  regionName: string,
  month: string,
): string {
  return (
    `${regionName}${monthNameZh(month)}：本月共受理 ${figures.accepted} 件，办结 ${figures.decided} 件，` +
    `办结率 ${formatRate(figures.completionRate)}，群众满意率 ${formatRate(figures.satisfactionRate)}，` +
    `接受咨询 ${figures.consultations} 件。`
  );
}
