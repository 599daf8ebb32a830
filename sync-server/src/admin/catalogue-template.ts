/**
 * The downloadable 事项目录 import templates: an Excel workbook (填写说明 + one sheet per table, with drop-down
 * lists for the fixed words) and the same tables as one CSV file (first column 「表」). Either may carry the
 * current catalogue as rows, so an admin edits it and imports it back: unchanged items are not republished.
 */
import ExcelJS from 'exceljs';
import { EXERCISE_LEVELS, ITEM_TYPES, type ServiceItem } from '../../../src/domain/catalogue/service-item';
import { toCsv, type CsvCell } from '../../../src/domain/exchange/csv-text';
import {
  CATALOGUE_SHEETS,
  CSV_SHEET_COLUMN,
  FIELD_TYPE_NAMES,
  INSTRUCTIONS_SHEET_NAME,
  SHEET_KEYS,
  type AnyColumn,
  type SheetKey,
} from './catalogue-sheet-columns';

export const TEMPLATE_FILE_NAME = '事项目录导入模板';

type Row = Record<string, unknown>;

/** The rows of each sheet for these items (in catalogue order; materials in checklist order). */
export function templateRows(items: readonly ServiceItem[]): Record<SheetKey, Row[]> {
  return {
    items: items.map((item) => ({ ...item })),
    materials: items.flatMap((item) => item.materials.map((m) => ({ itemCode: item.code, ...m }))),
    fees: items.flatMap((item) => item.fees.map((f) => ({ itemCode: item.code, ...f }))),
    fields: items.flatMap((item) => item.fields.map((f) => ({ itemCode: item.code, ...f }))),
  };
}

function columnsOf(sheet: SheetKey): [string, AnyColumn][] {
  return Object.entries(CATALOGUE_SHEETS[sheet].columns as Record<string, AnyColumn>);
}

function cellsOf(sheet: SheetKey, row: Row): (string | number)[] {
  return columnsOf(sheet).map(([key, c]) => c.write(row[key] as never));
}

/** Drop-down lists of the columns with fixed words (Excel shows them on the cell). */
const LISTS: Partial<Record<string, readonly string[]>> = {
  事项类型: Object.entries(ITEM_TYPES).map(([code, name]) => `${code} ${name}`),
  行使层级: Object.entries(EXERCISE_LEVELS).map(([code, name]) => `${code} ${name}`),
  办件类型: ['即办件', '承诺件'],
  办理层级: ['乡镇（街道）', '区（县）'],
  是否在办: ['是', '否'],
  材料形式: ['纸质', '电子', '纸质或电子'],
  必要性: ['必要', '非必要', '容缺'],
  来源渠道: ['申请人自备', '政府部门核发', '其他'],
  是否可减免: ['是', '否'],
  字段类型: Object.values(FIELD_TYPE_NAMES),
  是否必填: ['是', '否'],
};

const INSTRUCTIONS = [
  '每个工作表的第 1 行是列名，请不要修改列名和工作表名；从第 2 行起每行填写一条。',
  '「事项」表每行一个事项。实施编码与已有事项相同时，导入后发布该事项的新版本；新的实施编码发布为新事项。',
  '「申请材料」「收费项目」「填报字段」表按实施编码归属到事项：导入后，事项的材料、收费和字段就是这些表中的行（没有收费行的事项为免费）。',
  '文件中没有出现的事项不受影响；与当前版本完全相同的事项不会重复发布。',
  '已经开始办理的办件保留登记时的事项版本，新版本只用于之后的新办件。平板在下次同步时收到新版本。',
  '整个文件全部正确才会导入；有任何错误时不导入任何内容，并列出每个错误所在的表、行和列。',
  '列名带 * 的为必填列。',
];

function styleHeader(sheet: ExcelJS.Worksheet, columns: [string, AnyColumn][]) {
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1456B8' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 32;
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  columns.forEach(([, c], index) => {
    const column = sheet.getColumn(index + 1);
    column.width = Math.min(40, Math.max(12, c.header.length * 2 + 4));
    if (c.hint) header.getCell(index + 1).note = c.hint;
  });
}

function addValidations(sheet: ExcelJS.Worksheet, columns: [string, AnyColumn][], lastRow: number) {
  columns.forEach(([, c], index) => {
    const words = LISTS[c.header];
    if (!words) return;
    for (let r = 2; r <= lastRow; r += 1) {
      sheet.getCell(r, index + 1).dataValidation = {
        type: 'list',
        allowBlank: !c.isRequired,
        formulae: [`"${words.join(',')}"`],
        showErrorMessage: true,
        errorTitle: c.header,
        error: `请从列表中选择：${words.join('、')}`,
      };
    }
  });
}

/** The .xlsx template, with the given items as rows (none: headers only). */
export async function buildTemplateWorkbook(items: readonly ServiceItem[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '代办 Daiban';
  const guide = workbook.addWorksheet(INSTRUCTIONS_SHEET_NAME);
  guide.getColumn(1).width = 16;
  guide.getColumn(2).width = 28;
  guide.getColumn(3).width = 90;
  guide.addRow(['事项目录导入说明']).font = { bold: true, size: 14 };
  for (const line of INSTRUCTIONS) guide.addRow(['', '', line]);
  guide.addRow([]);
  guide.addRow(['工作表', '列名', '填写要求']).font = { bold: true };
  for (const key of SHEET_KEYS) {
    for (const [, c] of columnsOf(key))
      guide.addRow([CATALOGUE_SHEETS[key].name, `${c.header}${c.isRequired ? ' *' : ''}`, c.hint]);
  }
  guide.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  const rows = templateRows(items);
  for (const key of SHEET_KEYS) {
    const columns = columnsOf(key);
    const sheet = workbook.addWorksheet(CATALOGUE_SHEETS[key].name);
    sheet.addRow(columns.map(([, c]) => `${c.header}${c.isRequired ? ' *' : ''}`));
    for (const row of rows[key]) sheet.addRow(cellsOf(key, row));
    styleHeader(sheet, columns);
    addValidations(sheet, columns, rows[key].length + 200);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The CSV template: one table, the first column 「表」 naming the sheet of each row. */
export function buildTemplateCsv(items: readonly ServiceItem[]): string {
  const headers: string[] = [];
  const positions: Record<SheetKey, number[]> = { items: [], materials: [], fees: [], fields: [] };
  for (const key of SHEET_KEYS) {
    for (const [, c] of columnsOf(key)) {
      const label = `${c.header}${c.isRequired ? ' *' : ''}`;
      let index = headers.findIndex((h) => h.replace(' *', '') === c.header);
      if (index < 0) {
        headers.push(label);
        index = headers.length - 1;
      }
      positions[key].push(index);
    }
  }
  const rows = templateRows(items);
  const lines: CsvCell[][] = [];
  for (const key of SHEET_KEYS) {
    for (const row of rows[key]) {
      const cells: CsvCell[] = headers.map(() => null);
      cellsOf(key, row).forEach((value, i) => {
        cells[positions[key][i] ?? 0] = value;
      });
      lines.push([CATALOGUE_SHEETS[key].name, ...cells]);
    }
  }
  return toCsv([CSV_SHEET_COLUMN, ...headers], lines);
}
