import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chinaDateOf, instantOf, todayInChina } from './china-date';

describe('chinaDateOf / todayInChina (UTC+8)', () => {
  it('converts instants to the date in Beijing', () => {
    expect(chinaDateOf('2026-02-12T15:59:59.999Z')).toBe('2026-02-12');
    expect(chinaDateOf('2026-02-12T16:00:00Z')).toBe('2026-02-13');
    expect(chinaDateOf('2026-02-12T23:30:00+08:00')).toBe('2026-02-12');
    expect(chinaDateOf('2026-02-12T00:10:00+09:00')).toBe('2026-02-11');
    expect(chinaDateOf('2025-12-31T20:00:00-05:00')).toBe('2026-01-01');
    expect(chinaDateOf('2026-02-12 09:30+0800')).toBe('2026-02-12');
    expect(chinaDateOf('2026-02-12T15:59:59.9999999Z')).toBe('2026-02-12'); // truncated, not rounded
  });

  it('refuses timestamps without an offset or impossible ones', () => {
    expect(() => chinaDateOf('2026-02-12T09:30:00')).toThrow(/带时区/);
    expect(() => chinaDateOf('2026-02-12')).toThrow(RangeError);
    expect(() => chinaDateOf('2026-02-30T09:30:00Z')).toThrow(RangeError);
    expect(() => chinaDateOf('2026-02-12T24:00:00Z')).toThrow(RangeError);
    expect(instantOf('nonsense')).toBeNull();
  });

  it('todayInChina uses the given instant, not the host time zone', () => {
    expect(todayInChina(new Date(Date.UTC(2026, 1, 12, 16, 0, 0)))).toBe('2026-02-13');
    expect(todayInChina(new Date(Date.UTC(2026, 1, 12, 15, 59, 59)))).toBe('2026-02-12');
    expect(() => todayInChina(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('agrees with Date for any instant written in UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(instantOf(iso)).toBe(ms);
        expect(chinaDateOf(iso)).toBe(new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10));
      }),
    );
  });
});
