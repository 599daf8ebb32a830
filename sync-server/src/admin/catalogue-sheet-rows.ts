/**
 * Reads the tables of a 事项目录 import file (already taken out of the .xlsx or .csv by catalogue-import-file.ts)
 * into complete service items, or into the list of every problem, each with its sheet, row, column and cell
 * in Chinese. Pure: no I/O; the latest stored version of each item comes in as an argument (material numbers
 * left blank reuse the number of the same-named material of that version).
 *
 * An item's materials, fees and fields are exactly the rows of the other sheets with its 实施编码: an item with
 * no 收费项目 row is free of charge. Items absent from the file are not touched.
 */
import { z } from 'zod';
import { serviceItemSchema, type ServiceItem } from '../../../src/domain/catalogue/service-item';
import {
  CATALOGUE_SHEETS,
  FIELD_COLUMNS,
  ITEM_COLUMNS,
  MATERIAL_COLUMNS,
  normaliseHeader,
  SHEET_KEYS,
  type AnyColumn,
  type SheetKey,
} from './catalogue-sheet-columns';

/** One problem of an import file. `message` is the whole sentence, place included. */
export interface ImportIssue {
  /** the sheet's name (事项, 申请材料, 收费项目, 填报字段) or '' for the file as a whole */
  sheet: string;
  row: number | null;
  /** the column's header */
  column: string | null;
  /** e.g. 'D5' */
  cell: string | null;
  message: string;
}

export interface TableHeader {
  text: string;
  /** the column letter (A, B, … AA) */
  column: string;
}

export interface TableRow {
  /** the row number as the spreadsheet shows it (the header is row 1) */
  rowNumber: number;
  /** aligned with the headers */
  cells: readonly string[];
}

export interface TableInput {
  sheet: SheetKey;
  headers: readonly TableHeader[];
  rows: readonly TableRow[];
  /**
   * CSV: all four sheets share one table. Columns of the other sheets may then be present; their cells must
   * stay empty in this sheet's rows. (Columns known to no sheet are reported by the CSV reader.)
   */
  isShared?: boolean;
}

/** A complete item as the file defines it; the server assigns `version` and `publishedAt`. */
export type ItemDraft = Omit<ServiceItem, 'version' | 'publishedAt'>;

export type SheetReadResult = { ok: true; items: ItemDraft[] } | { ok: false; issues: ImportIssue[] };

export const MAX_IMPORT_ITEMS = 500;
export const MAX_SHEET_ROWS = 5000;

const zhCN = z.locales.zhCN();

/** The place of a problem in words: 「申请材料」表第 5 行「原件份数」（D5）. */
export function placeOf(sheet: string, row: number | null, column: string | null, cell: string | null) {
  const table = sheet === '' ? '文件' : `「${sheet}」表`;
  const where = row === null ? table : `${table}第 ${row} 行`;
  return `${where}${column ? `「${column}」` : ''}${cell ? `（${cell}）` : ''}`;
}

export function issueAt(
  sheet: string,
  row: number | null,
  column: string | null,
  cell: string | null,
  problem: string,
): ImportIssue {
  return { sheet, row, column, cell, message: `${placeOf(sheet, row, column, cell)}：${problem}` };
}

/** A cell's text: trimmed, and without the quote a CSV writer puts before = + - @ to keep them text. */
export function cleanCell(text: string): string {
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  return /^'[=+\-@]/.test(trimmed) ? trimmed.slice(1) : trimmed;
}

interface ReadRow {
  rowNumber: number;
  values: Record<string, unknown>;
  /** cell reference of each field key */
  cells: Record<string, string | null>;
  isValid: boolean;
}

const ALL_HEADERS = new Set(
  SHEET_KEYS.flatMap((key) =>
    Object.values(CATALOGUE_SHEETS[key].columns as Record<string, AnyColumn>).map((c) =>
      normaliseHeader(c.header),
    ),
  ),
);

