import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { creditCodeCheckCharacter, validateCreditCode, type CreditCodeFailureCode } from './credit-code';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const HAN = /\p{Script=Han}/u;
const EXAMPLE = '91350100M000100Y43'; // GB 32100-2015 example: Σ = 1640, 1640 mod 31 = 28, 31 − 28 = 3

function expectFailure(input: string, code: CreditCodeFailureCode, ...words: string[]): string {
  const result = validateCreditCode(input);
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.code).toBe(code);
  for (const word of words) expect(result.message).toContain(word);
  return result.message;
}

const bodyArb = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 17, maxLength: 17 });
const withCheck = (body: string): string => `${body}${creditCodeCheckCharacter(body)}`;

describe('creditCodeCheckCharacter', () => {
  it('matches the standard example and maps 31 to 0', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0'); // Σ = 0 → 31 − 0 = 31 → 0
    // Independently computed (Python): a 民政 code and a 个体工商户 code.
    expect(creditCodeCheckCharacter('52360726MJD000000')).toBe('F');
    expect(creditCodeCheckCharacter('92360726MA0000000')).toBe('A');
  });

  it('throws RangeError for a body that is not 17 characters of the alphabet', () => {
    for (const bad of [
      '',
      '91350100M000100Y',
      '91350100M000100Y43',
      '91350100I000100Y4',
      '91350100m000100Y4',
    ]) {
      expect(() => creditCodeCheckCharacter(bad)).toThrow(RangeError);
    }
  });
});

describe('validateCreditCode', () => {
  it('accepts the standard example and splits it into its parts', () => {
    expect(validateCreditCode(EXAMPLE)).toEqual({
      ok: true,
      value: {
        code: EXAMPLE,
        registrationAuthority: '9',
        entityType: '1',
        regionCode: '350100',
        organisationCode: 'M000100Y4',
      },
    });
  });

  it('normalises lower case, spaces and full-width characters', () => {
    for (const input of [
      '91350100m000100y43',
      ' 9135 0100 M000 100Y 43 ',
      '９１３５０１００Ｍ０００１００Ｙ４３',
      '\u300091350100M000100Y43',
    ]) {
      const result = validateCreditCode(input);
      expect(result.ok ? result.value.code : result.message).toBe(EXAMPLE);
    }
  });

  it('empty', () => {
    for (const input of ['', '  ', '\u3000']) expectFailure(input, 'empty', '请输入统一社会信用代码');
  });

  it('length, with a hint for a 15-digit old registration number', () => {
    expectFailure('91350100M000100Y4', 'length', '18位', '当前为17位');
    expectFailure('91350100M000100Y431', 'length', '当前为19位');
    expectFailure('A'.repeat(1000), 'length', '当前为1000位');
    expectFailure('350100400012345', 'length', '当前为15位', '注册号');
    expect(expectFailure('35010040001234A', 'length')).not.toContain('注册号');
  });

  it('alphabet: names the first bad character and its position', () => {
    expectFailure('91350100M000100I43', 'alphabet', '不允许的字符“I”', '第16位', '数字“1”');
    expectFailure('91350100O000100Y43', 'alphabet', '“O”', '第9位', '数字“0”');
    expectFailure('91350100S000100Y43', 'alphabet', '“S”', '数字“5”');
    expectFailure('91350100Z000100Y43', 'alphabet', '“Z”', '数字“2”');
    expect(expectFailure('V1350100M000100Y43', 'alphabet', '“V”', '第1位')).not.toContain('是否应为');
    expectFailure('91350100i000100Y43', 'alphabet', '“I”'); // lower case is upper-cased first
    expectFailure('91350100M000100Y4-', 'alphabet', '“-”', '第18位');
    expectFailure('91350100M00010中Y43', 'alphabet', '“中”', '第15位');
    expectFailure('91350100M000\u0000100Y4', 'alphabet', 'U+0000', '第13位');
  });

  it('check_digit is a warning that keeps the parsed value and tells to verify the licence', () => {
    const result = validateCreditCode('91350100M000100Y44');
    expect(result).toMatchObject({
      ok: false,
      code: 'check_digit',
      isWarning: true,
      value: { code: '91350100M000100Y44', regionCode: '350100', organisationCode: 'M000100Y4' },
    });
    if (!result.ok) {
      expect(result.message).toContain('校验码');
      expect(result.message).toContain('旧代码');
      expect(result.message).toContain('营业执照');
    }
  });

  it('hard failures carry no warning flag', () => {
    for (const input of ['', '123', '91350100I000100Y43']) {
      const result = validateCreditCode(input);
      expect(!result.ok && result.isWarning).toBeFalsy();
    }
  });
});

describe('validateCreditCode: properties', () => {
  it('a body from the alphabet with its computed check character validates', () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        const result = validateCreditCode(withCheck(body));
        expect(result.ok && result.value.code).toBe(withCheck(body));
      }),
      { numRuns: 500 },
    );
  });

  it('any single-character substitution within the alphabet fails the check (a warning)', () => {
    fc.assert(
      fc.property(
        bodyArb,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 30 }),
        (body, index, shift) => {
          const code = withCheck(body);
          const replacement = ALPHABET.charAt(
            (ALPHABET.indexOf(code.charAt(index)) + shift) % ALPHABET.length,
          );
          const changed = `${code.slice(0, index)}${replacement}${code.slice(index + 1)}`;
          const result = validateCreditCode(changed);
          expect(result).toMatchObject({ ok: false, code: 'check_digit', isWarning: true });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('any substitution with a character outside the alphabet is refused (alphabet)', () => {
    fc.assert(
      fc.property(
        bodyArb,
        fc.integer({ min: 0, max: 17 }),
        fc.constantFrom(...'IOSVZ-_.*#中'),
        (body, index, ch) => {
          const code = withCheck(body);
          const changed = `${code.slice(0, index)}${ch}${code.slice(index + 1)}`;
          expect(validateCreditCode(changed)).toMatchObject({ ok: false, code: 'alphabet' });
        },
      ),
    );
  });

  it('never throws for arbitrary strings and always answers with a Chinese message', () => {
    const anyString = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: fc.constantFrom(...ALPHABET, 'I', 'o', ' ', 'Ｍ'), minLength: 16, maxLength: 20 }),
      fc.string({ unit: 'binary-ascii', minLength: 900, maxLength: 1100 }),
    );
    fc.assert(
      fc.property(anyString, (input) => {
        const result = validateCreditCode(input);
        if (!result.ok) expect(result.message).toMatch(HAN);
      }),
      { numRuns: 1000 },
    );
  });
});
