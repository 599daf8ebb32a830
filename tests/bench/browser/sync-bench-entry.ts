/**
 * The bench page (built by tests/bench/vite.bench.config.ts, driven by tests/bench/sync-bench.ts):
 * - ours: the app's RxDB database (src/db, Dexie on IndexedDB, fields sealed with AES-GCM as in the app)
 *   replicating caseHeads and actions with the app's pull/push handlers and converters (src/sync);
 * - floor: the same wire documents bulkPut into a plain Dexie table;
 * - peer: PouchDB (IndexedDB adapter) replicating from a CouchDB-protocol server (express-pouchdb).
 * Each function returns its wall time; the driver counts the bytes on the wire with CDP.
 * Also the weak-link (weak-link-entry.ts) and case-list (case-list-entry.ts) functions, under `weak` and `caseList`.
 */
import Dexie from 'dexie';
import PouchDB, { type ReplicationResult } from 'pouchdb-browser';
import type { RxCollection } from 'rxdb';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import { createVault } from '../../../src/db/crypto/key-vault';
import { openDaibanDatabase } from '../../../src/db/daiban-database';
import { applicantIdentifier, sealAction, type WireAction } from '../../../src/db/record-sealing';
import { deadlineKeyOf } from '../../../src/db/schemas/case-schemas';
import type { CaseHead } from '../../../src/domain/case/case-types';
import type { RecordConverters } from '../../../src/sync/replication-handlers';
import {
  PULL_BATCH_DEVICE,
  PUSH_BATCH_MAX,
  type Checkpoint,
  type SyncedCollection,
} from '../../../src/domain/wire/replication-messages';
import { ApiClient } from '../../../src/sync/api-client';
import { collectionSyncFor } from '../../../src/sync/collection-converters';
import { createPullHandler, createPushHandler } from '../../../src/sync/replication-handlers';
import { caseListBench } from './case-list-entry';
import { weakLinkBench } from './weak-link-entry';

interface Session {
  accessToken: string;
}

function apiFor(session: Session): ApiClient {
  return new ApiClient({
    timeoutMs: 120_000,
    session: {
      getAccessToken: () => session.accessToken,
      getRefreshToken: () => null,
      getDeviceId: () => null,
      setTokens: () => undefined,
      onSessionExpired: () => undefined,
    },
  });
}

const keysPromise = createVault('bench-password', 1_000).then((v) => v.keys);

async function openFresh() {
  return openDaibanDatabase({ name: `bench-${Date.now()}-${Math.random().toString(36).slice(2, 8)}` });
}

