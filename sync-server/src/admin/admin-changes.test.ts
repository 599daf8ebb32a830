import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, signIn, stepDocument } from '../replication/replication-test-fixtures';
import { itemBody, startRoleApp, storeCase, type RoleApp } from '../reports/report-test-fixtures';
import { SCHEDULE, VILLAGE_A1 } from '../store/store-contract-fixtures';
import { bodyOf, PASSWORD } from '../test-support/test-app';

describe('administration: catalogue, holidays, users', () => {
  let r: RoleApp;
  beforeAll(async () => {
    r = await startRoleApp();
  });
  afterAll(async () => {
    await r.t.close();
  });
  const post = (username: string, url: string, payload: unknown) =>
    r.t.app.inject({ method: 'POST', url, headers: r.as(username), payload: payload as object });

  it('publishes a new version of an item (latest + 1, now), replicated and audited', async () => {
    const response = await post(
      'admin1',
      '/api/admin/catalogue',
      itemBody('ITEM-A', '最低生活保障申请（新版）'),
    );
    expect(response.statusCode).toBe(201);
    expect(bodyOf(response)).toMatchObject({
      code: 'ITEM-A',
      version: 3,
      publishedAt: new Date(r.t.clock.now).toISOString(),
    });
    expect((await r.t.store.getCatalogueItem('ITEM-A', 2))?.name).toBe('最低生活保障申请');
    const pull = await r.t.app.inject({
      method: 'GET',
      url: '/api/replication/catalogue/pull?seq=0&limit=500',
      headers: r.as('agent1'),
    });
    expect(pull.body).toContain('ITEM-A@3');
    expect((await r.t.store.listAudit({ target: 'catalogue:ITEM-A@3' }))[0]).toMatchObject({
      actorId: 'u-admin',
      action: 'catalogue.publish',
    });
    const fresh = await post('supervisor1', '/api/admin/catalogue', itemBody('ITEM-NEW'));
    expect(bodyOf(fresh)).toMatchObject({ code: 'ITEM-NEW', version: 1 });
  });

  it('an invalid catalogue item changes nothing (maxSeq unchanged), with a Chinese message', async () => {
    const seq = await r.t.store.maxSeq();
    const audits = (await r.t.store.listAudit()).length;
    const bad = [
      { ...itemBody('ITEM-A'), promisedDays: 99, legalDays: 10 },
      { ...itemBody('ITEM-A'), version: 7 },
      { ...itemBody('ITEM-A'), publishedAt: '2020-01-01T00:00:00.000Z' },
      { ...itemBody('ITEM-A'), name: '' },
      { ...itemBody('ITEM-A'), unknownField: 1 },
      [itemBody('ITEM-A')],
    ];
    for (const body of bad) {
      const response = await post('admin1', '/api/admin/catalogue', body);
      expect(response.statusCode).toBe(400);
      expect(bodyOf(response).code).toBe('validation_failed');
      expect(String(bodyOf(response).message)).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await r.t.store.maxSeq()).toBe(seq);
    expect(await r.t.store.listAudit()).toHaveLength(audits);
  });

  it('uploads a holiday schedule; a bad one lists its errors in Chinese and changes nothing', async () => {
    const seq = await r.t.store.maxSeq();
    const bad = await post('supervisor1', '/api/admin/holidays', {
      ...SCHEDULE,
      year: 2027,
      holidays: [{ name: '元旦', from: '2026-01-01', to: '2025-12-01' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(String(bodyOf(bad).message)).toContain('节假日安排有');
    expect((bodyOf(bad).details as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
    expect(await r.t.store.maxSeq()).toBe(seq);
    const schedule2027 = {
      year: 2027,
      source: '国务院办公厅关于2027年部分节假日安排的通知',
      publishedAt: '2026-11-04',
      holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
      workdays: [],
    };
    const ok = await post('admin1', '/api/admin/holidays', schedule2027);
    expect(ok.statusCode).toBe(201);
    expect((await r.t.store.listHolidaySchedules()).map((s) => s.year)).toContain(2027);
    expect((await r.t.store.listAudit({ target: 'holidays:2027' }))[0]?.action).toBe('holidays.upload');
  });

  it('the push path picks up an uploaded schedule (deadline computed over it)', async () => {
    // 2026-03-02 is a Monday; a schedule declaring 03-03…03-06 a holiday moves a 20-working-day deadline by 4.
    await storeCase(r.t.store, 'case-cal', VILLAGE_A1, {
      status: 'received',
      receivedAt: '2026-03-02T01:00:00.000Z',
    });
    const upload = await post('admin1', '/api/admin/holidays', {
      ...SCHEDULE,
      holidays: [...SCHEDULE.holidays, { name: '测试假期', from: '2026-03-03', to: '2026-03-06' }],
    });
    expect(upload.statusCode).toBe(201);
    const reviewer = { userId: 'u-reviewer', name: '李审核', role: 'reviewer' as const };
    const push = await post(
      'reviewer1',
      '/api/replication/actions/push',
      rowsOf(stepDocument('accept', 'case-cal', reviewer)),
    );
    expect(push.statusCode).toBe(200);
    const head = await r.t.store.getCaseHead('case-cal');
    expect(head?.head.status).toBe('accepted');
    // 20 working days from 2026-03-02 without the holiday would be 2026-03-30.
    expect(head?.head.deadline).toBe('2026-04-03');
  });

  it('creates users within its scope (password hashed, can sign in), lists them without hashes', async () => {
    const created = await post('admin1', '/api/admin/users', {
      username: 'agent-new',
      name: '新代办',
      role: 'agent',
      scope: VILLAGE_A1,
      password: PASSWORD,
    });
    expect(created.statusCode).toBe(201);
    expect(created.body).not.toContain('passwordHash');
    const id = String(bodyOf(created).id);
    expect((await r.t.store.getUserById(id))?.passwordHash).toMatch(/^scrypt/);
    expect((await signIn(r.t, 'agent-new')).token).not.toBe('');
    const list = await r.t.app.inject({ method: 'GET', url: '/api/admin/users', headers: r.as('admin1') });
    expect(list.body).toContain('agent-new');
    expect(list.body).not.toContain('scrypt');
    expect(
      (await r.t.store.listAudit({ target: `user:${id}` })).find((e) => e.action === 'user.create'),
    ).toMatchObject({
      action: 'user.create',
      details: { role: 'agent', scope: VILLAGE_A1 },
    });
  });

  it('refuses a bad or duplicate user and changes nothing', async () => {
    const seq = await r.t.store.maxSeq();
    const base = { username: 'agent-x', name: '某人', role: 'agent', scope: VILLAGE_A1, password: PASSWORD };
    for (const body of [
      { ...base, scope: '360799101' },
      { ...base, password: 'short' },
      { ...base, username: 'agent1' },
      { ...base, scope: '360799101299' },
      { ...base, passwordHash: 'x' },
    ]) {
      const response = await post('admin1', '/api/admin/users', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(await r.t.store.maxSeq()).toBe(seq);
  });

  it('disables a user: its next request is refused, audited once', async () => {
    const response = await post('admin1', '/api/admin/users/u-agent/disable', undefined);
    expect(bodyOf(response)).toEqual({ id: 'u-agent', isActive: false, wasActive: true });
    expect(bodyOf(await post('admin1', '/api/admin/users/u-agent/disable', undefined)).wasActive).toBe(false);
    const after = await r.t.app.inject({ method: 'GET', url: '/api/auth/me', headers: r.as('agent1') });
    expect(after.statusCode).toBe(401);
    const disables = (await r.t.store.listAudit({ target: 'user:u-agent' })).filter(
      (e) => e.action === 'user.disable',
    );
    expect(disables).toHaveLength(1);
    expect((await post('admin1', '/api/admin/users/u-admin/disable', undefined)).statusCode).toBe(400);
  });
});
