import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  describeCharacter,
  firstBadCharacter,
  normaliseCodeInput,
} from './normalise-code-input';
import { isProvinceCode, isResidentIdProvinceCode, PROVINCE_NAMES } from './province-codes';

describe('normaliseCodeInput', () => {
  it('turns full-width ASCII into half-width and removes all whitespace', () => {
    expect(normaliseCodeInput('１２３ＡＢｘ＋－')).toBe('123ABx+-');
    expect(normaliseCodeInput(' 1\t2\u30003\u00a04\n')).toBe('1234');
    expect(normaliseCodeInput('一二三')).toBe('一二三');
  });

  it('gives an empty string for a non-string', () => {
    expect(normaliseCodeInput(undefined)).toBe('');
    expect(normaliseCodeInput(null)).toBe('');
    expect(normaliseCodeInput(42)).toBe('');
  });
});

describe('message helpers', () => {
  it('count code points, quote visible characters and name invisible ones', () => {
    expect(codePointLength('a𠀀b')).toBe(3);
    expect(describeCharacter('I')).toBe('“I”');
    expect(describeCharacter('\u0007')).toBe('U+0007');
    expect(describeCharacter('\u200b')).toBe('U+200B');
    expect(describeCharacter('\ud800')).toBe('U+D800');
    expect(firstBadCharacter('12a𠀀b', (ch) => /\d/.test(ch))).toEqual({ character: 'a', position: 3 });
    expect(firstBadCharacter('1𠀀b', (ch) => /\d/.test(ch))).toEqual({ character: '𠀀', position: 2 });
    expect(firstBadCharacter('123', (ch) => /\d/.test(ch))).toBeNull();
  });
});

describe('province codes', () => {
  it('lists the 34 GB/T 2260 provinces; resident IDs also accept 83 (台湾居民居住证)', () => {
    expect(Object.keys(PROVINCE_NAMES)).toHaveLength(34);
    expect(PROVINCE_NAMES['36']).toBe('江西省');
    expect(isProvinceCode('11')).toBe(true);
    expect(isProvinceCode('83')).toBe(false);
    expect(isProvinceCode('toString')).toBe(false);
    expect(isResidentIdProvinceCode('83')).toBe(true);
    expect(isResidentIdProvinceCode('84')).toBe(false);
  });
});
