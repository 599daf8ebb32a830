/**
 * Done-when of the dashboards and the monthly report: the figures the real server answers for the demo
 * district (as `npm start` seeds it) equal figures computed here independently, with plain loops over the
 * demo history (tests/support/demo-figures.ts, not src/domain/statistics); the monthly workbook, read back
 * with exceljs, has the same totals; the case-list CSV applies its filters, stays within the caller's
 * jurisdiction and masks every ID number.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS } from '../../src/demo';
import {
  demoDataAsSeeded,
  plainFigures,
  plainRates,
  type DemoData,
  type PlainFigures,
} from '../support/demo-figures';
import { serverApi, signInByApi } from '../support/server-api';
import { startServer, type ServerProcess } from '../support/server-process';

const MONTH = { from: '2026-10-01', to: '2026-10-31' };

interface ApiFigures {
  accepted: number;
  decided: number;
  overdue: number;
  ratings: number;
  consultations: number;
  completionRate: number | null;
  averageWorkingDays: number | null;
  satisfactionRate: number | null;
}
interface IndicatorsBody {
  today: string;
  total: ApiFigures;
  rows?: { key: string; figures: ApiFigures }[];
}

/** A rate as answered (number, null, or the workbook's '—') against the plain one (null: no denominator). */
function expectRate(actual: unknown, expected: number | null, label: string): void {
  if (expected === null) expect([null, '—'], label).toContain(actual);
  else expect(Number(actual), label).toBeCloseTo(expected, 10);
}

function expectSameFigures(api: ApiFigures, plain: PlainFigures, label: string): void {
  const rates = plainRates(plain);
  expect(
    {
      受理数: api.accepted,
      办结数: api.decided,
      超期数: api.overdue,
      评价数: api.ratings,
      咨询数: api.consultations,
    },
    label,
  ).toEqual({
    受理数: plain.accepted,
    办结数: plain.decided,
    超期数: plain.overdue,
    评价数: plain.ratings,
    咨询数: plain.consultations,
  });
  expectRate(api.completionRate, rates.completionRate, `${label} 办结率`);
  expectRate(api.satisfactionRate, rates.satisfactionRate, `${label} 满意率`);
  expectRate(
    api.averageWorkingDays,
    plain.decided === 0 ? null : plain.workingDays / plain.decided,
    `${label} 平均办理时长`,
  );
}

