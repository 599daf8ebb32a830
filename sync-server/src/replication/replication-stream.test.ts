import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseAction } from '../../../src/domain/case/case-types';
import { PULL_BATCH_MAX } from '../../../src/domain/wire/replication-messages';
import { startTestApp, type TestApp } from '../test-support/test-app';
import {
  addRoleUsers,
  bearer,
  newId,
  rowsOf,
  signIn,
  submitDocument,
  VILLAGE_A1,
  VILLAGE_B1,
} from './replication-test-fixtures';
import { isData, isDocuments, openSseReader, type SseReader } from './sse-reader';

describe('replication stream (SSE)', () => {
  let t: TestApp;
  let base: string;
  const readers: SseReader[] = [];
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ env: { STREAM_HEARTBEAT_MS: '200' } });
    await addRoleUsers(t.store, new Date(t.clock.now).toISOString());
    for (const username of ['agent1', 'reviewer1', 'agentB', 'admin1'])
      tokens[username] = (await signIn(t, username)).token;
    base = await t.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    // Closing the app ends the streams still open (a graceful stop must not wait for them).
    await t.close();
    await Promise.all(readers.map((reader) => reader.ended));
  });

  const open = async (username: string, collection: string) => {
    const reader = await openSseReader(
      `${base}/api/replication/${collection}/stream`,
      bearer(tokens[username] ?? ''),
    );
    readers.push(reader);
    return reader;
  };
  const push = (username: string, documents: Record<string, unknown>[]) =>
    fetch(`${base}/api/replication/actions/push`, {
      method: 'POST',
      headers: { ...bearer(tokens[username] ?? ''), 'content-type': 'application/json' },
      body: JSON.stringify(rowsOf(...documents)),
    });

  it('starts with RESYNC, streams new changes in scope, and sends heartbeats', async () => {
    const reviewerActions = await open('reviewer1', 'actions');
    const reviewerHeads = await open('reviewer1', 'caseHeads');
    const outsider = await open('agentB', 'actions');
    expect(reviewerActions.status).toBe(200);
    expect(await reviewerActions.next()).toEqual({ data: 'RESYNC' });
    const doc = submitDocument(newId('case'));
    expect((await push('agent1', [doc])).status).toBe(200);
    const event = await reviewerActions.next(isDocuments);
    expect(isData(event) && event.data).toMatchObject({
      documents: [expect.objectContaining({ id: doc.id, status: 'accepted', _deleted: false })],
      checkpoint: { seq: expect.any(Number) },
    });
    const head = await reviewerHeads.next(isDocuments);
    expect(isData(head) && head.data).toMatchObject({
      documents: [expect.objectContaining({ id: doc.caseId })],
    });
    expect(await reviewerActions.next((e) => 'comment' in e)).toEqual({ comment: 'heartbeat' });
    // The agent of another village hears heartbeats but never this case.
    await outsider.next((e) => 'comment' in e);
    expect(outsider.events.filter(isDocuments)).toEqual([]);
    const own = submitDocument(newId('case'), {
      regionCode: VILLAGE_B1,
      actor: { userId: 'u-agent-b', name: '赵代办', role: 'agent' },
    });
    await push('agentB', [own]);
    const ownEvent = await outsider.next(isDocuments);
    expect(isData(ownEvent) && ownEvent.data).toMatchObject({
      documents: [expect.objectContaining({ id: own.id })],
    });
  });

  it('sends RESYNC instead of documents when more than a batch is waiting', async () => {
    const reader = await open('reviewer1', 'actions');
    expect(await reader.next()).toEqual({ data: 'RESYNC' });
    // Written behind the notifier's back: only the heartbeat re-check finds them, more than one batch at once.
    await t.store.transaction(async (tx) => {
      for (let i = 0; i <= PULL_BATCH_MAX; i += 1) {
        const id = `bulk-${String(i).padStart(5, '0')}`;
        const action = submitDocument(`case-${id}`, { id: `act-${id}` });
        await tx.insertAction({
          id: `act-${id}`,
          caseId: `case-${id}`,
          regionCode: VILLAGE_A1,
          status: 'rejected',
          rejection: { code: 'invalid_action', reason: '测试' },
          action: action as unknown as CaseAction,
          authorId: 'u-agent',
          serverTime: new Date(t.clock.now).toISOString(),
        });
      }
    });
    expect(await reader.next((e) => isData(e))).toEqual({ data: 'RESYNC' });
    const doc = submitDocument(newId('case'));
    await push('agent1', [doc]);
    const next = await reader.next(isDocuments);
    expect(isData(next) && next.data).toMatchObject({ documents: [expect.objectContaining({ id: doc.id })] });
  });

  it('needs the Bearer header, and ends the stream of a revoked device', async () => {
    const anonymous = await fetch(`${base}/api/replication/actions/stream`);
    expect(anonymous.status).toBe(401);
    const { token, deviceId } = await signIn(t, 'agent1');
    const reader = await openSseReader(`${base}/api/replication/caseHeads/stream`, bearer(token));
    readers.push(reader);
    expect(await reader.next()).toEqual({ data: 'RESYNC' });
    const revoke = await fetch(`${base}/api/admin/devices/${deviceId}/revoke`, {
      method: 'POST',
      headers: bearer(tokens.admin1 ?? ''),
    });
    expect(revoke.status).toBe(200);
    await reader.ended;
    const again = await fetch(`${base}/api/replication/caseHeads/stream`, { headers: bearer(token) });
    expect(again.status).toBe(401);
    expect(((await again.json()) as { code: string }).code).toBe('device_revoked');
  });
});
