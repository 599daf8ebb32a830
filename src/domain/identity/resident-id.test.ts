import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  birthDateFromResidentId,
  residentIdCheckCharacter,
  sexFromResidentId,
  validateResidentId,
  type ResidentIdFailureCode,
} from './resident-id';
import { PROVINCE_NAMES } from './province-codes';

const TODAY = '2026-01-01';
const MS_PER_DAY = 86_400_000;
const HAN = /\p{Script=Han}/u;

function epochDay(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY
  );
}

function isoOfEpochDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A full number with the computed check character. */
function withCheck(first17: string): string {
  return `${first17}${residentIdCheckCharacter(first17)}`;
}

function expectFailure(input: string, code: ResidentIdFailureCode, ...words: string[]): string {
  const result = validateResidentId(input, TODAY);
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.code).toBe(code);
  for (const word of words) expect(result.message).toContain(word);
  return result.message;
}

/** Valid 17-digit bodies: GB/T 2260 province, any 4 digits, a real birth date 1900-01-01…TODAY, any sequence. */
const bodyArb = fc
  .record({
    province: fc.constantFrom(...Object.keys(PROVINCE_NAMES)),
    county: fc.integer({ min: 0, max: 9999 }),
    birthDay: fc.integer({ min: epochDay('1900-01-01'), max: epochDay(TODAY) }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, county, birthDay, sequence }) => {
    const birthDate = isoOfEpochDay(birthDay);
    return {
      body: `${province}${String(county).padStart(4, '0')}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`,
      birthDate,
      sequence,
    };
  });

describe('residentIdCheckCharacter (ISO 7064 MOD 11-2)', () => {
  it('matches the published examples', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X'); // S = 167, 167 mod 11 = 2
    expect(residentIdCheckCharacter('44052418800101001')).toBe('4'); // GB 11643-1999 example
    expect(residentIdCheckCharacter('36072619991231001')).toBe('5');
  });

  it('throws RangeError for a body that is not 17 digits', () => {
    for (const bad of [
      '',
      '1101051949123100',
      '110105194912310021',
      '1101051949123100X',
      '１１０１０５１９４９１２３１００２',
    ]) {
      expect(() => residentIdCheckCharacter(bad)).toThrow(RangeError);
    }
  });
});

describe('validateResidentId: accepted numbers', () => {
  it('reads region, birth date and sex from the standard example', () => {
    expect(validateResidentId('11010519491231002X', TODAY)).toEqual({
      ok: true,
      value: { idNumber: '11010519491231002X', regionCode: '110105', birthDate: '1949-12-31', sex: 'female' },
    });
  });

  it('normalises lower-case x, spaces, full-width characters and the ideographic space', () => {
    for (const input of [
      '11010519491231002x',
      '  110105 19491231 002X\t',
      '\u3000110105\u00a019491231002X\u3000',
      '１１０１０５１９４９１２３１００２Ｘ',
      '１１０１０５１９４９１２３１００２ｘ',
    ]) {
      const result = validateResidentId(input, TODAY);
      expect(result.ok ? result.value.idNumber : result.message).toBe('11010519491231002X');
    }
  });

  it('reads a male number (odd sequence)', () => {
    const result = validateResidentId('360726199912310015', TODAY);
    expect(result.ok && result.value).toMatchObject({
      sex: 'male',
      birthDate: '1999-12-31',
      regionCode: '360726',
    });
  });

  it('does not refuse abolished county codes (崇文区 110103, 宣武区 110104) nor 港澳台居住证 codes 81/82/83', () => {
    for (const first17 of [
      '11010319800101123',
      '11010419800101124',
      '81000019900101123',
      '82000019900101123',
      '83000019900101123',
    ]) {
      expect(validateResidentId(withCheck(first17), TODAY).ok).toBe(true);
    }
  });

  it('accepts 1900-01-01 and a birth date equal to today, and 29 February of a leap year', () => {
    expect(validateResidentId(withCheck('36072619000101001'), TODAY).ok).toBe(true);
    expect(validateResidentId(withCheck('36072620260101001'), TODAY).ok).toBe(true);
    expect(validateResidentId(withCheck('36072620000229123'), TODAY).ok).toBe(true);
  });

  it('defaults today to the current date in China', () => {
    expect(validateResidentId('11010519491231002X').ok).toBe(true);
    expectFailure(withCheck('36072629991231001'), 'future_birth');
    expect(validateResidentId(withCheck('36072629991231001')).ok).toBe(false);
  });

  it('throws RangeError for a malformed today (a programming error)', () => {
    expect(() => validateResidentId('11010519491231002X', '2026-02-30')).toThrow(RangeError);
    expect(() => validateResidentId('11010519491231002X', 'today')).toThrow(RangeError);
  });
});