/** Reads one table: header checks, then every non-blank row through its columns' readers. */
function readTable(table: TableInput, issues: ImportIssue[]): ReadRow[] {
  const sheetName = CATALOGUE_SHEETS[table.sheet].name;
  const columns = CATALOGUE_SHEETS[table.sheet].columns as Record<string, AnyColumn>;
  const keyOfHeader = new Map(Object.entries(columns).map(([key, c]) => [normaliseHeader(c.header), key]));
  const positions = new Map<string, number>();
  const foreign: number[] = [];
  table.headers.forEach((header, index) => {
    const normalised = normaliseHeader(header.text);
    if (normalised === '') return;
    const key = keyOfHeader.get(normalised);
    if (key === undefined) {
      if (table.isShared) {
        if (ALL_HEADERS.has(normalised)) foreign.push(index);
      } else {
        issues.push(
          issueAt(sheetName, 1, header.text, `${header.column}1`, '无法识别的列，请使用模板中的列名'),
        );
      }
      return;
    }
    if (positions.has(key)) {
      issues.push(issueAt(sheetName, 1, header.text, `${header.column}1`, '与前面的列重复'));
      return;
    }
    positions.set(key, index);
  });

  const rows = table.rows.filter((row) => row.cells.some((cell) => cleanCell(cell) !== ''));
  if (rows.length > MAX_SHEET_ROWS) {
    issues.push(issueAt(sheetName, null, null, null, `超过 ${MAX_SHEET_ROWS} 行，请分批导入`));
    return [];
  }
  if (rows.length === 0) return [];
  let isMissingColumn = false;
  for (const [key, c] of Object.entries(columns)) {
    if (c.isRequired && !positions.has(key)) {
      issues.push(issueAt(sheetName, null, c.header, null, '缺少这一列（见模板）'));
      isMissingColumn = true;
    }
  }
  if (isMissingColumn) return [];

  return rows.map((row) => {
    const read: ReadRow = { rowNumber: row.rowNumber, values: {}, cells: {}, isValid: true };
    for (const [key, c] of Object.entries(columns)) {
      const index = positions.get(key);
      const text = index === undefined ? '' : cleanCell(row.cells[index] ?? '');
      const cell = index === undefined ? null : `${table.headers[index]?.column ?? ''}${row.rowNumber}`;
      read.cells[key] = cell;
      if (text === '' && c.isRequired) {
        issues.push(issueAt(sheetName, row.rowNumber, c.header, cell, '不能为空'));
        read.isValid = false;
        continue;
      }
      const result = c.read(text);
      if (result.ok) read.values[key] = result.value;
      else {
        issues.push(issueAt(sheetName, row.rowNumber, c.header, cell, result.problem));
        read.isValid = false;
      }
    }
    for (const index of foreign) {
      if (cleanCell(row.cells[index] ?? '') === '') continue;
      const header = table.headers[index];
      issues.push(
        issueAt(
          sheetName,
          row.rowNumber,
          header?.text ?? '',
          `${header?.column ?? ''}${row.rowNumber}`,
          `这一列不用于「${sheetName}」行，请留空或移到对应的行`,
        ),
      );
      read.isValid = false;
    }
    return read;
  });
}

interface ChildRows {
  materials: ReadRow[];
  fees: ReadRow[];
  fields: ReadRow[];
}

/** Material numbers for rows that left them blank: the same-named material of the latest version, or new. */
function resolveMaterialIds(rows: ReadRow[], latest: ServiceItem | undefined, issues: ImportIssue[]) {
  const sheet = CATALOGUE_SHEETS.materials.name;
  const header = MATERIAL_COLUMNS.id.header;
  const seen = new Map<string, number>();
  for (const row of rows) {
    const id = row.values.id as string;
    if (id === '') continue;
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push(
        issueAt(sheet, row.rowNumber, header, row.cells.id ?? null, `编号「${id}」与第 ${first} 行重复`),
      );
      row.isValid = false;
    } else seen.set(id, row.rowNumber);
  }
  let counter = 1;
  for (const row of rows) {
    if (row.values.id !== '') continue;
    const reused = latest?.materials.find((m) => m.name === row.values.name && !seen.has(m.id));
    let id = reused?.id;
    while (id === undefined || seen.has(id)) {
      id = `material-${counter}`;
      counter += 1;
    }
    row.values.id = id;
    seen.set(id, row.rowNumber);
  }
}

