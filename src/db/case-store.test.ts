/**
 * The device's case layer (createCaseStore) on a real RxDB database (Dexie on fake-indexeddb): the optimistic
 * view (server head + this device's pending actions, folded by the shared reducer, never written to
 * caseHeads), a refused action dropping out of the view while staying visible, and finding cases by the
 * keyed hash of an ID number.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { firstValueFrom, skip } from 'rxjs';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  acceptedCase,
  AGENT_A,
  applyOk,
  at,
  calendar,
  FILE_B,
  makeAction,
  REVIEWER_T,
  submitPayload,
} from '../domain/case/case-test-fixtures';
import type { CaseAction, CaseHead } from '../domain/case/case-types';
import { createCaseStore } from './case-store';
import type { DataKeys } from './crypto/field-cipher';
import { openDaibanDatabase, type DaibanDatabase } from './daiban-database';
import { sealAction, sealCaseHead, type WireAction } from './record-sealing';

const storage = getRxStorageDexie({ indexedDB, IDBKeyRange });
const ID_NUMBER = '11010519491231002X';
let counter = 0;
const open: DaibanDatabase[] = [];

async function setUp() {
  const db = await openDaibanDatabase({ name: `cases${++counter}`, storage });
  open.push(db);
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const hashKey = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const keys: DataKeys = { dataKey, hashKey };
  const store = createCaseStore(db, keys, { calendar, actor: AGENT_A });
  return { db, keys, store };
}

afterEach(async () => {
  for (const db of open.splice(0)) if (!db.closed) await db.close();
});

/** A case the township decided (准予): the head as the server replicates it. */
function decidedHead(): CaseHead {
  const accepted = acceptedCase();
  return applyOk(
    accepted,
    makeAction(
      'decide',
      { outcome: 'approved', documentNo: '民救〔2026〕12号', reason: '', file: null },
      REVIEWER_T,
    ),
    REVIEWER_T,
    at('2026-02-20'),
  );
}

function deliverAction(head: CaseHead, id = 'act-deliver-0001'): CaseAction {
  return makeAction('deliver', { method: 'in_person', signature: FILE_B, note: '' }, AGENT_A, {
    id,
    caseId: head.id,
    clientTime: '2026-02-24T10:00:00+08:00',
  });
}

async function storeServerHead(db: DaibanDatabase, keys: DataKeys, head: CaseHead) {
  await db.caseHeads.insert(await sealCaseHead(keys, head));
}

