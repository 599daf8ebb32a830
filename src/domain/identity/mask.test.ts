import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskCreditCode, maskPhone, maskResidentId } from './mask';
import { residentIdCheckCharacter } from './resident-id';
import { creditCodeCheckCharacter } from './credit-code';

const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom(...'0123456789Xx*+- ') }),
  fc.string({ minLength: 1000, maxLength: 1000 }),
);

function shownCharacters(masked: string): number {
  return [...masked].filter((ch) => ch !== '*').length;
}

describe('maskResidentId', () => {
  it('shows the first 6 and the last 4', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
    expect(maskResidentId(' 110105 19491231 002x ')).toBe('110105********002X');
    expect(maskResidentId('１１０１０５１９４９１２３１００２Ｘ')).toBe('110105********002X');
    expect(maskResidentId('110105194912310021')).toBe('110105********0021'); // wrong check digit: still a number
  });

  it('masks malformed input entirely', () => {
    expect(maskResidentId('')).toBe('');
    expect(maskResidentId('123')).toBe('***');
    expect(maskResidentId('110105491231002')).toBe('*'.repeat(15)); // legacy 15-digit number
    expect(maskResidentId('1101051949123100')).toBe('*'.repeat(16));
    expect(maskResidentId('张三李四王五赵六钱七孙八周九吴十郑冯')).toBe('*'.repeat(18));
    expect(maskResidentId('1'.repeat(1000))).toBe('*'.repeat(18));
  });
});

describe('maskPhone', () => {
  it('shows the first 3 and the last 4 of 11 digits', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('+86 138-1234-1234')).toBe('138****1234');
  });

  it('masks anything else entirely', () => {
    expect(maskPhone('')).toBe('');
    expect(maskPhone('1234')).toBe('****');
    expect(maskPhone('138123412345')).toBe('*'.repeat(11));
    expect(maskPhone('13812341234x')).toBe('*'.repeat(11));
  });
});

describe('maskCreditCode', () => {
  it('shows the first 8 and the last 4', () => {
    expect(maskCreditCode('91350100M000100Y43')).toBe('91350100******0Y43');
    expect(maskCreditCode('91350100m000100y43')).toBe('91350100******0Y43');
  });

  it('masks anything else entirely', () => {
    expect(maskCreditCode('')).toBe('');
    expect(maskCreditCode('913501')).toBe('******');
    expect(maskCreditCode('91350100I000100Y43')).toBe('*'.repeat(18));
  });
});

describe('masks: properties', () => {
  it('a resident ID mask never shows the birth date and sequence (characters 7–14)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 17, maxLength: 17 }),
        (body) => {
          const id = `${body}${residentIdCheckCharacter(body)}`;
          const masked = maskResidentId(id);
          expect(masked).toHaveLength(18);
          expect(masked.slice(6, 14)).toBe('********');
          expect(masked.slice(0, 6) + masked.slice(14)).toBe(id.slice(0, 6) + id.slice(14));
        },
      ),
    );
  });

  it('a phone mask never shows digits 4–7, a credit code mask never characters 9–14', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 11, maxLength: 11 }),
        (phone) => {
          expect(maskPhone(phone).slice(3, 7)).toBe('****');
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'),
          minLength: 17,
          maxLength: 17,
        }),
        (body) => {
          expect(maskCreditCode(`${body}${creditCodeCheckCharacter(body)}`).slice(8, 14)).toBe('******');
        },
      ),
    );
  });

  it('never throws and never shows more than a well-formed mask would (10 / 7 / 12 characters)', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        expect(shownCharacters(maskResidentId(input))).toBeLessThanOrEqual(10);
        expect(shownCharacters(maskPhone(input))).toBeLessThanOrEqual(7);
        expect(shownCharacters(maskCreditCode(input))).toBeLessThanOrEqual(12);
        expect([...maskResidentId(input)].length).toBeLessThanOrEqual(18);
      }),
      { numRuns: 500 },
    );
  });
});