/** The rules across the cells of one 填报字段 row, and unique keys within an item. */
function checkFields(rows: ReadRow[], issues: ImportIssue[]) {
  const sheet = CATALOGUE_SHEETS.fields.name;
  const seen = new Map<string, number>();
  for (const row of rows) {
    const { key, type, options, min, max } = row.values as {
      key: string;
      type: string;
      options?: string[];
      min?: number;
      max?: number;
    };
    const problem = (column: keyof typeof FIELD_COLUMNS, message: string) => {
      issues.push(
        issueAt(sheet, row.rowNumber, FIELD_COLUMNS[column].header, row.cells[column] ?? null, message),
      );
      row.isValid = false;
    };
    const first = seen.get(key);
    if (first !== undefined) problem('key', `字段标识「${key}」与第 ${first} 行重复`);
    else seen.set(key, row.rowNumber);
    if (type === 'select' && (options === undefined || options.length === 0))
      problem('options', '字段类型为「选项」时必须填写可选项');
    if (type !== 'select' && options !== undefined) problem('options', '只有「选项」类型的字段才填写可选项');
    if (type !== 'number' && (min !== undefined || max !== undefined))
      problem(min !== undefined ? 'min' : 'max', '只有「数字」类型的字段才填写最小值、最大值');
    if (min !== undefined && max !== undefined && min > max)
      problem('max', `最大值 ${max} 小于最小值 ${min}`);
  }
}

function fieldOf(values: Record<string, unknown>) {
  const { itemCode: _code, ...field } = values;
  for (const key of Object.keys(field)) if (field[key] === undefined) delete field[key];
  return field;
}

/** Where a schema issue points: the row and column of the item, or of one of its materials, fees, fields. */
function locateSchemaIssue(
  path: readonly PropertyKey[],
  itemRow: ReadRow,
  children: ChildRows,
): { sheet: SheetKey; row: ReadRow; column: string | null } {
  const [head, index, field] = path;
  if ((head === 'materials' || head === 'fees' || head === 'fields') && typeof index === 'number') {
    const row = children[head][index];
    if (row) return { sheet: head, row, column: typeof field === 'string' ? field : null };
  }
  return { sheet: 'items', row: itemRow, column: typeof head === 'string' ? head : null };
}

