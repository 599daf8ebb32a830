/**
 * The 工作情况报告 sentence and month names, in the catalogue's language: 「本月共受理 N 件，办结 M 件，办结率 x%，
 * 群众满意率 y%，接受咨询 k 件」 — in Chinese exactly what src/domain/statistics/monthlyReportText writes. Pure.
 */
import { formatRate, type Indicators } from '../../domain/statistics';
import type { MessageParams, Translate } from '../../ui/i18n/i18n';

/** 'YYYY-MM' → 「2026年10月」 / '10/2026'. */
export function monthNameOf(t: Translate, month: string): string {
  return t('supervision.monthName', { year: month.slice(0, 4), month: Number(month.slice(5, 7)) });
}

export function reportSentenceParams(figures: Indicators, region: string, monthName: string): MessageParams {
  return {
    region,
    month: monthName,
    accepted: figures.accepted,
    decided: figures.decided,
    completionRate: formatRate(figures.completionRate),
    satisfactionRate: formatRate(figures.satisfactionRate),
    consultations: figures.consultations,
  };
}

export function reportSentenceOf(t: Translate, figures: Indicators, region: string, month: string): string {
  return t('supervision.sentence', reportSentenceParams(figures, region, monthNameOf(t, month)));
}