describe('case store: the optimistic view', () => {
  it('folds a pending action over the server head without writing the head', async () => {
    const { db, keys, store } = await setUp();
    const head = decidedHead();
    await storeServerHead(db, keys, head);

    const recorded = await store.recordAction(deliverAction(head));
    expect(recorded.ok).toBe(true);

    const [listed] = await store.listCases();
    expect(listed?.head.status).toBe('delivered');
    expect(listed?.head.delivery?.method).toBe('in_person');
    expect(listed?.pendingCount).toBe(1);
    expect(listed?.rejectedCount).toBe(0);
    // caseHeads holds the server's word only
    expect((await db.caseHeads.findOne(head.id).exec())?.status).toBe('decided');
    // the action is stored sealed and pending
    const stored = await db.actions.findOne('act-deliver-0001').exec();
    expect(stored?.status).toBe('pending');
    expect(JSON.stringify(stored?.toJSON())).not.toContain('in_person');

    const detail = await store.loadCase(head.id);
    expect(detail?.local.head.status).toBe('delivered');
    expect(detail?.actions.map((a) => [a.type, a.status])).toEqual([['deliver', 'pending']]);
  });

  it('warms up: opens every head once, in the background, and stops when told', async () => {
    const { db, keys, store } = await setUp();
    const head = decidedHead();
    await storeServerHead(db, keys, head);
    const subtle = crypto.subtle;
    const decrypt = vi.spyOn(subtle, 'decrypt');
    try {
      expect(await store.warmUp(() => true)).toBe(0); // told to stop at once: nothing opened
      expect(await store.warmUp()).toBe(1);
      const opened = decrypt.mock.calls.length;
      expect(opened).toBeGreaterThan(0);
      const [listed] = await store.listCases();
      expect(listed?.head.applicant).toEqual(head.applicant);
      expect(decrypt.mock.calls.length).toBe(opened); // the list read the warmed cache, no new decrypt
    } finally {
      decrypt.mockRestore();
    }
  });

  it('refuses an action the reducer refuses and stores nothing', async () => {
    const { db, keys, store } = await setUp();
    const head = decidedHead();
    await storeServerHead(db, keys, head);
    const rate = makeAction('evaluate', { level: '满意', reason: '', channel: 'tablet' }, AGENT_A, {
      caseId: head.id,
    });
    const result = await store.recordAction(rate);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.rejection.code).toBe('illegal_transition');
    expect(await db.actions.count().exec()).toBe(0);
  });

  it('drops a refused action out of the view and keeps it, with its reason, on the timeline data', async () => {
    const { db, keys, store } = await setUp();
    const head = decidedHead();
    await storeServerHead(db, keys, head);
    await store.recordAction(deliverAction(head));

    // The server refused it (e.g. the township had withdrawn the decision): the replication marks it.
    const doc = await db.actions.findOne('act-deliver-0001').exec();
    await doc?.incrementalPatch({
      status: 'rejected',
      rejection: { code: 'illegal_transition', reason: '「已撤回」状态下不能「送达」' },
      serverTime: '2026-02-24T10:05:00+08:00',
    });

    const [listed] = await store.listCases();
    expect(listed?.head.status).toBe('decided');
    expect(listed?.pendingCount).toBe(0);
    expect(listed?.rejectedCount).toBe(1);
    const detail = await store.loadCase(head.id);
    expect(detail?.local.head.delivery).toBeNull();
    expect(detail?.actions.find((a) => a.id === 'act-deliver-0001')?.rejection?.reason).toContain('送达');
  });

  it('does not apply twice an action the server head already contains', async () => {
    const { db, keys, store } = await setUp();
    const head = decidedHead();
    const action = deliverAction(head);
    const serverHead = applyOk(head, action, AGENT_A, at('2026-02-24', '10:01'));
    await storeServerHead(db, keys, serverHead);
    // the device's own copy, still marked pending until the pull brings the verdict
    const wire = { ...action, status: 'pending', rejection: null, serverTime: null } as WireAction;
    await db.actions.insert(await sealAction(keys, wire));

    const [listed] = await store.listCases();
    expect(listed?.head.status).toBe('delivered');
    expect(listed?.head.timeline.filter((e) => e.type === 'deliver')).toHaveLength(1);
    expect(listed?.head.delivery?.deliveredAt).toBe(serverHead.delivery?.deliveredAt);
  });

  it('shows a case submitted on this device before the server has a head for it', async () => {
    const { db, keys, store } = await setUp();
    const submit = makeAction('submit', submitPayload(), AGENT_A, {
      id: 'act-submit-0001',
      caseId: 'case-local-0001',
    });
    const wire = { ...submit, status: 'pending', rejection: null, serverTime: null } as WireAction;
    await db.actions.insert(await sealAction(keys, wire));
    const [listed] = await store.listCases();
    expect(listed?.head.id).toBe('case-local-0001');
    expect(listed?.head.status).toBe('submitted');
    expect(listed?.head.applicant.name).toBe('孙秀英');
    expect(listed?.pendingCount).toBe(1);
  });

  it('emits the new view to watchers when an action is recorded', async () => {
    const { db, keys, store } = await setUp();
    const head = decidedHead();
    await storeServerHead(db, keys, head);
    const views$ = store.watchCases();
    const first = await await firstValueFrom(views$);
    expect(first.map((c) => c.head.status)).toEqual(['decided']);
    const next = firstValueFrom(views$.pipe(skip(1)));
    await store.recordAction(deliverAction(head));
    expect((await await next).map((c) => c.head.status)).toEqual(['delivered']);
  });
});

describe('case store: finding cases by ID number', () => {
  it('finds server heads and unsynced submits by the keyed hash, never by the number in the clear', async () => {
    const { db, keys, store } = await setUp();
    const head = decidedHead();
    await storeServerHead(db, keys, head);
    const submit = makeAction(
      'submit',
      {
        ...submitPayload(),
        applicant: { kind: 'person', name: '周桂兰', idNumber: '110105194912310037', phone: '', address: '' },
      },
      AGENT_A,
      { id: 'act-submit-0002', caseId: 'case-local-0002' },
    );
    await db.actions.insert(
      await sealAction(keys, {
        ...submit,
        status: 'pending',
        rejection: null,
        serverTime: null,
      } as WireAction),
    );

    expect([...(await store.caseIdsByIdNumber(ID_NUMBER))]).toEqual([head.id]);
    // typed with a lower-case x and spaces around it
    expect([...(await store.caseIdsByIdNumber(` ${ID_NUMBER.toLowerCase()} `))]).toEqual([head.id]);
    expect([...(await store.caseIdsByIdNumber('110105194912310037'))]).toEqual(['case-local-0002']);
    expect((await store.caseIdsByIdNumber('110105194912310045')).size).toBe(0);
    // the stored documents hold the hash, not the number
    const raw = JSON.stringify([
      ...(await db.caseHeads.find().exec()).map((d) => d.toJSON()),
      ...(await db.actions.find().exec()).map((d) => d.toJSON()),
    ]);
    expect(raw).not.toContain(ID_NUMBER);
    expect(raw).not.toContain('110105194912310037');
  });
});
