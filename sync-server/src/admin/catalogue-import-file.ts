/**
 * Takes the tables out of an uploaded 事项目录 file: an Excel workbook (.xlsx, one sheet per table) or a CSV
 * file (one table whose first column 「表」 names the sheet of each row). CSV text is UTF-8 (with or without
 * BOM) or, as Excel in Chinese saves it, GB18030/GBK. Every problem is an ImportIssue in Chinese.
 */
import ExcelJS from 'exceljs';
import {
  CATALOGUE_SHEETS,
  CSV_SHEET_COLUMN,
  normaliseHeader,
  SHEET_KEYS,
  type SheetKey,
} from './catalogue-sheet-columns';
import {
  cleanCell,
  issueAt,
  MAX_SHEET_ROWS,
  type ImportIssue,
  type TableHeader,
  type TableInput,
  type TableRow,
} from './catalogue-sheet-rows';

export type TablesResult = { ok: true; tables: TableInput[] } | { ok: false; issues: ImportIssue[] };

export type ImportFormat = 'xlsx' | 'csv';

const fileIssue = (message: string): ImportIssue => issueAt('', null, null, null, message);

/** A, B, … Z, AA, AB … for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The format from the file's first bytes (a .xlsx is a ZIP archive), else from its name. */
export function detectFormat(
  fileName: string,
  bytes: Uint8Array,
): { ok: true; format: ImportFormat } | { ok: false; issue: ImportIssue } {
  if (bytes.length === 0) return { ok: false, issue: fileIssue('文件是空的') };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return { ok: true, format: 'xlsx' };
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return {
      ok: false,
      issue: fileIssue('这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV（逗号分隔）后再导入'),
    };
  if (/\.xlsx$/i.test(fileName))
    return { ok: false, issue: fileIssue('文件名是 .xlsx，但内容不是有效的 Excel 工作簿，请重新保存后再试') };
  return { ok: true, format: 'csv' };
}

/** UTF-8 when the bytes are valid UTF-8 (BOM dropped), else GB18030 (Excel's "CSV" in Chinese Windows). */
export function decodeCsvText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** RFC 4180 records with the line each starts on; a quote left open is an issue. */
export function parseCsvRecords(
  text: string,
): { ok: true; records: { line: number; cells: string[] }[] } | { ok: false; issue: ImportIssue } {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let isQuoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (isQuoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else isQuoted = false;
      } else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') {
      isQuoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      cells.push(cell);
      records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      line += 1;
      recordLine = line;
    } else cell += ch;
  }
  if (isQuoted)
    return {
      ok: false,
      issue: fileIssue(`第 ${quoteLine} 行有一个引号没有配对结束，请检查该行的引号`),
    };
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  return { ok: true, records };
}

const sheetKeyByName = new Map<string, SheetKey>(SHEET_KEYS.map((key) => [CATALOGUE_SHEETS[key].name, key]));

/** The CSV template's one table, split by its 「表」 column into the four sheets. */
export function readCsvTables(text: string): TablesResult {
  const parsed = parseCsvRecords(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
  const [headerRecord, ...dataRecords] = parsed.records;
  if (!headerRecord) return { ok: false, issues: [fileIssue('文件是空的')] };
  if (dataRecords.length > MAX_SHEET_ROWS * 2)
    return { ok: false, issues: [fileIssue(`超过 ${MAX_SHEET_ROWS * 2} 行，请分批导入`)] };
  const allHeaders: TableHeader[] = headerRecord.cells.map((text, index) => ({
    text: cleanCell(text),
    column: columnLetter(index),
  }));
  const sheetIndex = allHeaders.findIndex((h) => normaliseHeader(h.text) === CSV_SHEET_COLUMN);
  if (sheetIndex < 0)
    return {
      ok: false,
      issues: [
        fileIssue(
          `第 1 行缺少「${CSV_SHEET_COLUMN}」列：CSV 文件的第一列应为「${CSV_SHEET_COLUMN}」，填写事项、申请材料、收费项目或填报字段（请使用 CSV 模板）`,
        ),
      ],
    };

  const issues: ImportIssue[] = [];
  const known = new Set(
    SHEET_KEYS.flatMap((key) =>
      Object.values(CATALOGUE_SHEETS[key].columns).map((c) => normaliseHeader(c.header)),
    ),
  );
  allHeaders.forEach((header, index) => {
    const normalised = normaliseHeader(header.text);
    if (index !== sheetIndex && normalised !== '' && !known.has(normalised))
      issues.push(issueAt('', 1, header.text, `${header.column}1`, '无法识别的列，请使用模板中的列名'));
  });

  const headers = allHeaders.filter((_, index) => index !== sheetIndex);
  const rowsBySheet = new Map(SHEET_KEYS.map((key) => [key, [] as TableRow[]]));
  for (const record of dataRecords) {
    const sheetText = cleanCell(record.cells[sheetIndex] ?? '');
    const cells = record.cells.filter((_, index) => index !== sheetIndex);
    if (sheetText === '' && cells.every((cell) => cleanCell(cell) === '')) continue;
    const key = sheetKeyByName.get(sheetText);
    if (key === undefined) {
      issues.push(
        issueAt(
          '',
          record.line,
          CSV_SHEET_COLUMN,
          `${columnLetter(sheetIndex)}${record.line}`,
          `应为「${[...sheetKeyByName.keys()].join('」「')}」之一，现为「${sheetText}」`,
        ),
      );
      continue;
    }
    rowsBySheet.get(key)?.push({ rowNumber: record.line, cells });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    tables: SHEET_KEYS.map((key) => ({
      sheet: key,
      headers,
      rows: rowsBySheet.get(key) ?? [],
      isShared: true,
    })),
  };
}

/** A cell's text as Excel shows it (formulas by their result, rich text joined). */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return cell.text ?? '';
}

/** The four sheets of the workbook template (extra sheets such as 填写说明 are ignored). */
export async function readXlsxTables(bytes: Uint8Array): Promise<TablesResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return {
      ok: false,
      issues: [fileIssue('无法读取这个 Excel 文件：文件可能已损坏或设置了密码，请另存为 .xlsx 后再试')],
    };
  }
  const issues: ImportIssue[] = [];
  const tables: TableInput[] = [];
  for (const key of SHEET_KEYS) {
    const name = CATALOGUE_SHEETS[key].name;
    const sheet = workbook.getWorksheet(name);
    if (!sheet) {
      issues.push(
        issueAt(name, null, null, null, `工作簿中没有名为「${name}」的工作表（请使用模板，不要改工作表名）`),
      );
      continue;
    }
    if (sheet.rowCount > MAX_SHEET_ROWS + 1) {
      issues.push(issueAt(name, null, null, null, `超过 ${MAX_SHEET_ROWS} 行，请分批导入`));
      continue;
    }
    const headerRow = sheet.getRow(1);
    const width = Math.max(headerRow.cellCount, sheet.columnCount);
    const headers: TableHeader[] = [];
    for (let c = 1; c <= width; c += 1)
      headers.push({ text: cleanCell(cellText(headerRow.getCell(c))), column: columnLetter(c - 1) });
    const rows: TableRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber === 1) return;
      const cells: string[] = [];
      for (let c = 1; c <= width; c += 1) cells.push(cellText(row.getCell(c)));
      rows.push({ rowNumber, cells });
    });
    tables.push({ sheet: key, headers, rows });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, tables };
}