describe('dashboard and report figures against the seeded demo district', () => {
  let server: ServerProcess;
  let data: DemoData;
  let supervisorToken: string;
  let today: string;
  const township = DEMO_LOGINS.find((login) => login.role === 'reviewer');

  beforeAll(async () => {
    server = await startServer();
    data = demoDataAsSeeded();
    supervisorToken = (await signInByApi(server, 'qu01', 'dashboard figures test')).accessToken;
    today = (
      await serverApi<IndicatorsBody>(server, `/api/reports/indicators?from=${MONTH.from}&to=${MONTH.to}`, {
        token: supervisorToken,
      })
    ).today;
  });
  afterAll(async () => server?.dispose());

  it('answers the district’s October figures as the plain count of the demo history', async () => {
    const body = await serverApi<IndicatorsBody>(
      server,
      `/api/reports/indicators?from=${MONTH.from}&to=${MONTH.to}&by=township`,
      { token: supervisorToken },
    );
    const district = plainFigures(data, { ...MONTH, today, scope: '360799' });
    expect(district.accepted).toBeGreaterThan(300);
    expect(district.ratings).toBeGreaterThan(100);
    expectSameFigures(body.total, district, 'district');
    // drill-down: every township row equals the plain count of that township
    expect(body.rows).toHaveLength(18);
    for (const row of body.rows ?? [])
      expectSameFigures(row.figures, plainFigures(data, { ...MONTH, today, scope: row.key }), row.key);
  });

  it('answers one township’s figures to its reviewer, month by month and village by village', async () => {
    const scope = township?.scope ?? '';
    const { accessToken } = await signInByApi(server, township?.username ?? '', 'dashboard figures test');
    const months = await serverApi<IndicatorsBody>(
      server,
      `/api/reports/indicators?from=2026-08-01&to=2026-11-30&by=month`,
      { token: accessToken },
    );
    expect(months.rows?.map((row) => row.key)).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
    for (const row of months.rows ?? []) {
      const to = row.key === '2026-09' || row.key === '2026-11' ? '30' : '31';
      const plain = plainFigures(data, { from: `${row.key}-01`, to: `${row.key}-${to}`, today, scope });
      expect(row.figures.accepted, row.key).toBe(plain.accepted);
      expect(row.figures.decided, row.key).toBe(plain.decided);
      expect(row.figures.consultations, row.key).toBe(plain.consultations);
      expectRate(row.figures.satisfactionRate, plainRates(plain).satisfactionRate, row.key);
    }
    const villages = await serverApi<IndicatorsBody>(
      server,
      `/api/reports/indicators?from=${MONTH.from}&to=${MONTH.to}&by=village`,
      { token: accessToken },
    );
    expect(villages.rows?.every((row) => row.key.startsWith(scope))).toBe(true);
    for (const row of villages.rows ?? [])
      expectSameFigures(row.figures, plainFigures(data, { ...MONTH, today, scope: row.key }), row.key);
  });

  it('writes the monthly workbook with the same totals, read back with exceljs', async () => {
    const response = await fetch(`${server.url}/api/reports/monthly.xlsx?month=2026-10`, {
      headers: { authorization: `Bearer ${supervisorToken}` },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('月度汇总');
    if (sheet === undefined) throw new Error('sheet 月度汇总 missing');
    const header = (sheet.getRow(2).values as unknown[]).slice(1).map(String);
    const column = (name: string) => header.indexOf(name) + 1;
    const rowOf = (label: string) => {
      for (let i = 3; i <= sheet.rowCount; i++) {
        const row = sheet.getRow(i);
        if (row.getCell(1).value === label || row.getCell(2).value === label) return row;
      }
      throw new Error(`no row ${label}`);
    };
    const check = (row: ExcelJS.Row, plain: PlainFigures, label: string) => {
      const rates = plainRates(plain);
      expect(row.getCell(column('受理数')).value, label).toBe(plain.accepted);
      expect(row.getCell(column('办结数')).value, label).toBe(plain.decided);
      expect(row.getCell(column('超期数')).value, label).toBe(plain.overdue);
      expect(row.getCell(column('咨询数')).value, label).toBe(plain.consultations);
      expectRate(row.getCell(column('办结率')).value, rates.completionRate, `${label} 办结率`);
      expectRate(row.getCell(column('满意率')).value, rates.satisfactionRate, `${label} 满意率`);
    };
    check(rowOf('合计'), plainFigures(data, { ...MONTH, today, scope: '360799' }), '合计');
    const someTownship = data.district.townships[7];
    const someVillage = data.district.villages[100];
    if (someTownship === undefined || someVillage === undefined) throw new Error('demo district too small');
    check(
      rowOf(someTownship.code),
      plainFigures(data, { ...MONTH, today, scope: someTownship.code.slice(0, 9) }),
      someTownship.name,
    );
    check(
      rowOf(someVillage.code),
      plainFigures(data, { ...MONTH, today, scope: someVillage.code }),
      someVillage.name,
    );
    // one row per township and village, plus the title, the header and 合计
    expect(sheet.rowCount).toBe(2 + data.district.townships.length + data.district.villages.length + 1);
  });

  it('exports the case list CSV with its filters, within the reviewer’s township, ID numbers masked', async () => {
    const { accessToken } = await signInByApi(server, township?.username ?? '', 'dashboard figures test');
    const scope = township?.scope ?? '';
    const response = await fetch(
      `${server.url}/api/reports/cases.csv?status=archived&from=${MONTH.from}&to=${MONTH.to}`,
      { headers: { authorization: `Bearer ${accessToken}` } },
    );
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split('\r\n');
    const expected = data.heads.filter((head) => {
      const submittedOn = new Date(Date.parse(head.submittedAt) + 8 * 3_600_000).toISOString().slice(0, 10);
      return (
        head.regionCode.startsWith(scope) &&
        head.status === 'archived' &&
        submittedOn >= MONTH.from &&
        submittedOn <= MONTH.to
      );
    });
    expect(expected.length).toBeGreaterThan(5);
    expect(lines).toHaveLength(1 + expected.length);
    const body = lines.join('\n');
    for (const head of data.heads) {
      if (head.applicant.kind === 'person') expect(body).not.toContain(head.applicant.idNumber);
    }
    expect(lines.slice(1).every((line) => line.includes(`,${expected[0]?.regionCode.slice(0, 9)}`))).toBe(
      true,
    );
  });
});
