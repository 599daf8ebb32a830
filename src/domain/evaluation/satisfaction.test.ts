import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isNegative,
  isSatisfied,
  requiresReason,
  SATISFACTION_LEVELS,
  satisfactionRate,
  type SatisfactionLevel,
} from './satisfaction';
import { fromGbCode, fromProvincialScore, toGbCode, toProvincialScore } from './satisfaction-codes';
import { validateEvaluation } from './validate-evaluation';

const levelArb = fc.constantFrom(...SATISFACTION_LEVELS);

describe('satisfaction levels', () => {
  it('差评 = 不满意 and 非常不满意; they need a reason', () => {
    expect(SATISFACTION_LEVELS.filter(isNegative)).toEqual(['不满意', '非常不满意']);
    expect(SATISFACTION_LEVELS.filter(requiresReason)).toEqual(['不满意', '非常不满意']);
  });

  it('满意率 counts 非常满意, 满意 and 基本满意 as satisfied', () => {
    expect(SATISFACTION_LEVELS.filter(isSatisfied)).toEqual(['非常满意', '满意', '基本满意']);
    expect(satisfactionRate([])).toBeNull();
    expect(satisfactionRate(['非常满意', '基本满意', '不满意', '非常不满意'])).toBe(0.5);
  });

  it('satisfactionRate is the satisfied share, in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(levelArb, { minLength: 1, maxLength: 50 }), (levels) => {
        const rate = satisfactionRate(levels);
        expect(rate).not.toBeNull();
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
        expect(rate).toBeCloseTo(levels.filter((l) => !isNegative(l)).length / levels.length, 12);
      }),
    );
  });
});

describe('numeric codes at interfaces', () => {
  it('GB/T 39046: 1 = 非常满意 … 5 = 非常不满意; provincial: 5 = 非常满意 … 1 = 非常不满意', () => {
    expect(SATISFACTION_LEVELS.map(toGbCode)).toEqual([1, 2, 3, 4, 5]);
    expect(SATISFACTION_LEVELS.map(toProvincialScore)).toEqual([5, 4, 3, 2, 1]);
    expect(fromGbCode(1)).toEqual({ ok: true, level: '非常满意' });
    expect(fromProvincialScore(1)).toEqual({ ok: true, level: '非常不满意' });
  });

  it('every level round-trips through both schemes, which mirror each other', () => {
    fc.assert(
      fc.property(levelArb, (level) => {
        expect(fromGbCode(toGbCode(level))).toEqual({ ok: true, level });
        expect(fromProvincialScore(toProvincialScore(level))).toEqual({ ok: true, level });
        expect(toGbCode(level) + toProvincialScore(level)).toBe(6);
      }),
    );
  });

  it('anything but the integers 1–5 is a typed failure, never an exception', () => {
    const invalid = fc.oneof(
      fc.double().filter((n) => !(Number.isInteger(n) && n >= 1 && n <= 5)),
      fc.integer().filter((n) => n < 1 || n > 5),
      fc.string(),
      fc.constantFrom(null, undefined, '3', 3.5, Number.NaN, {}, [1]),
    );
    fc.assert(
      fc.property(invalid, (value) => {
        for (const r of [fromGbCode(value), fromProvincialScore(value)]) {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.message).toMatch(/应为1到5的整数/);
        }
      }),
    );
  });
});

describe('validateEvaluation: a 差评 needs a reason of ≥ 2 characters', () => {
  it('examples', () => {
    expect(validateEvaluation({ level: '满意' })).toEqual({
      ok: true,
      evaluation: { level: '满意', reason: '' },
    });
    expect(validateEvaluation({ level: '不满意', reason: '  ' })).toMatchObject({
      ok: false,
      code: 'reason_required',
      message: '选择“不满意”时须填写不满意的原因',
    });
    expect(validateEvaluation({ level: '非常不满意', reason: ' 慢 ' })).toMatchObject({
      ok: false,
      code: 'reason_too_short',
    });
    expect(validateEvaluation({ level: '非常不满意', reason: '　排队太久　' })).toEqual({
      ok: true,
      evaluation: { level: '非常不满意', reason: '排队太久' },
    });
    expect(validateEvaluation({ level: '很好', reason: '' })).toMatchObject({
      ok: false,
      code: 'invalid_level',
    });
    expect(validateEvaluation({ level: '满意', reason: '好'.repeat(1001) })).toMatchObject({
      ok: false,
      code: 'reason_too_long',
    });
  });

  it('accepts iff the level is not a 差评 or the trimmed reason has ≥ 2 characters', () => {
    fc.assert(
      fc.property(levelArb, fc.string({ maxLength: 20 }), (level: SatisfactionLevel, reason) => {
        const r = validateEvaluation({ level, reason });
        const expected = !requiresReason(level) || Array.from(reason.trim()).length >= 2;
        expect(r.ok).toBe(expected);
        if (r.ok) expect(r.evaluation).toEqual({ level, reason: reason.trim() });
        else expect(r.message.length).toBeGreaterThan(0);
      }),
    );
  });
});
