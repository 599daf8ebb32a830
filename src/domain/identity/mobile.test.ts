import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseMobile, validateMobile } from './mobile';

const HAN = /\p{Script=Han}/u;

function expectFormat(input: string, ...words: string[]): void {
  const result = validateMobile(input);
  expect(result).toMatchObject({ ok: false, code: 'format' });
  if (!result.ok) for (const word of words) expect(result.message).toContain(word);
}

describe('validateMobile', () => {
  it('accepts 11 digits 1[3-9]… with spaces, dashes, full-width digits and a +86 / 0086 prefix', () => {
    for (const input of [
      '13812341234',
      ' 138 1234 1234 ',
      '138-1234-1234',
      '+86 138 1234 1234',
      '+86-13812341234',
      '008613812341234',
      '１３８１２３４１２３４',
      '＋８６　１３８－１２３４－１２３４',
    ]) {
      expect(validateMobile(input)).toEqual({ ok: true, value: '13812341234' });
    }
    expect(validateMobile('19912345678').ok).toBe(true);
  });

  it('empty', () => {
    for (const input of ['', '   ', '--', '\u3000']) {
      expect(validateMobile(input)).toMatchObject({ ok: false, code: 'empty', message: '请输入手机号码' });
    }
  });

  it('format, with a specific message', () => {
    expectFormat('1381234123', '11位', '当前为10位');
    expectFormat('138123412345', '当前为12位');
    expectFormat('8613812341234', '当前为13位'); // a bare 86 is not taken as a country prefix
    expectFormat('13812341234x', '只能包含数字');
    expectFormat('(138)12341234', '只能包含数字');
    expectFormat('12812341234', '第二位为3至9');
    expectFormat('23812341234', '应以1开头');
    expectFormat('+86', '当前为0位');
  });

  it('normaliseMobile drops separators and the country prefix', () => {
    expect(normaliseMobile('+86 138-1234-1234')).toBe('13812341234');
    expect(normaliseMobile(undefined)).toBe('');
  });

  it('property: every 1[3-9]xxxxxxxxx number validates, grouped any way', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 9, maxLength: 9 }),
        fc.constantFrom('', '+86', '0086', '+86 '),
        fc.constantFrom(' ', '-', ''),
        (second, rest, prefix, sep) => {
          const mobile = `1${second}${rest}`;
          const typed = `${prefix}${mobile.slice(0, 3)}${sep}${mobile.slice(3, 7)}${sep}${mobile.slice(7)}`;
          expect(validateMobile(typed)).toEqual({ ok: true, value: mobile });
        },
      ),
    );
  });

  it('property: never throws, and a failure always carries a Chinese message', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'grapheme' }),
          fc.string({ minLength: 1000, maxLength: 1000 }),
        ),
        (input) => {
          const result = validateMobile(input);
          if (result.ok) expect(result.value).toMatch(/^1[3-9]\d{9}$/);
          else expect(result.message).toMatch(HAN);
        },
      ),
      { numRuns: 500 },
    );
  });
});
