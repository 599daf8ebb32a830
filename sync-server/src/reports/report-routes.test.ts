import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskResidentId } from '../../../src/domain/identity/mask';
import { VILLAGE_A1, VILLAGE_A2, VILLAGE_B1 } from '../store/store-contract-fixtures';
import { bodyOf } from '../test-support/test-app';
import { MONTHLY_SHEET_NAME } from './excel-report';
import { ID_NUMBER, startRoleApp, storeCase, type RoleApp } from './report-test-fixtures';

const ACCEPTED_AT = '2026-03-03T02:00:00.000Z';

describe('reports and exchange exports', () => {
  let r: RoleApp;
  const get = (username: string, url: string) =>
    r.t.app.inject({ method: 'GET', url, headers: r.as(username) });

  beforeAll(async () => {
    r = await startRoleApp();
    await storeCase(r.t.store, 'case-a1', VILLAGE_A1, {
      status: 'accepted',
      acceptedAt: ACCEPTED_AT,
      deadline: '2026-03-31',
    });
    await storeCase(r.t.store, 'case-a2', VILLAGE_A2);
    await storeCase(r.t.store, 'case-b1', VILLAGE_B1);
  });
  afterAll(async () => {
    await r.t.close();
  });

  it('computes the indicators of the caller’s scope, grouped on request', async () => {
    const url = '/api/reports/indicators?from=2026-03-01&to=2026-03-31';
    const district = bodyOf(await get('supervisor1', `${url}&by=township`));
    expect(district).toMatchObject({ scope: '360799', period: { from: '2026-03-01', to: '2026-03-31' } });
    expect(district.total).toMatchObject({ submitted: 3, accepted: 1 });
    expect((district.rows as { key: string }[]).map((row) => row.key)).toEqual(['360799101', '360799102']);
    const township = bodyOf(await get('reviewer1', url));
    expect(township.total).toMatchObject({ submitted: 2, accepted: 1 });
    expect(township.rows).toBeUndefined();
    const drill = bodyOf(await get('supervisor1', `${url}&scope=360799102&by=village`));
    expect(drill.total).toMatchObject({ submitted: 1, accepted: 0 });
  });

  it('refuses a bad period or parameter with 400 validation_failed in Chinese', async () => {
    for (const query of [
      'from=2026-03-31&to=2026-03-01',
      'from=2026-3-1&to=2026-03-31',
      'from=2026-03-01&to=2026-03-31&by=year',
      'from=2026-03-01&to=2026-03-31&x=1',
    ]) {
      const response = await get('supervisor1', `/api/reports/indicators?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(bodyOf(response).code).toBe('validation_failed');
      expect(String(bodyOf(response).message)).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('serves the monthly workbook with a Chinese RFC 5987 file name', async () => {
    const response = await get('supervisor1', '/api/reports/monthly.xlsx?month=2026-03');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const disposition = String(response.headers['content-disposition']);
    expect(disposition).toContain('filename="report-360799-2026-03.xlsx"');
    expect(disposition).toContain(
      `filename*=UTF-8''${encodeURIComponent('青岚区2026年03月工作情况报表.xlsx')}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(MONTHLY_SHEET_NAME);
    const names: unknown[] = [];
    sheet?.eachRow((row) => names.push(row.getCell(2).value));
    expect(names).toEqual(expect.arrayContaining(['河口镇', '青石村', '柳湾镇', '合计']));
    expect((await get('supervisor1', '/api/reports/monthly.xlsx?month=2026-13')).statusCode).toBe(400);
  });

  it('exports the case list as CSV with a BOM, ID numbers masked, filtered', async () => {
    const response = await get('reviewer1', '/api/reports/cases.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.body.startsWith('\uFEFF收件凭证编号')).toBe(true);
    expect(response.body).toContain(maskResidentId(ID_NUMBER));
    expect(response.body).not.toContain(ID_NUMBER);
    expect(response.body).not.toContain('case-b1'.toUpperCase());
    const accepted = await get('reviewer1', '/api/reports/cases.csv?status=accepted&overdue=false');
    expect(accepted.body.trim().split('\r\n')).toHaveLength(2);
    const none = await get('reviewer1', '/api/reports/cases.csv?from=2026-04-01');
    expect(none.body.trim().split('\r\n')).toHaveLength(1);
  });

  it('reveals ID numbers only to a supervisor who asks, and audits it without personal data', async () => {
    const refused = await get('reviewer1', '/api/reports/cases.csv?reveal=true');
    expect(refused.statusCode).toBe(403);
    const before = await r.t.store.queryAudit({
      actorScope: '',
      action: 'export.reveal',
      limit: 10,
      offset: 0,
    });
    const revealed = await get('supervisor1', '/api/reports/cases.csv?reveal=true');
    expect(revealed.statusCode).toBe(200);
    expect(revealed.body).toContain(ID_NUMBER);
    const after = await r.t.store.queryAudit({
      actorScope: '',
      action: 'export.reveal',
      limit: 10,
      offset: 0,
    });
    expect(after.total).toBe(before.total + 1);
    expect(after.entries[0]).toMatchObject({ actorId: 'u-supervisor', target: 'export:reports/cases.csv' });
    expect(JSON.stringify(after.entries[0])).not.toContain(ID_NUMBER);
  });

  it('exports the GB/T 39046 layout as JSON and CSV, masked by default', async () => {
    const json = await get('reviewer1', '/api/exchange/cases.json');
    expect(json.statusCode).toBe(200);
    const document = bodyOf(json);
    expect(document.标准).toBe('GB/T 39046-2020');
    expect(document.办件).toHaveLength(2);
    expect(json.body).not.toContain(ID_NUMBER);
    const csv = await get('supervisor1', '/api/exchange/cases.csv');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    expect(csv.body).not.toContain(ID_NUMBER);
    expect(String(csv.headers['content-disposition'])).toContain(encodeURIComponent('办件基本信息.csv'));
    const steps = await get('supervisor1', '/api/exchange/cases.csv?table=steps');
    expect(steps.statusCode).toBe(200);
    const revealed = await get('supervisor1', '/api/exchange/cases.json?reveal=true');
    expect(revealed.body).toContain(ID_NUMBER);
    expect((await get('supervisor1', '/api/exchange/cases.csv?table=nope')).statusCode).toBe(400);
  });
});
