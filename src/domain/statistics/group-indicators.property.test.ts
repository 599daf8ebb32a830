import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoDistrict } from '../../demo/demo-district';
import { foldDemoHistory, generateDemoHistory } from '../../demo/demo-history';
import { addCalendarDays } from '../calendar/iso-date';
import { createOfficialWorkingDayCalendar } from '../calendar/official-schedules';
import type { CaseHead } from '../case/case-types';
import type { Consultation } from '../wire/replication-messages';
import { DEFAULT_SUPERVISION_THRESHOLDS } from '../supervision/supervision-thresholds';
import { combineIndicators, computeIndicators, type IndicatorInput } from './compute-indicators';
import { groupIndicators, INDICATOR_GROUPINGS } from './group-indicators';

const calendar = createOfficialWorkingDayCalendar();
let heads: CaseHead[] = [];
let consultations: Consultation[] = [];

beforeAll(() => {
  const district = generateDemoDistrict();
  const history = generateDemoHistory({ seed: 7, district, casesPerVillagePerMonth: [1, 1], months: 3 });
  heads = foldDemoHistory(history.events, calendar).heads;
  consultations = history.consultations;
});

const day = (offset: number) => addCalendarDays('2026-08-20', offset);
const inputArb = fc
  .record({
    from: fc.integer({ min: 0, max: 100 }),
    length: fc.integer({ min: 0, max: 120 }),
    today: fc.integer({ min: 60, max: 200 }),
    scope: fc.constantFrom(undefined, '360799', '360799001', '360799101', '360799201', '360799101201'),
  })
  .map(({ from, length, today, scope }): IndicatorInput => ({
    heads,
    consultations,
    period: { from: day(from), to: day(from + length) },
    calendar,
    today: day(today),
    thresholds: DEFAULT_SUPERVISION_THRESHOLDS,
    ...(scope === undefined ? {} : { scope }),
  }));

describe('groupIndicators (property)', () => {
  it('the grouped rows add up to the ungrouped figures, and every rate lies in [0, 1]', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...INDICATOR_GROUPINGS), (input, by) => {
        const whole = computeIndicators(input);
        const rows = groupIndicators(input, by);
        expect(combineIndicators(rows.map((r) => r.figures))).toEqual(whole);
        for (const f of [whole, ...rows.map((r) => r.figures)]) {
          for (const rate of [f.completionRate, f.satisfactionRate]) {
            if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
          }
          expect(f.acceptedDecided + f.acceptedWithdrawn).toBeLessThanOrEqual(f.accepted);
          expect(f.satisfied).toBeLessThanOrEqual(f.ratings);
          if (f.averageWorkingDays !== null) expect(f.averageWorkingDays).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('drills down: the townships of the district add up to the district, the villages of a township to it', () => {
    const base: IndicatorInput = {
      heads,
      consultations,
      period: { from: '2026-09-01', to: '2026-10-31' },
      calendar,
      today: '2026-11-20',
      thresholds: DEFAULT_SUPERVISION_THRESHOLDS,
    };
    const district = computeIndicators({ ...base, scope: '360799' });
    const townships = groupIndicators({ ...base, scope: '360799' }, 'township');
    expect(townships).toHaveLength(18);
    expect(combineIndicators(townships.map((r) => r.figures))).toEqual(district);
    const township = townships[5];
    if (township === undefined) throw new Error('no township');
    const villages = groupIndicators({ ...base, scope: township.key }, 'village');
    expect(villages.every((r) => r.key.startsWith(township.key))).toBe(true);
    expect(combineIndicators(villages.map((r) => r.figures))).toEqual(township.figures);
  });
});
