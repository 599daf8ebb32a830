import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseHead } from '../../../src/domain/case/case-types';
import { VILLAGE_A1, VILLAGE_A2, VILLAGE_B1 } from '../store/store-contract-fixtures';
import { bodyOf } from '../test-support/test-app';
import { startRoleApp, storeCase, type RoleApp } from '../reports/report-test-fixtures';

// The test clock stands at 2026-03-02 16:00 in China (a Monday).
const accepted = (deadline: string): Partial<CaseHead> => ({
  status: 'accepted',
  acceptedAt: '2026-02-02T02:00:00.000Z',
  deadline,
});
const rated = (level: '不满意' | '非常不满意' | '满意', evaluatedAt: string): Partial<CaseHead> => ({
  status: 'delivered',
  acceptedAt: '2026-02-02T02:00:00.000Z',
  deadline: '2026-03-20',
  decision: {
    outcome: 'approved',
    documentNo: '青岚民〔2026〕7号',
    reason: '',
    file: null,
    decidedAt: '2026-02-10T02:00:00.000Z',
  },
  evaluation: { level, reason: level === '满意' ? '' : '等待时间太长', channel: 'tablet', evaluatedAt },
});

interface OverdueBody {
  counts: { red: number; yellow: number };
  by: string;
  regions: { key: string; red: number; yellow: number; followUpsOpen: number; followUpsOverdue: number }[];
  rows: { caseId: string; kind: string; light: string; due: string; overdueWorkingDays: number }[];
}
interface FollowUpBody {
  summary: { total: number; open: number; overdue: number; closed: number; late: number };
  rows: {
    caseId: string;
    revision: number;
    followUp: { status: string; returnVisitDue: string; rectificationDue: string };
    timing: { overdue: boolean; returnVisit: { state: string } };
  }[];
}

