import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoDistrict } from '../../../src/demo/demo-district';
import { foldDemoHistory, generateDemoHistory } from '../../../src/demo/demo-history';
import { createOfficialWorkingDayCalendar } from '../../../src/domain/calendar/official-schedules';
import {
  computeIndicators,
  figuresByRegion,
  type IndicatorInput,
  type Indicators,
  type NamedRegion,
} from '../../../src/domain/statistics';
import { DEFAULT_SUPERVISION_THRESHOLDS } from '../../../src/domain/supervision/supervision-thresholds';
import { buildMonthlyWorkbook, MONTHLY_COLUMNS, MONTHLY_SHEET_NAME, TOTAL_ROW_LABEL } from './excel-report';

const calendar = createOfficialWorkingDayCalendar();
const district = generateDemoDistrict();
const regions: NamedRegion[] = [
  ...district.townships.map((r) => ({ code: r.code, name: r.name, level: 'township' as const })),
  ...district.villages.map((r) => ({ code: r.code, name: r.name, level: 'village' as const })),
];
let input: IndicatorInput;
let sheet: ExcelJS.Worksheet;

beforeAll(async () => {
  const history = generateDemoHistory({ seed: 20261123, district, months: 4, endDate: '2026-11-20' });
  const { heads } = foldDemoHistory(history.events, calendar);
  input = {
    heads,
    consultations: history.consultations,
    period: { from: '2026-10-01', to: '2026-10-31' },
    calendar,
    today: '2026-11-20',
    thresholds: DEFAULT_SUPERVISION_THRESHOLDS,
  };
  const buffer = await buildMonthlyWorkbook({
    figuresByRegion: figuresByRegion(input, regions),
    month: '2026-10',
    districtName: '青岚区',
  });
  const workbook = new ExcelJS.Workbook();
  // exceljs types load() with its own ArrayBuffer-based Buffer: hand it the bytes as an ArrayBuffer
  await workbook.xlsx.load(Uint8Array.from(buffer).buffer);
  const found = workbook.getWorksheet(MONTHLY_SHEET_NAME);
  if (found === undefined) throw new Error('sheet 月度汇总 missing');
  sheet = found;
});

function rowValues(row: ExcelJS.Row): unknown[] {
  return Array.from({ length: 2 + MONTHLY_COLUMNS.length }, (_, i) => row.getCell(i + 1).value);
}

function expectedCells(f: Indicators): unknown[] {
  return MONTHLY_COLUMNS.map((c) => c.value(f) ?? '—');
}

describe('buildMonthlyWorkbook', () => {
  it('has a title, a header and one row per township and village, townships first in their group', () => {
    expect(String(sheet.getCell(1, 1).value)).toBe('青岚区2026年10月政务服务代办工作情况汇总');
    expect(rowValues(sheet.getRow(2))).toEqual([
      '行政区划代码',
      '名称',
      ...MONTHLY_COLUMNS.map((c) => c.header),
    ]);
    expect(sheet.rowCount).toBe(2 + 18 + 272 + 1);
    expect(sheet.getCell(3, 1).value).toBe(district.townships[0]?.code);
    expect(String(sheet.getCell(4, 1).value).slice(0, 9)).toBe(district.townships[0]?.code.slice(0, 9));
  });

  it('has a 合计 row equal to computeIndicators over the same demo history', () => {
    const total = sheet.getRow(sheet.rowCount);
    expect(total.getCell(2).value).toBe(TOTAL_ROW_LABEL);
    const whole = computeIndicators(input);
    expect(whole.accepted).toBeGreaterThan(100);
    expect(rowValues(total).slice(2)).toEqual(expectedCells(whole));
  });

  it('writes each township row as computeIndicators with the township as scope', () => {
    const township = district.townships[4];
    if (township === undefined) throw new Error('no township');
    const row = sheet.getColumn(1).values.findIndex((v) => v === township.code);
    const figures = computeIndicators({ ...input, scope: township.code.slice(0, 9) });
    expect(rowValues(sheet.getRow(row)).slice(2)).toEqual(expectedCells(figures));
    expect(sheet.getRow(row).getCell(5).numFmt).toBe('0.0%');
  });
});
