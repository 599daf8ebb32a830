import { describe, expect, it } from 'vitest';
import { combineIndicators } from './compute-indicators';
import { zeroCounts } from './indicator-events';
import { formatRate, monthlyReportText, monthNameZh } from './monthly-report-text';

describe('monthlyReportText', () => {
  it('writes the sentence with rates to one decimal', () => {
    const figures = combineIndicators([
      {
        ...zeroCounts(),
        accepted: 12,
        decided: 10,
        acceptedDecided: 10,
        ratings: 20,
        satisfied: 19,
        consultations: 7,
      },
    ]);
    expect(monthlyReportText(figures, '河口镇', '2026-11')).toBe(
      '河口镇2026年11月：本月共受理 12 件，办结 10 件，办结率 83.3%，群众满意率 95.0%，接受咨询 7 件。',
    );
  });

  it('shows 「—」 for a rate without denominator', () => {
    expect(monthlyReportText(combineIndicators([]), '青石村', '2026-08')).toBe(
      '青石村2026年8月：本月共受理 0 件，办结 0 件，办结率 —，群众满意率 —，接受咨询 0 件。',
    );
  });

  it('formats rates and months', () => {
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(0)).toBe('0.0%');
    expect(formatRate(2 / 3)).toBe('66.7%');
    expect(formatRate(0.99951)).toBe('100.0%');
    expect(formatRate(Number.NaN)).toBe('—');
    expect(monthNameZh('2026-01')).toBe('2026年1月');
    expect(monthNameZh('其他')).toBe('其他');
  });
});