const withoutRxFields = (doc: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_')));

/**
 * Diagnostic only: the same device documents as src/db/record-sealing builds, with the sealed fields as
 * plain JSON and the ID number unhashed (no Web Crypto), to split the sealing cost from RxDB's.
 */
const UNSEALED: Record<'caseHeads' | 'actions', RecordConverters<unknown>> = {
  caseHeads: {
    toLocal: async (wire) => {
      const head = withoutRxFields(wire) as unknown as CaseHead;
      const { applicant, proxy, fields, ...rest } = head;
      return {
        id: head.id,
        receiptNo: head.receiptNo,
        regionCode: head.regionCode,
        status: head.status,
        deadlineKey: deadlineKeyOf(head.deadline),
        applicantIdHash: applicantIdentifier(applicant),
        updatedAt: head.updatedAt,
        head: rest,
        partyCipher: JSON.stringify({ applicant, proxy, fields }),
      };
    },
    toWire: async (local) => withoutRxFields(local as object),
  },
  actions: {
    toLocal: async (wire) => {
      const action = withoutRxFields(wire) as unknown as WireAction;
      return {
        id: action.id,
        caseId: action.caseId,
        regionCode: action.regionCode,
        type: action.type,
        actorId: action.actorId,
        actorName: action.actorName,
        actorRole: action.actorRole,
        deviceId: action.deviceId,
        clientTime: action.clientTime,
        status: action.status,
        rejection: action.rejection,
        serverTime: action.serverTime,
        applicantIdHash: action.type === 'submit' ? applicantIdentifier(action.payload.applicant) : '',
        payloadCipher: JSON.stringify(action.payload),
      };
    },
    toWire: async (local) => withoutRxFields(local as object),
  },
};

/** Initial sync of caseHeads and actions (pull to the end), both collections at once as the engine does. */
async function oursPull(session: Session, options: { sealed: boolean } = { sealed: true }) {
  const keys = await keysPromise;
  const db = await openFresh();
  const api = apiFor(session);
  const started = performance.now();
  const collections: SyncedCollection[] = ['caseHeads', 'actions'];
  const states = collections.map((name) => {
    const converters = options.sealed
      ? collectionSyncFor(name, keys).converters
      : UNSEALED[name as 'caseHeads' | 'actions'];
    const pull = createPullHandler(api, name, converters);
    return replicateRxCollection<unknown, Checkpoint>({
      replicationIdentifier: `bench-${name}`,
      collection: db.collections[name] as unknown as RxCollection<unknown>,
      live: false,
      waitForLeadership: false,
      autoStart: true,
      retryTime: 1_000,
      pull: { batchSize: PULL_BATCH_DEVICE, handler: (checkpoint, size) => pull(checkpoint, size) },
    });
  });
  const errors: string[] = [];
  for (const state of states) state.error$.subscribe((e) => errors.push(String(e)));
  await Promise.all(states.map((s) => s.awaitInitialReplication()));
  const ms = performance.now() - started;
  await Promise.all(states.map((s) => s.cancel()));
  const heads = await db.caseHeads.count().exec();
  const actions = await db.actions.count().exec();
  await db.remove();
  return { ms, heads, actions, errors: errors.slice(0, 3) };
}

/** Push: the actions are written to the device first (sealed, pending), then one push replication runs. */
async function oursPush(session: Session, actions: WireAction[]) {
  const keys = await keysPromise;
  const db = await openFresh();
  const api = apiFor(session);
  const sealed = await Promise.all(actions.map((a) => sealAction(keys, a)));
  await db.actions.bulkInsert(sealed);
  const { converters, markRefused } = collectionSyncFor('actions', keys);
  if (!markRefused) throw new Error('actions are pushable');
  const push = createPushHandler(api, 'actions', converters, { markRefused });
  const started = performance.now();
  const state = replicateRxCollection<unknown, Checkpoint>({
    replicationIdentifier: 'bench-push-actions',
    collection: db.actions as unknown as RxCollection<unknown>,
    live: false,
    waitForLeadership: false,
    autoStart: true,
    retryTime: 1_000,
    push: { batchSize: PUSH_BATCH_MAX, handler: (rows) => push(rows as never) },
  });
  const errors: string[] = [];
  state.error$.subscribe((e) => errors.push(String(e)));
  await state.awaitInitialReplication();
  const ms = performance.now() - started;
  await state.cancel();
  await db.remove();
  return { ms, errors: errors.slice(0, 3) };
}

/** The floor: the same wire documents into plain Dexie tables (fetched first, untimed). */
async function floor(urls: { caseHeads: string; actions: string }) {
  const heads = (await (await fetch(urls.caseHeads)).json()) as object[];
  const actions = (await (await fetch(urls.actions)).json()) as object[];
  const db = new Dexie(`bench-floor-${Date.now()}`);
  db.version(1).stores({ caseHeads: 'id', actions: 'id' });
  await db.open();
  const started = performance.now();
  await Promise.all([db.table('caseHeads').bulkPut(heads), db.table('actions').bulkPut(actions)]);
  const ms = performance.now() - started;
  const counts = [await db.table('caseHeads').count(), await db.table('actions').count()];
  db.close();
  await Dexie.delete(db.name);
  return { ms, heads: counts[0], actions: counts[1] };
}

async function replicateDone(replication: Promise<ReplicationResult>) {
  const result = await replication;
  return result.docs_written;
}

/** The peer: PouchDB (idb adapter) pulling both databases at once from express-pouchdb. */
async function peerPull(remote: string) {
  const stamp = Date.now();
  const heads = new PouchDB(`bench-heads-${stamp}`);
  const actions = new PouchDB(`bench-actions-${stamp}`);
  const started = performance.now();
  const written = await Promise.all([
    replicateDone(PouchDB.replicate(`${remote}/caseheads`, heads)),
    replicateDone(PouchDB.replicate(`${remote}/actions`, actions)),
  ]);
  const ms = performance.now() - started;
  const counts = [(await heads.info()).doc_count, (await actions.info()).doc_count];
  await Promise.all([heads.destroy(), actions.destroy()]);
  return { ms, written, heads: counts[0], actions: counts[1] };
}

/** Peer push: the actions written to a local PouchDB first, then one replication to the server. */
async function peerPush(remote: string, actions: (WireAction & { _id: string })[]) {
  const local = new PouchDB(`bench-push-${Date.now()}`);
  await local.bulkDocs(actions);
  const started = performance.now();
  const written = await replicateDone(PouchDB.replicate(local, `${remote}/pushactions`));
  const ms = performance.now() - started;
  await local.destroy();
  return { ms, written };
}

const bench = { oursPull, oursPush, floor, peerPull, peerPush, weak: weakLinkBench, caseList: caseListBench };
export type SyncBenchPage = typeof bench;
(globalThis as unknown as { daibanBench: SyncBenchPage }).daibanBench = bench;
const status = document.getElementById('status');
if (status) status.textContent = 'ready';
