import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, neutraliseFormula, toCsv } from './csv-text';

describe('CSV text', () => {
  it('starts with the UTF-8 BOM and ends every line with CRLF', () => {
    const text = toCsv(['办件编号', '事项名称'], [['A-1', '生育登记']]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(text).toBe(`${CSV_BOM}办件编号,事项名称\r\nA-1,生育登记\r\n`);
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('普通文本')).toBe('普通文本');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  it('neutralises formula injection with a leading single quote', () => {
    for (const evil of ['=HYPERLINK("http://x","点我")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseFormula(evil)).toBe(`'${evil}`);
    }
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(neutraliseFormula('110105********002X')).toBe('110105********002X');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });
});
