import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PULL_BATCH_MAX, PUSH_BATCH_MAX } from '../../../src/domain/wire/replication-messages';
import { bodyOf, startTestApp, type TestApp } from '../test-support/test-app';
import {
  addRoleUsers,
  AGENT,
  bearer,
  consultationDocument,
  newId,
  REVIEWER,
  rowsOf,
  signIn,
  stepDocument,
  submitDocument,
  VILLAGE_A1,
  VILLAGE_B1,
} from './replication-test-fixtures';

interface Doc {
  id: string;
  [key: string]: unknown;
}

describe('replication push and pull', () => {
  let t: TestApp;
  let agent: string;
  let reviewer: string;
  let agentB: string;

  beforeAll(async () => {
    t = await startTestApp();
    await addRoleUsers(t.store, new Date(t.clock.now).toISOString());
    agent = (await signIn(t, 'agent1')).token;
    reviewer = (await signIn(t, 'reviewer1')).token;
    agentB = (await signIn(t, 'agentB')).token;
  });
  afterAll(async () => {
    await t.close();
  });

  const push = (token: string, collection: string, payload: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/replication/${collection}/push`,
      headers: bearer(token),
      payload,
    });
  const pull = async (token: string, collection: string, seq = 0, limit = 100) => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/replication/${collection}/pull?seq=${seq}&limit=${limit}`,
      headers: bearer(token),
    });
    expect(response.statusCode).toBe(200);
    const body = bodyOf(response);
    return { documents: body.documents as Doc[], checkpoint: body.checkpoint as { seq: number } };
  };

  it('pulls reference data in scope with a seq checkpoint, page by page', async () => {
    const regions = await pull(agent, 'regions');
    expect(regions.documents.map((d) => d.code).sort()).toEqual(['360799000000', '360799101000', VILLAGE_A1]);
    expect(regions.documents.every((d) => d._deleted === false)).toBe(true);
    const users = (await pull(agent, 'users')).documents;
    expect(users.map((u) => u.id).sort()).toEqual([
      'u-admin',
      'u-agent',
      'u-off',
      'u-reviewer',
      'u-supervisor',
    ]);
    expect(users.every((u) => !('passwordHash' in u))).toBe(true);
    const catalogue = await pull(agentB, 'catalogue');
    expect(catalogue.documents.map((d) => d.id)).toEqual(['ITEM-A@1', 'ITEM-A@2', 'ITEM-B@1']);
    const page1 = await pull(agent, 'catalogue', 0, 2);
    const page2 = await pull(agent, 'catalogue', page1.checkpoint.seq, 2);
    expect([...page1.documents, ...page2.documents].map((d) => d.id)).toEqual(
      catalogue.documents.map((d) => d.id),
    );
    const gzipped = await t.app.inject({
      method: 'GET',
      url: '/api/replication/catalogue/pull',
      headers: { ...bearer(agent), 'accept-encoding': 'gzip' },
    });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    const empty = await pull(agent, 'catalogue', page2.checkpoint.seq, 2);
    expect(empty).toEqual({ documents: [], checkpoint: page2.checkpoint });
  });

  it('accepts a submit, folds the head, and pulls both back with the server verdict', async () => {
    const caseId = newId('case');
    const doc = submitDocument(caseId);
    const response = await push(agent, 'actions', rowsOf(doc));
    expect(response.statusCode).toBe(200);
    // The answer hands the stored record back (RxDB may have skipped its streamed copy during the push).
    const answered = bodyOf(response).conflicts;
    const actions = (await pull(agent, 'actions')).documents;
    const pulled = actions.find((a) => a.id === doc.id);
    expect(answered).toEqual([pulled]);
    expect(pulled).toMatchObject({
      ...doc,
      status: 'accepted',
      rejection: null,
      serverTime: expect.any(String),
    });
    expect(pulled?.serverTime).toBe(new Date(t.clock.now).toISOString());
    const heads = (await pull(reviewer, 'caseHeads')).documents;
    expect(heads.find((h) => h.id === caseId)).toMatchObject({ status: 'submitted', regionCode: VILLAGE_A1 });
    expect((await pull(agentB, 'caseHeads')).documents.find((h) => h.id === caseId)).toBeUndefined();
    expect((await pull(agentB, 'actions')).documents.find((a) => a.id === doc.id)).toBeUndefined();
  });

  it('is idempotent: a retried push writes nothing and answers the stored verdict; the pulled copy pushed again is no conflict', async () => {
    const doc = submitDocument(newId('case'));
    expect((await push(agent, 'actions', rowsOf(doc))).statusCode).toBe(200);
    const seqBefore = await t.store.maxSeq();
    // The device never heard the answer and still holds 'pending': it gets the server's verdict back.
    const retried = bodyOf(await push(agent, 'actions', rowsOf(doc, doc)));
    expect(retried.conflicts).toEqual([
      expect.objectContaining({ id: doc.id, status: 'accepted' }),
      expect.objectContaining({ id: doc.id, status: 'accepted' }),
    ]);
    const asPulled = { ...doc, status: 'accepted', serverTime: '2026-03-02T08:00:00.000Z', _rev: '2-x' };
    expect(bodyOf(await push(agent, 'actions', rowsOf(asPulled)))).toEqual({ conflicts: [] });
    expect(await t.store.maxSeq()).toBe(seqBefore);
    // Rapid successive pushes of new actions from one client are never conflicts either.
    const caseId = newId('case');
    const results = await Promise.all([
      push(agent, 'actions', rowsOf(submitDocument(caseId))),
      push(agent, 'actions', rowsOf(submitDocument(newId('case')))),
    ]);
    for (const result of results)
      expect(bodyOf(result).conflicts).toEqual([expect.objectContaining({ status: 'accepted' })]);
  });

  it('answers the stored document as a conflict when the same id comes with other content', async () => {
    const doc = submitDocument(newId('case'));
    await push(agent, 'actions', rowsOf(doc));
    const changed = { ...doc, clientTime: '2026-03-02T11:11:00+08:00' };
    const body = bodyOf(await push(agent, 'actions', rowsOf(changed)));
    expect(body.conflicts).toEqual([
      expect.objectContaining({ id: doc.id, clientTime: doc.clientTime, status: 'accepted' }),
    ]);
  });

  it('stores a rejected action with its reason and replicates it back to its author', async () => {
    const caseId = newId('case');
    await push(agent, 'actions', rowsOf(submitDocument(caseId)));
    const tooEarly = stepDocument('accept', caseId, REVIEWER);
    expect(bodyOf(await push(reviewer, 'actions', rowsOf(tooEarly))).conflicts).toEqual([
      expect.objectContaining({ id: tooEarly.id, status: 'rejected', rejection: expect.any(Object) }),
    ]);
    const impostor = stepDocument('receive', caseId, REVIEWER); // pushed by the agent in the reviewer's name
    await push(agent, 'actions', rowsOf(impostor));
    const forReviewer = (await pull(reviewer, 'actions')).documents.find((a) => a.id === tooEarly.id);
    expect(forReviewer).toMatchObject({ status: 'rejected', rejection: { code: 'illegal_transition' } });
    const forAgent = (await pull(agent, 'actions')).documents.find((a) => a.id === impostor.id);
    expect(forAgent).toMatchObject({ status: 'rejected', rejection: { code: 'forbidden_role' } });
    const head = (await pull(reviewer, 'caseHeads')).documents.find((h) => h.id === caseId);
    expect(head?.status).toBe('submitted');
    const received = stepDocument('receive', caseId, REVIEWER);
    await push(reviewer, 'actions', rowsOf(received));
    expect((await t.store.getCaseHead(caseId))?.head.status).toBe('received');
  });

  it('stores an action that fails the schema as rejected invalid_action', async () => {
    const doc: Record<string, unknown> = { ...submitDocument(newId('case')), type: 'teleport' };
    expect((await push(agent, 'actions', rowsOf(doc))).statusCode).toBe(200);
    const stored = await t.store.getAction(String(doc.id));
    expect(stored).toMatchObject({ status: 'rejected', rejection: { code: 'invalid_action' } });
  });

  it('answers an out-of-jurisdiction push with a 403 that reveals nothing, and writes nothing', async () => {
    const existing = newId('case');
    await push(agentB, 'actions', rowsOf(submitDocument(existing, { regionCode: VILLAGE_B1 })));
    const seqBefore = await t.store.maxSeq();
    const onExisting = await push(
      agent,
      'actions',
      rowsOf(stepDocument('receive', existing, AGENT, { regionCode: VILLAGE_B1 })),
    );
    const onMissing = await push(
      agent,
      'actions',
      rowsOf(stepDocument('receive', newId('case'), AGENT, { regionCode: VILLAGE_B1 })),
    );
    const mixed = await push(
      agent,
      'actions',
      rowsOf(submitDocument(newId('case')), submitDocument(newId('case'), { regionCode: VILLAGE_B1 })),
    );
    for (const response of [onExisting, onMissing, mixed]) {
      expect(response.statusCode).toBe(403);
      expect(response.body).toBe(onMissing.body);
      expect(bodyOf(response)).toEqual({ code: 'forbidden', message: expect.any(String) });
    }
    // In-scope region, case id of a foreign case: answered like a missing case.
    const hijack = stepDocument('receive', existing, REVIEWER);
    await push(reviewer, 'actions', rowsOf(hijack));
    expect(await t.store.getAction(String(hijack.id))).toMatchObject({
      rejection: { code: 'case_not_found' },
    });
    expect(await t.store.maxSeq()).toBe(seqBefore + 1);
    // An action id stored in another jurisdiction, pushed again with other content from here: the same 403.
    const foreignAction = submitDocument(newId('case'), {
      regionCode: VILLAGE_B1,
      actor: { userId: 'u-agent-b', name: '赵代办', role: 'agent' },
    });
    await push(agentB, 'actions', rowsOf(foreignAction));
    const collision = await push(
      agent,
      'actions',
      rowsOf(submitDocument(newId('case'), { id: String(foreignAction.id) })),
    );
    expect(collision.statusCode).toBe(403);
    expect(collision.body).toBe(onMissing.body);
  });

  it('refuses malformed bodies and batches over the limits with 4xx codes', async () => {
    const cases: [object, number, string][] = [
      [[], 400, 'validation_failed'],
      [{ rows: [] }, 400, 'validation_failed'],
      [[{ newDocumentState: 'x' }], 400, 'validation_failed'],
      [
        rowsOf(...Array.from({ length: PUSH_BATCH_MAX + 1 }, () => submitDocument(newId('case')))),
        400,
        'validation_failed',
      ],
      [rowsOf({ id: 'x', caseId: 'y', regionCode: VILLAGE_A1 }), 400, 'validation_failed'],
    ];
    for (const [payload, status, code] of cases) {
      const response = await push(agent, 'actions', payload);
      expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(status);
      expect(bodyOf(response).code).toBe(code);
    }
    const notJson = await t.app.inject({
      method: 'POST',
      url: '/api/replication/actions/push',
      headers: { ...bearer(agent), 'content-type': 'application/json' },
      payload: '[{"newDocumentState":',
    });
    expect(notJson.statusCode).toBe(400);
    expect(bodyOf(notJson).code).toBe('malformed_json');
    const big = await t.app.inject({
      method: 'GET',
      url: `/api/replication/actions/pull?seq=0&limit=${PULL_BATCH_MAX + 1}`,
      headers: bearer(agent),
    });
    expect(big.statusCode).toBe(400);
    for (const url of [
      '/api/replication/actions/pull?seq=-1',
      '/api/replication/actions/pull?seq=x',
      '/api/replication/actions/pull?foo=1',
    ]) {
      expect((await t.app.inject({ method: 'GET', url, headers: bearer(agent) })).statusCode).toBe(400);
    }
    expect((await push(agent, 'regions', rowsOf({ code: VILLAGE_A1 }))).statusCode).toBe(404);
    expect((await push(agent, 'nonsense', rowsOf({}))).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/replication/actions/pull' })).statusCode).toBe(
      401,
    );
  });

  it('takes consultations in scope, sets serverTime, and refuses foreign ones', async () => {
    const doc = consultationDocument('u-agent');
    // Inserted once; both rows get the stored record (with its serverTime) back.
    const answered = bodyOf(await push(agent, 'consultations', rowsOf(doc, doc))).conflicts;
    const pulled = (await pull(reviewer, 'consultations')).documents.find((c) => c.id === doc.id);
    expect(pulled).toMatchObject({ ...doc, serverTime: new Date(t.clock.now).toISOString() });
    expect(answered).toEqual([pulled, pulled]);
    expect(bodyOf(await push(agent, 'consultations', rowsOf(pulled ?? {})))).toEqual({ conflicts: [] });
    // A colleague's device that pulled it and pushes it back unchanged is answered, not refused.
    expect(bodyOf(await push(reviewer, 'consultations', rowsOf(pulled ?? {})))).toEqual({ conflicts: [] });
    const conflict = bodyOf(await push(agent, 'consultations', rowsOf({ ...doc, minutes: 99 })));
    expect(conflict.conflicts).toEqual([expect.objectContaining({ id: doc.id, minutes: 10 })]);
    expect((await pull(agentB, 'consultations')).documents.find((c) => c.id === doc.id)).toBeUndefined();
    const foreign = await push(
      agent,
      'consultations',
      rowsOf(consultationDocument('u-agent', { regionCode: VILLAGE_B1 })),
    );
    expect(foreign.statusCode).toBe(403);
    const otherActor = await push(agent, 'consultations', rowsOf(consultationDocument('u-reviewer')));
    expect(otherActor.statusCode).toBe(403);
    const bad = await push(
      agent,
      'consultations',
      rowsOf({ ...consultationDocument('u-agent'), minutes: 0 }),
    );
    expect(bad.statusCode).toBe(400);
  });
});
