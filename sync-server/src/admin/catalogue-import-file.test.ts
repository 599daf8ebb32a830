import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  decodeCsvText,
  detectFormat,
  parseCsvRecords,
  readCsvTables,
} from './catalogue-import-file';

describe('CSV records (RFC 4180)', () => {
  it('reads quoted commas, doubled quotes and line breaks, with the line each record starts on', () => {
    const parsed = parseCsvRecords('a,"b,c","say ""hi"""\r\n"two\nlines",x\nlast,');
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['a', 'b,c', 'say "hi"'] },
        { line: 2, cells: ['two\nlines', 'x'] },
        { line: 4, cells: ['last', ''] },
      ],
    });
  });

  it('names the line of a quote left open', () => {
    const parsed = parseCsvRecords('a\r\nb,"open\r\nc');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issue.message).toBe('文件：第 2 行有一个引号没有配对结束，请检查该行的引号');
  });

  it('splits the one table by its 表 column and reports an unknown sheet name', () => {
    const result = readCsvTables(
      '\uFEFF表,实施编码,材料名称\r\n事项,A,\r\n申请材料,A,户口簿\r\n,,\r\n附件,A,\r\n',
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.message).toContain(
      '文件第 5 行「表」（A5）：应为「事项」「申请材料」「收费项目」「填报字段」之一，现为「附件」',
    );
  });
});

describe('file format and text', () => {
  it('tells .xlsx (ZIP), old .xls and empty files apart', () => {
    expect(detectFormat('a.xlsx', new Uint8Array([0x50, 0x4b, 3, 4]))).toEqual({ ok: true, format: 'xlsx' });
    expect(detectFormat('a.csv', new TextEncoder().encode('表'))).toEqual({ ok: true, format: 'csv' });
    expect(detectFormat('a.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])).ok).toBe(false);
    expect(detectFormat('a.xlsx', new TextEncoder().encode('text')).ok).toBe(false);
    expect(detectFormat('a.csv', new Uint8Array()).ok).toBe(false);
  });

  it('decodes UTF-8 (BOM dropped) and falls back to GB18030', () => {
    expect(decodeCsvText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe8, 0xa1, 0xa8]))).toBe('表');
    expect(decodeCsvText(new Uint8Array([0xb1, 0xed]))).toBe('表');
  });

  it('letters columns like a spreadsheet', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
