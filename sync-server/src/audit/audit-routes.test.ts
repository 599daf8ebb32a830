import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ID_NUMBER, startRoleApp, storeCase, type RoleApp } from '../reports/report-test-fixtures';
import { VILLAGE_A1 } from '../store/store-contract-fixtures';
import { bodyOf } from '../test-support/test-app';

describe('POST /api/audit/reveal and GET /api/admin/audit', () => {
  let r: RoleApp;
  beforeAll(async () => {
    r = await startRoleApp();
    await storeCase(r.t.store, 'case-reveal', VILLAGE_A1);
  });
  afterAll(async () => {
    await r.t.close();
  });

  const reveal = (username: string, payload: unknown) =>
    r.t.app.inject({
      method: 'POST',
      url: '/api/audit/reveal',
      headers: r.as(username),
      payload: payload as object,
    });

  it('records who revealed which field of which case, and nothing personal', async () => {
    expect((await reveal('agent1', { caseId: 'case-reveal', field: 'idNumber' })).statusCode).toBe(204);
    const [entry] = await r.t.store.listAudit({ target: 'case:case-reveal' });
    expect(entry).toMatchObject({
      actorId: 'u-agent',
      action: 'case.reveal',
      details: { field: 'idNumber' },
    });
    expect(JSON.stringify(entry)).not.toContain(ID_NUMBER);
    expect(JSON.stringify(entry)).not.toContain('张三');
  });

  it('records who opened which case, and when on the device (sent later from offline)', async () => {
    const payload = { caseId: 'case-reveal', field: 'case', at: '2026-03-02T09:15:00+08:00' };
    expect((await reveal('reviewer1', payload)).statusCode).toBe(204);
    const [entry] = await r.t.store.listAudit({ target: 'case:case-reveal' });
    expect(entry).toMatchObject({
      actorId: 'u-reviewer',
      action: 'case.view',
      details: { deviceTime: '2026-03-02T01:15:00.000Z' },
    });
    expect(JSON.stringify(entry)).not.toContain('张三');
  });

  it('refuses a bad body with 400 and writes nothing', async () => {
    const before = (await r.t.store.listAudit({ target: 'case:case-reveal' })).length;
    for (const body of [
      { caseId: 'case-reveal', field: 'name' },
      { caseId: 'case-reveal' },
      { caseId: 'case-reveal', field: 'phone', x: 1 },
      { caseId: 'case-reveal', field: 'case', at: 'yesterday' },
    ])
      expect((await reveal('agent1', body)).statusCode).toBe(400);
    expect(await r.t.store.listAudit({ target: 'case:case-reveal' })).toHaveLength(before);
  });

  it('pages and filters the audit log by action, actor and time', async () => {
    for (let i = 0; i < 3; i += 1) await reveal('reviewer1', { caseId: 'case-reveal', field: 'phone' });
    const get = (query: string) =>
      r.t.app.inject({ method: 'GET', url: `/api/admin/audit?${query}`, headers: r.as('admin1') });
    const page = bodyOf(await get('action=case.reveal&pageSize=2&page=1'));
    expect(page).toMatchObject({ total: 4, page: 1, pageSize: 2 });
    expect(page.entries).toHaveLength(2);
    expect((bodyOf(await get('action=case.reveal&pageSize=2&page=2')).entries as unknown[]).length).toBe(2);
    expect(bodyOf(await get('actor=u-agent&action=case.reveal')).total).toBe(1);
    expect(bodyOf(await get('from=2026-03-03')).total).toBe(0);
    expect(bodyOf(await get('from=2026-03-02&to=2026-03-03&action=case.reveal')).total).toBe(4);
    expect((await get('from=yesterday')).statusCode).toBe(400);
    expect((await get('pageSize=1000')).statusCode).toBe(400);
  });
});
