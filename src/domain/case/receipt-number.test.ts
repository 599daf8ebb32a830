import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_PAYLOAD_SCHEMAS } from './case-types';
import {
  generateReceiptNo,
  isWellFormedReceiptNo,
  mod112CheckCharOf,
  nextReceiptSequence,
  normaliseReceiptNo,
  parseReceiptNo,
  type ReceiptNoParts,
  type ReceiptSequence,
} from './receipt-number';

const date = fc
  .integer({ min: 0, max: 36_524 })
  .map((d) => new Date(Date.UTC(2000, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const parts: fc.Arbitrary<ReceiptNoParts> = fc.record({
  regionCode: fc.stringMatching(/^\d{12}$/),
  deviceSeq: fc.integer({ min: 1, max: 9999 }),
  date,
  counter: fc.integer({ min: 1, max: 9999 }),
});
const CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('收件凭证号', () => {
  it('reads as station-date-device-counter-check', () => {
    const no = generateReceiptNo({
      regionCode: '370102103201',
      deviceSeq: 7,
      date: '2026-02-12',
      counter: 42,
    });
    expect(no).toMatch(/^370102103201-260212-0007-0042-[0-9X]$/);
    expect(parseReceiptNo(no)).toEqual({
      regionCode: '370102103201',
      deviceSeq: 7,
      date: '2026-02-12',
      counter: 42,
    });
  });

  it('ISO/IEC 7064 MOD 11-2, the check of the 居民身份证号码 (GB 11643)', () => {
    // GB 11643 example 11010519491231002X: S = 167, 167 mod 11 = 2 → X
    expect(mod112CheckCharOf('11010519491231002')).toBe('X');
    expect(mod112CheckCharOf('0')).toBe('1');
    expect(() => mod112CheckCharOf('A')).toThrow(RangeError);
  });

  it('always matches the submit payload pattern and round-trips through parseReceiptNo', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const no = generateReceiptNo(p);
        expect(ACTION_PAYLOAD_SCHEMAS.submit.shape.receiptNo.safeParse(no).success).toBe(true);
        expect(no).toMatch(/^[A-Z0-9-]{8,40}$/);
        expect(parseReceiptNo(no)).toEqual(p);
        expect(isWellFormedReceiptNo(no)).toBe(true);
      }),
    );
  });

  it('two different devices (or counters, or dates) never give the same number', () => {
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        expect(generateReceiptNo(a)).not.toBe(generateReceiptNo(b));
      }),
    );
    // two tablets offline in the same village on the same day, both at their first receipt
    const tabletOne = generateReceiptNo({
      regionCode: '370102103201',
      deviceSeq: 1,
      date: '2026-02-12',
      counter: 1,
    });
    const tabletTwo = generateReceiptNo({
      regionCode: '370102103201',
      deviceSeq: 2,
      date: '2026-02-12',
      counter: 1,
    });
    expect(tabletOne).not.toBe(tabletTwo);
  });

  it('detects every single mistyped character (each position, each wrong character)', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const no = generateReceiptNo(p);
        for (let i = 0; i < no.length; i++) {
          if (no.charAt(i) === '-') continue;
          for (const typo of CHARS) {
            if (typo === no.charAt(i)) continue;
            expect(isWellFormedReceiptNo(no.slice(0, i) + typo + no.slice(i + 1))).toBe(false);
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('detects every swap of two different neighbouring characters (across dashes too)', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const no = generateReceiptNo(p);
        const body = no.replace(/-/g, '');
        for (let i = 0; i + 1 < body.length; i++) {
          if (body.charAt(i) === body.charAt(i + 1)) continue;
          const s = body.slice(0, i) + body.charAt(i + 1) + body.charAt(i) + body.slice(i + 2);
          const dashed = [
            s.slice(0, 12),
            s.slice(12, 18),
            s.slice(18, 22),
            s.slice(22, 26),
            s.slice(26),
          ].join('-');
          expect(isWellFormedReceiptNo(dashed)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses malformed numbers and parts out of range', () => {
    const good = generateReceiptNo({
      regionCode: '370102103201',
      deviceSeq: 7,
      date: '2026-02-12',
      counter: 42,
    });
    expect(isWellFormedReceiptNo(good.replace('-0042-', '-042-'))).toBe(false);
    expect(isWellFormedReceiptNo(good.replace(/-/g, ''))).toBe(false);
    expect(isWellFormedReceiptNo('')).toBe(false);
    expect(() =>
      generateReceiptNo({ regionCode: '3701', deviceSeq: 7, date: '2026-02-12', counter: 1 }),
    ).toThrow(/12位/);
    expect(() =>
      generateReceiptNo({ regionCode: '370102103201', deviceSeq: 0, date: '2026-02-12', counter: 1 }),
    ).toThrow(/设备序号/);
    expect(() =>
      generateReceiptNo({ regionCode: '370102103201', deviceSeq: 1, date: '2026-02-30', counter: 1 }),
    ).toThrow(/日期/);
    expect(() =>
      generateReceiptNo({ regionCode: '370102103201', deviceSeq: 1, date: '2026-02-12', counter: 10_000 }),
    ).toThrow(/流水号/);
  });

  it('normalises what a person typed: full-width, spaces, lower case', () => {
    const good = generateReceiptNo({
      regionCode: '370102103201',
      deviceSeq: 7,
      date: '2026-02-12',
      counter: 42,
    });
    const typed = ` ${good
      .replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
      .replace(/-/g, '－')
      .toLowerCase()} `;
    expect(normaliseReceiptNo(typed)).toBe(good);
  });
});

describe('nextReceiptSequence', () => {
  it('counts per day and starts again at 1 on a new day', () => {
    expect(nextReceiptSequence(null, '2026-02-12')).toEqual({ date: '2026-02-12', counter: 1 });
    expect(nextReceiptSequence({ date: '2026-02-12', counter: 1 }, '2026-02-12')).toEqual({
      date: '2026-02-12',
      counter: 2,
    });
    expect(nextReceiptSequence({ date: '2026-02-12', counter: 9 }, '2026-02-13')).toEqual({
      date: '2026-02-13',
      counter: 1,
    });
    expect(nextReceiptSequence({ date: '2026-02-12', counter: 9999 }, '2026-02-12')).toEqual({
      date: '2026-02-13',
      counter: 1,
    });
  });

  it('never repeats a (date, counter) pair, even when the device clock jumps back and forth', () => {
    fc.assert(
      fc.property(fc.array(date, { minLength: 1, maxLength: 200 }), (todays) => {
        let last: ReceiptSequence | null = null;
        const used = new Set<string>();
        for (const today of todays) {
          const next: ReceiptSequence = nextReceiptSequence(last, today);
          const key = `${next.date}#${next.counter}`;
          expect(used.has(key)).toBe(false);
          used.add(key);
          last = next;
        }
      }),
    );
  });
});
