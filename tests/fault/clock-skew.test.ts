/**
 * Fault: tablets whose clocks are 3 days fast or 3 days slow (村里的平板时间常常不准). Two agents and the two
 * reviewers of 北陂镇 work two cases through 登记 → 收件 → 受理 with skewed `clientTime`s. Against the real
 * server: actions are ordered as the server received them (seq), never by the devices' clocks; every
 * time on the actions and the heads is the server's; the 承诺办结日期 (deadline) counts from the server's
 * date of 受理; the devices' times are kept as sent (shown, never used); and every tablet ends up holding
 * the server's heads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDateOf, createOfficialWorkingDayCalendar } from '../../src/domain/calendar';
import { startServer, type ServerProcess } from '../support/server-process';
import { openSyncTestClient, type SyncTestClient, type SyncedDoc } from '../support/sync-test-client';
import { serverDocuments, stepBy, submitBy, waitFor } from './fault-helpers';

const DAY_MS = 86_400_000;
const SKEW_MS = 3 * DAY_MS;
/** 承诺时限 of the fixture item (最低生活保障申请, 承诺件): 10 working days. */
const PROMISED_DAYS = 10;

describe('tablet clocks 3 days fast or slow', () => {
  let server: ServerProcess;
  const clients: SyncTestClient[] = [];

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await server?.dispose();
  });

  it('orders by the server, takes every time and the deadline from the server clock', async () => {
    const open = (username: string, clockOffsetMs: number) =>
      openSyncTestClient({ baseUrl: server.url, username, clockOffsetMs });
    const [agentFast, agentSlow, reviewerSlow, reviewerFast] = await Promise.all([
      open('cun042', +SKEW_MS),
      open('cun043', -SKEW_MS),
      open('zhen05a', -SKEW_MS),
      open('zhen05b', +SKEW_MS),
    ]);
    if (!agentFast || !agentSlow || !reviewerSlow || !reviewerFast) throw new Error('clients not opened');
    clients.push(agentFast, agentSlow, reviewerSlow, reviewerFast);

    const startedAt = Date.now();
    /** Writes one action and waits until the server's verdict is back on the device: a strict order. */
    const act = async (client: SyncTestClient, doc: SyncedDoc) => {
      await client.actions.insert(doc);
      await waitFor(`${String(doc.type)} by ${client.actor.name} accepted`, async () => {
        const stored = await client.actions.findOne(doc.id).exec();
        return stored?.get('status') === 'accepted';
      });
      return doc;
    };
    const caseA = await act(agentFast, submitBy(agentFast.actor, agentFast.deviceNow()));
    const caseB = await act(agentSlow, submitBy(agentSlow.actor, agentSlow.deviceNow()));
    const headOf = async (client: SyncTestClient, caseId: string) => {
      await waitFor(
        'the reviewer holds the case',
        async () => (await client.heads.findOne(caseId).exec()) !== null,
      );
      return (await client.heads.findOne(caseId).exec())?.toJSON() as SyncedDoc;
    };
    const step = async (type: 'receive' | 'accept', reviewer: SyncTestClient, submit: SyncedDoc) => {
      const caseId = String(submit.caseId);
      const head = await headOf(reviewer, caseId);
      return act(
        reviewer,
        stepBy(type, reviewer.actor, caseId, String(head.regionCode), reviewer.deviceNow()),
      );
    };
    const pushed = [
      caseA,
      caseB,
      await step('receive', reviewerSlow, caseA),
      await step('receive', reviewerFast, caseB),
      await step('accept', reviewerFast, caseB),
      await step('accept', reviewerSlow, caseA),
    ];
    const finishedAt = Date.now();

    // The devices' clocks would order these differently: the test means something.
    const byClientTime = [...pushed].sort(
      (a, b) => Date.parse(String(a.clientTime)) - Date.parse(String(b.clientTime)),
    );
    expect(byClientTime.map((doc) => doc.id)).not.toEqual(pushed.map((doc) => doc.id));

    // Server order (seq) is the order of arrival; every time is the server's, the device's is kept as sent.
    const pushedIds = new Set(pushed.map((doc) => doc.id));
    const stored = (await serverDocuments(server, 'zhen05a', 'actions')).filter((doc) =>
      pushedIds.has(doc.id),
    );
    expect(stored.map((doc) => doc.id)).toEqual(pushed.map((doc) => doc.id));
    const serverTimes = stored.map((doc) => Date.parse(String(doc.serverTime)));
    expect(serverTimes).toEqual([...serverTimes].sort((a, b) => a - b));
    for (const [index, doc] of stored.entries()) {
      expect(doc.status).toBe('accepted');
      expect(Date.parse(String(doc.serverTime))).toBeGreaterThanOrEqual(startedAt - 1_000);
      expect(Date.parse(String(doc.serverTime))).toBeLessThanOrEqual(finishedAt + 1_000);
      expect(doc.clientTime).toBe(pushed[index]?.clientTime);
      const skew = Math.abs(Date.parse(String(doc.clientTime)) - Date.parse(String(doc.serverTime)));
      expect(skew).toBeGreaterThan(SKEW_MS - 60_000);
    }

    // Heads: 登记/收件/受理 times from the server; the deadline counts from the server's date of 受理.
    const calendar = createOfficialWorkingDayCalendar();
    const heads = await serverDocuments(server, 'zhen05a', 'caseHeads');
    for (const submit of [caseA, caseB]) {
      const head = heads.find((candidate) => candidate.id === submit.caseId);
      if (!head) throw new Error(`no head for ${String(submit.caseId)}`);
      const actionsOfCase = stored.filter((doc) => doc.caseId === submit.caseId);
      const serverTimeOf = (type: string) => actionsOfCase.find((doc) => doc.type === type)?.serverTime;
      expect(head.status).toBe('accepted');
      expect(head.submittedAt).toBe(serverTimeOf('submit'));
      expect(head.receivedAt).toBe(serverTimeOf('receive'));
      expect(head.acceptedAt).toBe(serverTimeOf('accept'));
      const timeline = head.timeline as { actionId: string; at: string }[];
      expect(timeline.map((entry) => entry.actionId)).toEqual(actionsOfCase.map((doc) => doc.id));
      expect(timeline.map((entry) => entry.at)).toEqual(actionsOfCase.map((doc) => doc.serverTime));
      const acceptedOn = chinaDateOf(String(head.acceptedAt));
      const realDates = [startedAt, finishedAt].map((ms) => chinaDateOf(new Date(ms).toISOString()));
      expect(realDates).toContain(acceptedOn); // the server's date, not a date 3 days off
      expect(head.deadline).toBe(calendar.addWorkingDays(acceptedOn, PROMISED_DAYS, []));
    }

    // Every tablet, whatever its clock, holds the server's heads of its cases.
    for (const [client, submit] of [
      [agentFast, caseA],
      [agentSlow, caseB],
      [reviewerSlow, caseA],
      [reviewerFast, caseB],
    ] as const) {
      const serverHead = heads.find((head) => head.id === submit.caseId);
      await waitFor(`${client.actor.name} holds the accepted head`, async () => {
        const local = await client.heads.findOne(String(submit.caseId)).exec();
        return local?.get('status') === 'accepted';
      });
      expect((await client.heads.findOne(String(submit.caseId)).exec())?.toJSON()).toEqual(serverHead);
    }
  });
});
