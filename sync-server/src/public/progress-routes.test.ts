import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATUS_NAMES_ZH } from '../../../src/domain/case/case-names';
import { ID_NUMBER, storeCase } from '../reports/report-test-fixtures';
import { VILLAGE_A1 } from '../store/store-contract-fixtures';
import { bodyOf, startTestApp, type TestApp } from '../test-support/test-app';
import { PROGRESS_NOT_FOUND_ZH } from './progress-lookup';
import { PROGRESS_TRIES_PER_WINDOW, PROGRESS_WINDOW_MS } from './progress-rate-limiter';

const RECEIPT = 'DB-360799101201-0001';
const ACCEPTED = 'DB-360799101201-0002';
const form = (last4: string) => ({
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: `last4=${encodeURIComponent(last4)}`,
});

describe('办事进度查询 /progress and /api/public/progress', () => {
  let t: TestApp;
  let ip = 0;
  const nextIp = () => `10.9.0.${String((ip += 1))}`;
  beforeAll(async () => {
    t = await startTestApp();
    await storeCase(t.store, 'case-p1', VILLAGE_A1, { receiptNo: RECEIPT });
    await storeCase(t.store, 'case-p2', VILLAGE_A1, {
      receiptNo: ACCEPTED,
      status: 'accepted',
      deadline: '2026-03-30',
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves a Chinese form without any script (GET), never touching the store', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/progress/${RECEIPT}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('身份证号后四位');
    expect(response.body).toContain(`action="/progress/${RECEIPT}"`);
    expect(response.body).not.toMatch(/<script/i);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers only item, status, promised date and update date for the right last4', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/progress/${RECEIPT}`,
      remoteAddress: nextIp(),
      ...form('002x'),
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('最低生活保障申请');
    expect(response.body).toContain(CASE_STATUS_NAMES_ZH.submitted);
    expect(response.body).toContain('受理后确定');
    expect(response.body).toContain('2026-03-02');
    // The receipt number the caller typed is echoed; nothing else about the case is.
    const rest = response.body.replaceAll(RECEIPT, '');
    for (const secret of ['张三', ID_NUMBER, VILLAGE_A1, '青石村']) expect(rest).not.toContain(secret);
  });

  it('gives the same answer for a wrong last4 and an unknown receipt number', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: `/progress/${RECEIPT}`,
      remoteAddress: nextIp(),
      ...form('1234'),
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: `/progress/${RECEIPT}`.replace('0001', '0009'),
      remoteAddress: nextIp(),
      ...form('002X'),
    });
    expect(wrong.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(wrong.body).toContain(PROGRESS_NOT_FOUND_ZH);
    expect(unknown.body.replaceAll('0009', '0001')).toBe(wrong.body);
  });

  it('answers JSON with the deadline, and one 404 for both failure kinds', async () => {
    const call = (receiptNo: string, last4: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/public/progress',
        remoteAddress: nextIp(),
        payload: { receiptNo, last4 },
      });
    const ok = await call(ACCEPTED, '002X');
    expect(ok.statusCode).toBe(200);
    expect(bodyOf(ok)).toEqual({
      itemName: '最低生活保障申请',
      status: 'accepted',
      statusName: '已受理',
      deadline: '2026-03-30',
      updatedOn: '2026-03-02',
    });
    const wrong = await call(ACCEPTED, '0000');
    const unknown = await call('DB-NO-SUCH-0000', '002X');
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).toBe(unknown.body);
    expect(bodyOf(wrong)).toEqual({ code: 'not_found', message: PROGRESS_NOT_FOUND_ZH });
    expect((await call(ACCEPTED, '12')).statusCode).toBe(400);
  });

  it(`limits each IP to ${String(PROGRESS_TRIES_PER_WINDOW)} tries per 15 minutes (429, Chinese page)`, async () => {
    const address = nextIp();
    const attempt = () =>
      t.app.inject({ method: 'POST', url: `/progress/${RECEIPT}`, remoteAddress: address, ...form('9999') });
    for (let i = 0; i < PROGRESS_TRIES_PER_WINDOW; i += 1) expect((await attempt()).statusCode).toBe(404);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toContain('查询次数过多');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/public/progress',
      remoteAddress: address,
      payload: { receiptNo: RECEIPT, last4: '002X' },
    });
    expect(json.statusCode).toBe(429);
    expect(bodyOf(json).code).toBe('rate_limited');
    t.clock.now += PROGRESS_WINDOW_MS + 1;
    expect((await attempt()).statusCode).toBe(404);
  });
});
