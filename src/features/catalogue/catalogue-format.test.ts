import { describe, expect, it } from 'vitest';
import { categoriesOf, formatDate, isFree, processSteps } from './catalogue-format';

const fee = (standard: string) => ({ name: '工本费', standard, basis: '', reducible: false });

describe('isFree', () => {
  it('treats no fee items, or fee items that say 免费, as free', () => {
    expect(isFree({ fees: [] })).toBe(true);
    expect(isFree({ fees: [fee('免费')] })).toBe(true);
    expect(isFree({ fees: [fee('0 元')] })).toBe(true);
    expect(isFree({ fees: [fee('每证 10 元')] })).toBe(false);
  });
});

describe('categoriesOf', () => {
  it('keeps the order of first appearance and counts items', () => {
    expect(
      categoriesOf([{ category: '社会救助' }, { category: '社会保障' }, { category: '社会救助' }]),
    ).toEqual([
      { name: '社会救助', count: 2 },
      { name: '社会保障', count: 1 },
    ]);
  });
});

describe('processSteps', () => {
  it('splits numbered lines and drops their numbers', () => {
    expect(processSteps('1. 申请人向村代办员提出申请\n2、代办员报送乡镇\n（3）乡镇审核')).toEqual([
      '申请人向村代办员提出申请',
      '代办员报送乡镇',
      '乡镇审核',
    ]);
  });

  it('splits a single line at numbered clauses', () => {
    expect(processSteps('1.申请；2.受理；3.审核；4.办结')).toEqual(['申请', '受理', '审核', '办结']);
  });

  it('keeps a plain sentence as one step and drops empty text', () => {
    expect(processSteps('申请人到村便民服务站提出申请；代办员当场受理。')).toEqual([
      '申请人到村便民服务站提出申请；代办员当场受理。',
    ]);
    expect(processSteps('  ')).toEqual([]);
  });
});

describe('formatDate', () => {
  it('formats dates in the chosen language and passes through what does not parse', () => {
    expect(formatDate('2025-03-01T00:00:00.000Z', 'zh-CN')).toMatch(/2025年3月1日|2025年3月2日/);
    expect(formatDate('not a date', 'zh-CN')).toBe('not a date');
  });
});
