import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createOfficialWorkingDayCalendar, OFFICIAL_SCHEDULES } from './official-schedules';
import { addCalendarDays, epochDayOf, isoDateOfEpochDay, weekdayOf } from './iso-date';
import type { PauseInterval } from './working-day-calendar-type';

const calendar = createOfficialWorkingDayCalendar();

/** Dates from mid-2023 (before the first schedule) to 2028 (after the last one). */
const dateArb = fc
  .integer({ min: epochDayOf('2023-06-01'), max: epochDayOf('2028-12-31') })
  .map((d) => isoDateOfEpochDay(d));
const daysArb = fc.integer({ min: 0, max: 300 });
/** A closed pause starting 0–60 days after `start`, 0–40 days long. */
const pauseAfter = (start: string) =>
  fc
    .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 40 }))
    .map(([offset, length]): PauseInterval => {
      const from = addCalendarDays(start, offset);
      return { from, to: addCalendarDays(from, length) };
    });
const withPause = dateArb.chain((start) => fc.tuple(fc.constant(start), pauseAfter(start)));

const HOLIDAYS = OFFICIAL_SCHEDULES.flatMap((s) =>
  s.holidays.flatMap((h) => {
    const out: string[] = [];
    for (let d = h.from; d <= h.to; d = addCalendarDays(d, 1)) out.push(d);
    return out;
  }),
);

const inside = (d: string, p: PauseInterval) => p.from <= d && (p.to === null || d <= p.to);

describe('working-day calendar properties', () => {
  it('addWorkingDays(d, n ≥ 1) is always a working day, after d', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 300 }), (d, n) => {
        const r = calendar.addWorkingDays(d, n);
        expect(calendar.isWorkingDay(r)).toBe(true);
        expect(r > d).toBe(true);
      }),
    );
  });

  it('holidays are never counted: a holiday adds nothing to workingDaysBetween', () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom(...HOLIDAYS), (d, h) => {
        fc.pre(d < h);
        expect(calendar.isWorkingDay(h)).toBe(false);
        expect(calendar.workingDaysBetween(d, h)).toBe(
          calendar.workingDaysBetween(d, addCalendarDays(h, -1)),
        );
      }),
    );
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) === n, with or without a pause', () => {
    fc.assert(
      fc.property(withPause, daysArb, ([d, pause], n) => {
        expect(calendar.workingDaysBetween(d, calendar.addWorkingDays(d, n))).toBe(n);
        expect(calendar.workingDaysBetween(d, calendar.addWorkingDays(d, n, [pause]), [pause])).toBe(n);
      }),
    );
  });

  it('is strictly monotonic in n', () => {
    fc.assert(
      fc.property(dateArb, daysArb, (d, n) => {
        expect(calendar.addWorkingDays(d, n) < calendar.addWorkingDays(d, n + 1)).toBe(true);
      }),
    );
  });

  it('pauses only ever push the date later', () => {
    fc.assert(
      fc.property(withPause, daysArb, ([d, pause], n) => {
        expect(calendar.addWorkingDays(d, n, [pause]) >= calendar.addWorkingDays(d, n)).toBe(true);
      }),
    );
  });

  it('with a pause, no day inside the pause is counted', () => {
    fc.assert(
      fc.property(withPause, fc.integer({ min: 1, max: 300 }), ([d, pause], n) => {
        const r = calendar.addWorkingDays(d, n, [pause]);
        expect(inside(r, pause)).toBe(false);
        // the count over (d, r] equals the count without the pause minus the working days inside it
        let pausedWorking = 0;
        for (let x = addCalendarDays(d, 1); x <= r; x = addCalendarDays(x, 1)) {
          if (inside(x, pause) && calendar.isWorkingDay(x)) pausedWorking++;
        }
        expect(calendar.workingDaysBetween(d, r) - pausedWorking).toBe(n);
      }),
    );
  });

  it('workingDaysBetween is additive: (a, b] + (b, c] = (a, c]', () => {
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort();
        if (a === undefined || b === undefined || c === undefined) return;
        expect(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c)).toBe(
          calendar.workingDaysBetween(a, c),
        );
      }),
    );
  });

  it('a year without a schedule is exactly Monday–Friday', () => {
    const fallbackDay = fc
      .integer({ min: epochDayOf('2027-01-01'), max: epochDayOf('2028-12-31') })
      .map((d) => isoDateOfEpochDay(d));
    fc.assert(
      fc.property(fallbackDay, (d) => {
        const w = weekdayOf(d);
        expect(calendar.isWorkingDay(d)).toBe(w >= 1 && w <= 5);
      }),
    );
  });
});
