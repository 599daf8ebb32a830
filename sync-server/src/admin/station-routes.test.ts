import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES_ZH } from '../http/api-error';
import { startRoleApp, type RoleApp } from '../reports/report-test-fixtures';
import { TOWNSHIP_A, VILLAGE_A1 } from '../store/store-contract-fixtures';
import { bodyOf } from '../test-support/test-app';

const FORBIDDEN_BODY = { code: 'forbidden', message: ERROR_MESSAGES_ZH.forbidden };

describe('stations, holiday list and audit actors', () => {
  let r: RoleApp;
  beforeAll(async () => {
    r = await startRoleApp();
  });
  afterAll(async () => {
    await r.t.close();
  });
  const get = (username: string, url: string) =>
    r.t.app.inject({ method: 'GET', url, headers: r.as(username) });
  const post = (username: string, url: string, payload: object) =>
    r.t.app.inject({ method: 'POST', url, headers: r.as(username), payload });
  const expectForbidden = (response: LightMyRequestResponse) => {
    expect(response.statusCode).toBe(403);
    expect(JSON.parse(response.body)).toEqual(FORBIDDEN_BODY);
  };

  it('lists the stations of the admin’s district with their agents and devices', async () => {
    const response = await get('admin1', '/api/admin/stations');
    expect(response.statusCode).toBe(200);
    const body = bodyOf(response) as {
      townships: { code: string }[];
      stations: { code: string; name: string; agents: number; activeAgents: number; devices: number }[];
    };
    expect(body.townships.map((t) => t.code)).toContain(TOWNSHIP_A);
    const station = body.stations.find((s) => s.code === VILLAGE_A1);
    // agent1 (signed in: one device) and the disabled fixture agent
    expect(station).toMatchObject({ name: '青石村', agents: 2, activeAgents: 1, devices: 1 });
    expect(response.body).not.toContain('360800101201');
  });

  it('registers a station (kind from its code), replicated and audited; refuses bad ones and changes nothing', async () => {
    const seq = await r.t.store.maxSeq();
    for (const [body, message] of [
      [{ code: '360799101000', name: '某村' }, /第 10 至 12 位不能是 000/],
      [{ code: '360799101999', name: '某村' }, /超出范围/],
      [{ code: '360799109201', name: '某村' }, /乡镇（街道）360799109 尚未登记/],
      [{ code: VILLAGE_A1, name: '某村' }, /已经登记/],
      [{ code: '360799101203', name: '' }, /请填写服务站名称/],
      [{ code: '36079910120', name: '某村' }, /12 位数字/],
    ] as const) {
      const response = await post('admin1', '/api/admin/stations', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(String(bodyOf(response).message)).toMatch(message);
    }
    expectForbidden(await post('admin1', '/api/admin/stations', { code: '360800101203', name: '外区村' }));
    expect(await r.t.store.maxSeq()).toBe(seq);

    const created = await post('admin1', '/api/admin/stations', { code: '360799101105', name: '新区社区' });
    expect(created.statusCode).toBe(201);
    expect(bodyOf(created)).toEqual({
      code: '360799101105',
      name: '新区社区',
      level: 'village',
      parentCode: TOWNSHIP_A,
      kind: '社区',
    });
    const pull = await get('agent1', '/api/replication/regions/pull?seq=0&limit=500');
    expect(pull.body).not.toContain('新区社区'); // another village: not the agent's
    const reviewerPull = await get('reviewer1', '/api/replication/regions/pull?seq=0&limit=500');
    expect(reviewerPull.body).toContain('新区社区');
    expect((await r.t.store.listAudit({ target: 'region:360799101105' }))[0]?.action).toBe('station.create');
  });

  it('renames a station; an unknown or foreign one answers the same 404', async () => {
    const renamed = await post('admin1', `/api/admin/stations/${VILLAGE_A1}`, { name: '青石村（新）' });
    expect(renamed.statusCode).toBe(200);
    expect((await r.t.store.getRegion(VILLAGE_A1))?.name).toBe('青石村（新）');
    expect((await r.t.store.listAudit({ target: `region:${VILLAGE_A1}` }))[0]?.action).toBe('station.rename');
    const foreign = await post('admin1', '/api/admin/stations/360800101201', { name: 'x' });
    const unknown = await post('admin1', '/api/admin/stations/360799101299', { name: 'x' });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).toBe(unknown.body);
  });

  it('lists the stored holiday schedules and the accounts that can appear in the audit log', async () => {
    await post('admin1', '/api/admin/holidays', {
      year: 2027,
      source: '国务院办公厅关于2027年部分节假日安排的通知',
      publishedAt: '2026-11-04',
      holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01' }],
      workdays: [],
    });
    const holidays = await get('supervisor1', '/api/admin/holidays');
    expect(holidays.statusCode).toBe(200);
    const schedules = (bodyOf(holidays).schedules as { year: number; schedule: { source: string } }[]).map(
      (s) => [s.year, s.schedule.source],
    );
    expect(schedules).toContainEqual([2027, '国务院办公厅关于2027年部分节假日安排的通知']);

    const actors = await get('supervisor1', '/api/admin/audit/actors');
    expect(actors.statusCode).toBe(200);
    expect(actors.body).toContain('agent1');
    expect(actors.body).not.toContain('far1');
    expect(actors.body).not.toContain('passwordHash');
  });

  it('keeps stations to admins and the other new endpoints to admins and supervisors', async () => {
    for (const username of ['agent1', 'reviewer1', 'supervisor1']) {
      expectForbidden(await get(username, '/api/admin/stations'));
      expectForbidden(await post(username, '/api/admin/stations', { code: '360799101204', name: '某村' }));
      expectForbidden(await post(username, `/api/admin/stations/${VILLAGE_A1}`, { name: 'x' }));
    }
    for (const username of ['agent1', 'reviewer1']) {
      for (const url of [
        '/api/admin/holidays',
        '/api/admin/audit/actors',
        '/api/admin/catalogue/import-template.xlsx',
        '/api/admin/catalogue/import-template.csv',
        '/api/admin/catalogue/ITEM-A/versions',
      ])
        expectForbidden(await get(username, url));
      expectForbidden(
        await post(username, '/api/admin/catalogue/import', {
          fileName: 'a.csv',
          contentBase64: 'YQ==',
          mode: 'check',
        }),
      );
    }
    for (const url of ['/api/admin/stations', '/api/admin/audit/actors', '/api/admin/holidays']) {
      const response = await r.t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(401);
    }
  });
});
