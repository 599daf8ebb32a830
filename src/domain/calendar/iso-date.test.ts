import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCalendarDays,
  epochDayOf,
  isIsoDate,
  isoDateOfEpochDay,
  isoDateSchema,
  weekdayOf,
  yearOf,
} from './iso-date';

describe('IsoDate helpers', () => {
  it('recognises real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(isIsoDate(20260201)).toBe(false);
    expect(isoDateSchema.safeParse('2026-13-01').error?.issues[0]?.message).toMatch(/日期格式不正确/);
  });

  it('weekdays, years and day arithmetic', () => {
    expect(weekdayOf('2026-02-14')).toBe(6);
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(yearOf('2027-06-01')).toBe(2027);
  });

  it('epoch days round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: -300_000, max: 2_900_000 }), (d) => {
        expect(epochDayOf(isoDateOfEpochDay(d))).toBe(d);
      }),
    );
  });
});