/** Reads the four tables into complete items, or returns every problem found. */
export function readCatalogueTables(
  tables: readonly TableInput[],
  latest: ReadonlyMap<string, ServiceItem>,
): SheetReadResult {
  const issues: ImportIssue[] = [];
  const tableOf = (sheet: SheetKey) => tables.find((t) => t.sheet === sheet);
  const read = Object.fromEntries(
    SHEET_KEYS.map((sheet) => {
      const table = tableOf(sheet);
      return [sheet, table ? readTable(table, issues) : []];
    }),
  ) as Record<SheetKey, ReadRow[]>;

  const itemSheet = CATALOGUE_SHEETS.items.name;
  if (read.items.length === 0 && issues.length === 0)
    issues.push(issueAt(itemSheet, null, null, null, '没有任何事项：请在第 2 行起每行填写一个事项'));
  if (read.items.length > MAX_IMPORT_ITEMS)
    issues.push(issueAt(itemSheet, null, null, null, `一次最多导入 ${MAX_IMPORT_ITEMS} 个事项`));

  // 实施编码 of the 事项 sheet: unique; the other sheets may only point at them.
  const itemRows = new Map<string, ReadRow>();
  const codeHeader = ITEM_COLUMNS.code.header;
  for (const row of read.items) {
    const code = row.values.code as string | undefined;
    if (code === undefined) continue;
    const first = itemRows.get(code);
    if (first) {
      issues.push(
        issueAt(
          itemSheet,
          row.rowNumber,
          codeHeader,
          row.cells.code ?? null,
          `实施编码「${code}」与第 ${first.rowNumber} 行重复`,
        ),
      );
      row.isValid = false;
    } else itemRows.set(code, row);
  }
  const children = new Map<string, ChildRows>();
  for (const sheet of ['materials', 'fees', 'fields'] as const) {
    for (const row of read[sheet]) {
      const code = row.values.itemCode as string | undefined;
      if (code === undefined) continue;
      if (!itemRows.has(code)) {
        issues.push(
          issueAt(
            CATALOGUE_SHEETS[sheet].name,
            row.rowNumber,
            codeHeader,
            row.cells.itemCode ?? null,
            `实施编码「${code}」在「${itemSheet}」表中没有对应的事项`,
          ),
        );
        row.isValid = false;
        continue;
      }
      const entry = children.get(code) ?? { materials: [], fees: [], fields: [] };
      entry[sheet].push(row);
      children.set(code, entry);
    }
  }

  // 承诺 ≤ 法定 is checked on the row itself, so it shows even when a material row of the item is wrong.
  for (const row of read.items) {
    const { legalDays, promisedDays } = row.values as { legalDays?: number; promisedDays?: number };
    if (legalDays === undefined || promisedDays === undefined || promisedDays <= legalDays) continue;
    issues.push(
      issueAt(
        itemSheet,
        row.rowNumber,
        ITEM_COLUMNS.promisedDays.header,
        row.cells.promisedDays ?? null,
        `承诺办结时限 ${promisedDays} 天不能超过法定办结时限 ${legalDays} 天`,
      ),
    );
    row.isValid = false;
  }

  const items: ItemDraft[] = [];
  for (const [code, itemRow] of itemRows) {
    const own = children.get(code) ?? { materials: [], fees: [], fields: [] };
    resolveMaterialIds(own.materials, latest.get(code), issues);
    checkFields(own.fields, issues);
    const name = String(itemRow.values.name ?? code);
    if (own.materials.length > 60)
      issues.push(
        issueAt(
          itemSheet,
          itemRow.rowNumber,
          null,
          null,
          `「${name}」有 ${own.materials.length} 项申请材料，最多 60 项`,
        ),
      );
    if (own.fields.length > 30)
      issues.push(
        issueAt(
          itemSheet,
          itemRow.rowNumber,
          null,
          null,
          `「${name}」有 ${own.fields.length} 个填报字段，最多 30 个`,
        ),
      );
    const rows = [itemRow, ...own.materials, ...own.fees, ...own.fields];
    if (!rows.every((row) => row.isValid) || own.materials.length > 60 || own.fields.length > 30) continue;

    const candidate = {
      ...itemRow.values,
      materials: own.materials.map((row) => fieldOf(row.values)),
      fees: own.fees.map((row) => fieldOf(row.values)),
      fields: own.fields.map((row) => fieldOf(row.values)),
      version: 1,
      publishedAt: '1970-01-01T00:00:00.000Z',
    };
    const parsed = serviceItemSchema.safeParse(candidate, { error: zhCN.localeError });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const place = locateSchemaIssue(issue.path, itemRow, own);
        const columns = CATALOGUE_SHEETS[place.sheet].columns as Record<string, AnyColumn>;
        const column = place.column === null ? undefined : columns[place.column];
        issues.push(
          issueAt(
            CATALOGUE_SHEETS[place.sheet].name,
            place.row.rowNumber,
            column?.header ?? null,
            place.column === null ? null : (place.row.cells[place.column] ?? null),
            issue.message,
          ),
        );
      }
      continue;
    }
    const { version: _version, publishedAt: _publishedAt, ...draft } = parsed.data;
    items.push(draft);
  }

  if (issues.length > 0) {
    const order = (sheet: string) => SHEET_KEYS.findIndex((key) => CATALOGUE_SHEETS[key].name === sheet);
    issues.sort((a, b) => order(a.sheet) - order(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
    return { ok: false, issues };
  }
  return { ok: true, items };
}

/** JSON with object keys sorted and undefined members dropped: equal values give equal text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export type ItemChange = 'new' | 'changed' | 'unchanged';

/** The fields of the draft that differ from the latest stored version (none for a new item). */
export function changedFieldsOf(draft: ItemDraft, latest: ServiceItem | undefined): (keyof ItemDraft)[] {
  if (latest === undefined) return [];
  const parsed = serviceItemSchema.safeParse(latest);
  const current: Record<string, unknown> = parsed.success ? parsed.data : {};
  return (Object.keys(draft) as (keyof ItemDraft)[]).filter(
    (key) => stableJson(draft[key]) !== stableJson(current[key]),
  );
}

export function changeOf(draft: ItemDraft, latest: ServiceItem | undefined): ItemChange {
  if (latest === undefined) return 'new';
  return changedFieldsOf(draft, latest).length > 0 ? 'changed' : 'unchanged';
}
