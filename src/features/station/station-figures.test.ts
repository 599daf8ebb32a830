import { describe, expect, it } from 'vitest';
import { calendar, VILLAGE_A, VILLAGE_B } from '../../domain/case/case-test-fixtures';
import { computeIndicators } from '../../domain/statistics/compute-indicators';
import { DEFAULT_SUPERVISION_THRESHOLDS } from '../../domain/supervision/supervision-thresholds';
import { acceptedCase, decidedCase, deliveredCase, renamed, submittedCase } from '../cases/case-test-heads';
import { monthPeriodOf, stationFiguresOf } from './station-figures';

describe('本月工作情况 of the station', () => {
  it('takes the calendar month of today', () => {
    expect(monthPeriodOf('2026-02-12')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthPeriodOf('2024-02-29')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthPeriodOf('2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('counts 代办数, 办结数, 办结率, 咨询数 and 满意率 of the station only, as the domain defines them', () => {
    const rated = {
      ...renamed(deliveredCase(), 'case-rated', '甲'),
      evaluation: {
        level: '满意' as const,
        reason: '',
        channel: 'tablet',
        evaluatedAt: '2026-02-27T11:00:00+08:00',
      },
    };
    const elsewhere = { ...renamed(decidedCase(), 'case-other', '乙'), regionCode: VILLAGE_B };
    const heads = [
      renamed(submittedCase(), 'case-new', '丙'),
      renamed(acceptedCase(), 'case-open', '丁'),
      rated,
      elsewhere,
    ];
    const consultations = [
      { regionCode: VILLAGE_A, clientTime: '2026-02-03T09:00:00+08:00', serverTime: null },
      {
        regionCode: VILLAGE_A,
        clientTime: '2026-01-30T09:00:00+08:00',
        serverTime: '2026-02-02T09:00:00+08:00',
      },
      {
        regionCode: VILLAGE_A,
        clientTime: '2026-01-20T09:00:00+08:00',
        serverTime: '2026-01-20T09:00:00+08:00',
      },
      { regionCode: VILLAGE_B, clientTime: '2026-02-03T09:00:00+08:00', serverTime: null },
    ];
    const figures = stationFiguresOf({
      heads,
      consultations,
      today: '2026-02-28',
      calendar,
      scope: VILLAGE_A,
    });
    expect(figures).toMatchObject({
      submitted: 3,
      decided: 1,
      accepted: 2,
      consultations: 2,
      ratings: 1,
      satisfied: 1,
    });
    expect(figures.completionRate).toBe(0.5);
    expect(figures.satisfactionRate).toBe(1);
    // exactly what the domain computes for that month and scope
    expect(figures).toEqual(
      computeIndicators({
        heads,
        consultations,
        period: { from: '2026-02-01', to: '2026-02-28' },
        calendar,
        today: '2026-02-28',
        thresholds: DEFAULT_SUPERVISION_THRESHOLDS,
        scope: VILLAGE_A,
      }),
    );
  });
});