describe('validateResidentId: every failure code with a specific Chinese message', () => {
  it('empty', () => {
    for (const input of ['', '   ', '\u3000\t\n']) expectFailure(input, 'empty', '请输入身份证号码');
  });

  it('legacy_15: refuses 15-digit first-generation numbers and asks for the 18-digit one', () => {
    const message = expectFailure('110105491231002', 'legacy_15', '15位', '18位', '一代证');
    expect(message).toContain('2004');
    expectFailure(' 110105 491231 002 ', 'legacy_15');
  });

  it('length', () => {
    expectFailure('1101051949123100', 'length', '18位', '当前为16位');
    expectFailure('11010519491231002X1', 'length', '当前为19位');
    expectFailure('1'.repeat(1000), 'length', '当前为1000位');
    expectFailure('11010549123100X', 'length', '当前为15位'); // 15 characters but not 15 digits
  });

  it('format: names the position of the first bad character', () => {
    expectFailure('11010519491231002A', 'format', '第18位', '“A”', '数字或字母X');
    expectFailure('X1010519491231002X', 'format', '第1位', '“X”');
    expectFailure('1101051949123100X2', 'format', '第17位');
    expectFailure('11010519491231１00一', 'format', '第18位', '“一”');
    expectFailure('1101051949\u0007231002X', 'format', '第11位', 'U+0007');
  });

  it('region: the first two digits must be a GB/T 2260 province', () => {
    for (const province of ['00', '10', '16', '20', '24', '38', '47', '55', '66', '72', '80', '84', '99']) {
      expectFailure(withCheck(`${province}010519491231002`), 'region', '地址码', `“${province}”`, '省级');
    }
    expectFailure(withCheck('91000019900101123'), 'region', '外国人永久居留');
  });

  it('birth_date: not a real date, or before 1900', () => {
    expectFailure(withCheck('36072620250230123'), 'birth_date', '出生日期', '不是有效日期');
    expectFailure(withCheck('36072619491331002'), 'birth_date', '出生日期');
    expectFailure(withCheck('36072619490100002'), 'birth_date', '出生日期');
    expectFailure(withCheck('36072619000229002'), 'birth_date', '不是有效日期'); // 1900 was not a leap year
    expectFailure('440524188001010014', 'birth_date', '出生日期', '1900'); // GB 11643 example, born 1880
    expectFailure(withCheck('36072618991231002'), 'birth_date', '1900');
  });

  it('future_birth', () => {
    expectFailure(withCheck('36072620260102001'), 'future_birth', '出生日期', '晚于今天');
  });

  it('check_digit: says the check character is wrong without revealing the expected one', () => {
    for (const wrong of ['0', '1', '2', '9']) {
      const message = expectFailure(`11010519491231002${wrong}`, 'check_digit', '校验码');
      expect(message).not.toContain('X');
    }
    expectFailure('360726199912310016', 'check_digit', '校验码错误');
    expectFailure('36072619991231001X', 'check_digit');
  });

  it('never echoes the number in a message', () => {
    for (const input of [
      '11010519491231002Y',
      '110105194912310021',
      '00010519491231002X',
      '11010519491331002X',
    ]) {
      const result = validateResidentId(input, TODAY);
      expect(!result.ok && result.message).not.toContain('19491');
    }
  });
});

describe('sexFromResidentId / birthDateFromResidentId', () => {
  it('read a valid number and give null otherwise', () => {
    expect(sexFromResidentId('11010519491231002X')).toBe('female');
    expect(sexFromResidentId('360726199912310015')).toBe('male');
    expect(birthDateFromResidentId('11010519491231002x')).toBe('1949-12-31');
    for (const bad of ['', '110105491231002', '110105194912310021', 'abc']) {
      expect(sexFromResidentId(bad)).toBeNull();
      expect(birthDateFromResidentId(bad)).toBeNull();
    }
  });
});

describe('validateResidentId: properties', () => {
  it('a valid body with its computed check character validates, with the right parts', () => {
    fc.assert(
      fc.property(bodyArb, ({ body, birthDate, sequence }) => {
        const result = validateResidentId(withCheck(body), TODAY);
        expect(result).toEqual({
          ok: true,
          value: {
            idNumber: withCheck(body),
            regionCode: body.slice(0, 6),
            birthDate,
            sex: sequence % 2 === 1 ? 'male' : 'female',
          },
        });
      }),
      { numRuns: 500 },
    );
  });

  it('changing any one character to a different digit (or X) makes it fail', () => {
    fc.assert(
      fc.property(
        bodyArb,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 10 }),
        ({ body }, index, shift) => {
          const id = withCheck(body);
          const original = id.charAt(index);
          // Positions 1–17 take a different digit; the check position a different one of 0–9, X.
          const choices = index === 17 ? '0123456789X' : '0123456789';
          const from = choices.indexOf(original);
          const replacement = choices.charAt((from + (shift % choices.length || 1)) % choices.length);
          fc.pre(replacement !== original);
          const changed = `${id.slice(0, index)}${replacement}${id.slice(index + 1)}`;
          expect(validateResidentId(changed, TODAY).ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('sex follows the parity of the 17th digit', () => {
    fc.assert(
      fc.property(bodyArb, ({ body }) => {
        const expected = Number(body.charAt(16)) % 2 === 1 ? 'male' : 'female';
        expect(sexFromResidentId(withCheck(body))).toBe(expected);
      }),
    );
  });

  it('never throws for arbitrary strings and always answers with a code and a Chinese message', () => {
    const anyString = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: fc.constantFrom(...'0123456789Xx１２Ｘ \u3000-'), maxLength: 20 }),
      fc.string({ unit: 'binary-ascii', minLength: 900, maxLength: 1100 }),
    );
    fc.assert(
      fc.property(anyString, (input) => {
        const result = validateResidentId(input, TODAY);
        if (!result.ok) expect(result.message).toMatch(HAN);
      }),
      { numRuns: 1000 },
    );
  });
});