describe('电子监察 routes', () => {
  let r: RoleApp;
  const call = (
    username: string,
    method: 'GET' | 'PUT' | 'POST',
    url: string,
    payload?: Record<string, unknown>,
  ) =>
    r.t.app.inject({ method, url, headers: r.as(username), ...(payload === undefined ? {} : { payload }) });
  const overdue = async (username: string, query = '') =>
    bodyOf(await call(username, 'GET', `/api/supervision/overdue${query}`)) as unknown as OverdueBody;
  const followUps = async (username: string, query = '') =>
    bodyOf(await call(username, 'GET', `/api/supervision/follow-ups${query}`)) as unknown as FollowUpBody;

  beforeAll(async () => {
    r = await startRoleApp();
    await storeCase(r.t.store, 'case-red', VILLAGE_A1, accepted('2026-02-26'));
    await storeCase(r.t.store, 'case-yellow', VILLAGE_A2, accepted('2026-03-03'));
    await storeCase(r.t.store, 'case-green', VILLAGE_A1, accepted('2026-03-20'));
    await storeCase(r.t.store, 'case-withdrawn', VILLAGE_A1, {
      ...accepted('2026-02-20'),
      status: 'withdrawn',
    });
    await storeCase(r.t.store, 'case-notice', VILLAGE_B1, {
      status: 'received',
      receivedAt: '2026-02-20T02:00:00.000Z',
    });
    await storeCase(r.t.store, 'case-bad', VILLAGE_A1, rated('不满意', '2026-02-26T02:00:00.000Z'));
    await storeCase(r.t.store, 'case-bad-b', VILLAGE_B1, rated('非常不满意', '2026-02-24T02:00:00.000Z'));
    await storeCase(r.t.store, 'case-good', VILLAGE_A2, rated('满意', '2026-02-26T02:00:00.000Z'));
  });
  afterAll(async () => {
    await r.t.close();
  });

  describe('thresholds (监察阈值)', () => {
    it('answers the defaults before any setting, to reviewers, supervisors and admins only', async () => {
      const response = await call('reviewer1', 'GET', '/api/supervision/thresholds');
      expect(response.statusCode).toBe(200);
      expect(bodyOf(response)).toMatchObject({
        district: '360799',
        isDefault: true,
        thresholds: { yellowWorkingDays: 2, returnVisitWorkingDays: 3, rectificationWorkingDays: 10 },
        history: [],
      });
      expect((await call('agent1', 'GET', '/api/supervision/thresholds')).statusCode).toBe(403);
      expect((await call('admin1', 'GET', '/api/supervision/thresholds')).statusCode).toBe(200);
      // The numbers in force, for every role's tablet (no history, no names).
      const inForce = await call('agent1', 'GET', '/api/supervision/thresholds/in-force');
      expect(inForce.statusCode).toBe(200);
      expect(bodyOf(inForce)).toEqual({
        district: '360799',
        isDefault: true,
        thresholds: expect.objectContaining({ yellowWorkingDays: 2 }),
      });
    });

    it('refuses a reviewer’s change, bad values and unknown fields, and changes nothing', async () => {
      expect(
        (await call('reviewer1', 'PUT', '/api/supervision/thresholds', { yellowWorkingDays: 1 })).statusCode,
      ).toBe(403);
      for (const [body, message] of [
        [{ rectificationWorkingDays: 30 }, '差评整改期限应为5到15个工作日'],
        [{ correctionNoticeDays: 6 }, '一次性告知期限不能超过5个工作日'],
        [{ yellowWorkingDays: 1.5 }, '黄灯预警天数应为整数'],
        [{ yellowWorkingDays: '2' }, ''],
        [{ redWorkingDays: 1 }, ''],
      ] as const) {
        const response = await call('supervisor1', 'PUT', '/api/supervision/thresholds', body);
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
        expect(bodyOf(response).code).toBe('validation_failed');
        expect(String(bodyOf(response).message)).toContain(message);
        expect(String(bodyOf(response).message)).toMatch(/[\u4e00-\u9fa5]/);
      }
      expect(await r.t.store.listThresholdSettings('360799')).toEqual([]);
    });

    it('keeps a supervisor’s setting, with the defaults for missing fields, and audits it', async () => {
      const response = await call('supervisor1', 'PUT', '/api/supervision/thresholds', {
        yellowWorkingDays: 3,
        returnVisitWorkingDays: 1,
      });
      expect(response.statusCode).toBe(200);
      expect(bodyOf(response)).toMatchObject({
        isDefault: false,
        thresholds: {
          yellowWorkingDays: 3,
          returnVisitWorkingDays: 1,
          rectificationWorkingDays: 10,
          correctionNoticeDays: 5,
        },
        setByName: '孙监管',
      });
      const seen = bodyOf(await call('reviewer1', 'GET', '/api/supervision/thresholds'));
      expect(seen.history).toHaveLength(1);
      expect(bodyOf(await call('agent1', 'GET', '/api/supervision/thresholds/in-force'))).toMatchObject({
        isDefault: false,
        thresholds: { yellowWorkingDays: 3, returnVisitWorkingDays: 1 },
      });
      const [entry] = (
        await r.t.store.queryAudit({ actorScope: '', action: 'supervision.thresholds', limit: 5, offset: 0 })
      ).entries;
      expect(entry).toMatchObject({ actorId: 'u-supervisor', target: 'district:360799' });
      expect(entry?.details).toMatchObject({ yellowWorkingDays: 3 });
    });
  });

  describe('overdue list (超期预警)', () => {
    it('lists red and yellow limits of open cases in the caller’s township, red first', async () => {
      const body = await overdue('reviewer1');
      expect(body.rows.map((row) => [row.caseId, row.light, row.kind])).toEqual([
        ['case-red', 'red', 'deadline'],
        ['case-yellow', 'yellow', 'deadline'],
      ]);
      expect(body.rows[0]?.overdueWorkingDays).toBeGreaterThan(0);
      expect(body.counts).toEqual({ red: 1, yellow: 1 });
      expect(body.by).toBe('village');
    });

    it('gives the supervisor the district by township, with the 一次性告知 limit and open 差评', async () => {
      const body = await overdue('supervisor1');
      expect(body.counts).toEqual({ red: 2, yellow: 1 });
      expect(body.rows.find((row) => row.caseId === 'case-notice')).toMatchObject({
        kind: 'notice',
        light: 'red',
        due: '2026-02-28',
      });
      expect(body.regions).toEqual([
        { key: '360799101', red: 1, yellow: 1, followUpsOpen: 1, followUpsOverdue: 0 },
        { key: '360799102', red: 1, yellow: 0, followUpsOpen: 1, followUpsOverdue: 1 },
      ]);
      const narrowed = await overdue('supervisor1', '?scope=360799102&light=red');
      expect(narrowed.rows.map((row) => row.caseId)).toEqual(['case-notice']);
      expect((await call('reviewer1', 'GET', '/api/supervision/overdue?scope=360799102')).statusCode).toBe(
        403,
      );
      expect((await call('agent1', 'GET', '/api/supervision/overdue')).statusCode).toBe(403);
      expect((await call('supervisor1', 'GET', '/api/supervision/overdue?light=blue')).statusCode).toBe(400);
    });

    it('follows the district’s yellow threshold', async () => {
      // yellow at ≤ 3 now (set above): case-green has 13 working days left, still green; at 0, case-yellow leaves
      expect((await overdue('reviewer1')).counts.yellow).toBe(1);
      await call('supervisor1', 'PUT', '/api/supervision/thresholds', {
        yellowWorkingDays: 0,
        returnVisitWorkingDays: 1,
      });
      expect((await overdue('reviewer1')).counts).toEqual({ red: 1, yellow: 0 });
      await call('supervisor1', 'PUT', '/api/supervision/thresholds', { yellowWorkingDays: 2 });
    });
  });

  describe('差评 follow-ups (回访整改)', () => {
    it('lists every 差评 with due dates from the thresholds in force when it was given', async () => {
      const body = await followUps('supervisor1');
      expect(body.summary).toEqual({ total: 2, open: 2, overdue: 1, closed: 0, late: 0 });
      // both 差评 predate every setting: 回访 within 3, 整改 within 10 working days (the defaults)
      expect(
        body.rows.map((row) => [row.caseId, row.followUp.returnVisitDue, row.followUp.rectificationDue]),
      ).toEqual([
        ['case-bad-b', '2026-02-27', '2026-03-09'],
        ['case-bad', '2026-03-02', '2026-03-11'],
      ]);
      expect(body.rows[0]?.timing.overdue).toBe(true);
      expect((await followUps('reviewer1')).rows.map((row) => row.caseId)).toEqual(['case-bad']);
    });

    it('records 回访, 整改 and 办结 in order, and refuses steps out of order with the Chinese reason', async () => {
      const url = '/api/supervision/follow-ups/case-bad';
      const early = await call('reviewer1', 'POST', url, { step: 'close', on: '2026-03-02', text: '' });
      expect(early.statusCode).toBe(400);
      expect(bodyOf(early)).toMatchObject({
        message: '尚未回访，不能办结',
        details: { rule: 'illegal_order' },
      });
      const visit = await call('reviewer1', 'POST', url, {
        step: 'visit',
        on: '2026-03-02',
        text: '已电话回访，申请人反映排队时间长',
      });
      expect(visit.statusCode).toBe(200);
      expect(bodyOf(visit)).toMatchObject({
        revision: 1,
        followUp: { status: 'awaiting_rectification', returnVisit: { by: '李审核', on: '2026-03-02' } },
        timing: { returnVisit: { state: 'done_on_time' } },
      });
      const again = await call('supervisor1', 'POST', url, {
        step: 'visit',
        on: '2026-03-02',
        text: '再次回访',
      });
      expect(bodyOf(again).message).toBe('已登记回访，不能重复回访');
      const fix = await call('reviewer1', 'POST', url, {
        step: 'rectification',
        on: '2026-03-02',
        by: '王所长',
        text: '增设周六窗口',
      });
      expect(bodyOf(fix)).toMatchObject({
        revision: 2,
        followUp: { status: 'rectified', rectification: { by: '王所长' } },
      });
      const close = await call('supervisor1', 'POST', url, { step: 'close', on: '2026-03-02', text: '' });
      expect(bodyOf(close)).toMatchObject({ revision: 3, followUp: { status: 'closed' } });
      expect((await followUps('reviewer1', '?status=closed')).rows.map((row) => row.caseId)).toEqual([
        'case-bad',
      ]);
      expect((await followUps('reviewer1')).rows).toEqual([]);
      const audit = await r.t.store.queryAudit({ actorScope: '', limit: 50, offset: 0 });
      const steps = audit.entries.filter((entry) => entry.action.startsWith('followup.'));
      expect(steps.map((entry) => entry.action)).toEqual([
        'followup.close',
        'followup.rectification',
        'followup.visit',
      ]);
      expect(JSON.stringify(steps)).not.toContain('排队');
    });

    it('refuses a foreign or unknown case (403), a case without 差评 (404), bad dates and texts (400)', async () => {
      const post = (username: string, caseId: string, body: Record<string, unknown>) =>
        call(username, 'POST', `/api/supervision/follow-ups/${caseId}`, body);
      const visit = { step: 'visit', on: '2026-03-02', text: '已回访' };
      expect((await post('reviewer1', 'case-bad-b', visit)).statusCode).toBe(403);
      expect((await post('reviewer1', 'no-such-case', visit)).statusCode).toBe(403);
      expect((await post('agent1', 'case-bad', visit)).statusCode).toBe(403);
      const good = await post('reviewer1', 'case-good', visit);
      expect(good.statusCode).toBe(404);
      expect(bodyOf(good).message).toContain('没有差评');
      for (const [body, message] of [
        [{ ...visit, on: '2026-03-03' }, '不能晚于今天'],
        [{ ...visit, on: '2026-02-23' }, '不能早于评价日期'],
        [{ ...visit, text: ' ' }, '请填写回访情况'],
        [{ ...visit, on: '2026-3-2' }, ''],
        [{ ...visit, step: 'approve' }, ''],
      ] as const) {
        const response = await post('supervisor1', 'case-bad-b', body);
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
        expect(String(bodyOf(response).message)).toContain(message);
      }
      expect(await r.t.store.getFollowUp('case-bad-b')).toBeNull();
    });

    it('gives a 差评 after a threshold change the new due dates, and lets one of two racing steps win', async () => {
      // returnVisitWorkingDays was 1 from the second setting on; now it is 3 again (third setting)
      r.t.clock.now = Date.parse('2026-03-02T08:10:00.000Z'); // ten minutes on: tokens still valid
      await call('supervisor1', 'PUT', '/api/supervision/thresholds', { returnVisitWorkingDays: 1 });
      await storeCase(r.t.store, 'case-bad-new', VILLAGE_A2, rated('不满意', '2026-03-02T08:20:00.000Z'));
      const row = (await followUps('reviewer1')).rows.find((x) => x.caseId === 'case-bad-new');
      expect(row?.followUp).toMatchObject({ returnVisitDue: '2026-03-03', rectificationDue: '2026-03-16' });
      const url = '/api/supervision/follow-ups/case-bad-new';
      const body = { step: 'visit', on: '2026-03-02', text: '已上门回访' };
      const [a, b] = await Promise.all([
        call('reviewer1', 'POST', url, body),
        call('supervisor1', 'POST', url, body),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 400]);
      expect((await r.t.store.getFollowUp('case-bad-new'))?.revision).toBe(1);
    });
  });
});
