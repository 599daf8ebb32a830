/**
 * 月度工作情况报表 as an Excel workbook (.xlsx): the sheet 「月度汇总」 with one row per township, each followed
 * by its villages, and a 合计 row. Figures come from src/domain/statistics (computeIndicators and friends);
 * the 合计 row is combineIndicators of the township rows (rates recomputed from the counts, never averaged).
 */
import ExcelJS from 'exceljs';
import {
  combineIndicators,
  monthNameZh,
  NO_RATE_TEXT,
  type Indicators,
  type RegionFigures,
} from '../../../src/domain/statistics';

export const MONTHLY_SHEET_NAME = '月度汇总';
export const TOTAL_ROW_LABEL = '合计';

export interface MonthlyWorkbookInput {
  /** township and village rows (figuresByRegion); order does not matter */
  figuresByRegion: readonly RegionFigures[];
  /** 'YYYY-MM' */
  month: string;
  districtName: string;
}

/** The columns after 区划代码 and 名称, with how each figure is written. */
export const MONTHLY_COLUMNS = [
  { header: '受理数', value: (f: Indicators) => f.accepted, numFmt: '0' },
  { header: '办结数', value: (f: Indicators) => f.decided, numFmt: '0' },
  { header: '办结率', value: (f: Indicators) => f.completionRate, numFmt: '0.0%' },
  { header: '超期数', value: (f: Indicators) => f.overdue, numFmt: '0' },
  { header: '平均办理时长(工作日)', value: (f: Indicators) => f.averageWorkingDays, numFmt: '0.0' },
  { header: '满意率', value: (f: Indicators) => f.satisfactionRate, numFmt: '0.0%' },
  { header: '咨询数', value: (f: Indicators) => f.consultations, numFmt: '0' },
] as const;

/** Townships by code, each followed by its villages by code. */
function reportOrder(rows: readonly RegionFigures[]): RegionFigures[] {
  const sortKey = (r: RegionFigures) =>
    r.level === 'township' ? `${r.code.slice(0, 9)}-0` : `${r.code.slice(0, 9)}-1${r.code}`;
  return [...rows].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
}

function addFigureRow(
  sheet: ExcelJS.Worksheet,
  cells: readonly [string, string],
  figures: Indicators,
): ExcelJS.Row {
  const row = sheet.addRow([...cells, ...MONTHLY_COLUMNS.map((c) => c.value(figures) ?? NO_RATE_TEXT)]);
  MONTHLY_COLUMNS.forEach((column, i) => {
    const cell = row.getCell(i + 3);
    if (typeof cell.value === 'number') cell.numFmt = column.numFmt;
    else cell.alignment = { horizontal: 'right' };
  });
  return row;
}

/** The .xlsx file of the month. */
export async function buildMonthlyWorkbook(input: MonthlyWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '代办 Daiban';
  const sheet = workbook.addWorksheet(MONTHLY_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 2 }] });
  const title = `${input.districtName}${monthNameZh(input.month)}政务服务代办工作情况汇总`;
  const width = 2 + MONTHLY_COLUMNS.length;
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, width);
  sheet.getRow(1).font = { bold: true, size: 14 };
  const header = sheet.addRow(['行政区划代码', '名称', ...MONTHLY_COLUMNS.map((c) => c.header)]);
  header.font = { bold: true };
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 16 : i === 1 ? 20 : 12;
  });
  for (const region of reportOrder(input.figuresByRegion)) {
    const isTownship = region.level === 'township';
    const row = addFigureRow(sheet, [region.code, region.name], region.figures);
    if (isTownship) row.font = { bold: true };
    else row.getCell(2).alignment = { indent: 1 }; // villages indented under their township
  }
  const townships = input.figuresByRegion.filter((r) => r.level === 'township');
  const parts = townships.length > 0 ? townships : input.figuresByRegion;
  const total = addFigureRow(sheet, ['', TOTAL_ROW_LABEL], combineIndicators(parts.map((r) => r.figures)));
  total.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
