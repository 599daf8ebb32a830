import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createVault } from '../db/crypto/key-vault';
import { openDaibanDatabase, type DaibanDatabase } from '../db/daiban-database';
import type { Consultation } from '../domain/wire/replication-messages';
import { ApiClient } from './api-client';
import { startSyncEngine, type SyncEngine } from './sync-engine';
import { syncStatusStore } from './sync-status-store';

const SCOPE = '110105001001';
const storage = getRxStorageDexie({ indexedDB, IDBKeyRange });
let db: DaibanDatabase | null = null;
let engine: SyncEngine | null = null;

afterEach(async () => {
  await engine?.stop();
  if (db && !db.closed) await db.remove();
  engine = null;
  db = null;
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A tiny in-memory sync server: consultations in the caller's scope are stored, others refused with 403. */
function fakeServer() {
  const stored: (Consultation & { seq: number })[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = new URL(String(input), 'http://server');
    if (url.pathname === '/api/health') return json(200, { ok: true });
    if (url.pathname.endsWith('/stream')) {
      // A stream that stays open until the engine stops.
      return new Response(new ReadableStream({ start: () => undefined }), { status: 200 });
    }
    if (url.pathname === '/api/replication/consultations/push') {
      const rows = JSON.parse(String(init?.body)) as { newDocumentState: Consultation }[];
      if (rows.some((row) => row.newDocumentState.regionCode !== SCOPE))
        return json(403, { code: 'forbidden', message: '不在辖区内' });
      for (const row of rows) {
        const { _deleted: _ignored, ...doc } = row.newDocumentState as Consultation & { _deleted?: boolean };
        stored.push({ ...doc, serverTime: '2026-11-23T10:00:00.000Z', seq: stored.length + 1 });
      }
      return json(200, { conflicts: [] });
    }
    if (url.pathname === '/api/replication/consultations/pull') {
      const seq = Number(url.searchParams.get('seq'));
      const documents = stored.filter((doc) => doc.seq > seq);
      return json(200, {
        documents: documents.map(({ seq: _seq, ...doc }) => ({ ...doc, _deleted: false })),
        checkpoint: { seq: documents.at(-1)?.seq ?? seq },
      });
    }
    if (url.pathname.endsWith('/pull')) return json(200, { documents: [], checkpoint: { seq: 0 } });
    return json(404, { code: 'not_found', message: 'no' });
  };
  return { fetchImpl, stored };
}

function consultation(id: string, regionCode: string, topic: string) {
  return {
    id,
    regionCode,
    itemCode: null,
    topic,
    minutes: 5,
    actorId: 'u-1',
    clientTime: '2026-11-23T09:00:00+08:00',
    serverTime: null,
    rejection: null,
  };
}

describe('sync engine (RxDB replication against a fake server)', () => {
  it('uploads the good records, keeps the refused one with its reason, and counts both', async () => {
    db = await openDaibanDatabase({ name: `engine${Date.now()}`, storage });
    const { keys } = await createVault('pw', 1_000);
    const server = fakeServer();
    const api = new ApiClient({
      fetch: server.fetchImpl,
      session: {
        getAccessToken: () => 'token',
        getRefreshToken: () => 'refresh',
        getDeviceId: () => 'device-1',
        setTokens: () => undefined,
        onSessionExpired: () => undefined,
      },
    });
    await db.consultations.bulkInsert([
      consultation('cons-good-0001', SCOPE, '医保'),
      consultation('cons-bad-00001', '110105001002', '别村的记录'),
      consultation('cons-good-0002', SCOPE, '低保'),
    ]);

    engine = startSyncEngine({
      db,
      keys,
      api,
      getAccessToken: () => 'token',
      fetch: server.fetchImpl,
      retryMs: 200,
    });

    const state = async () =>
      (await db!.consultations.find({ sort: [{ id: 'asc' }] }).exec()).map((doc) => [
        doc.id,
        doc.serverTime !== null,
        doc.rejection?.reason ?? null,
      ]);
    // The refused row comes back marked; the others reach the server in spite of it.
    await expect.poll(() => server.stored.length, { timeout: 15_000, interval: 100 }).toBe(2);
    await expect
      .poll(state, { timeout: 15_000, interval: 100 })
      .toContainEqual(['cons-bad-00001', false, '不在辖区内']);
    // The server's copies (with serverTime) come back through pull ("sync now", as the stream would).
    await engine.syncNow();
    await expect.poll(state, { timeout: 15_000, interval: 100 }).toEqual([
      ['cons-bad-00001', false, '不在辖区内'],
      ['cons-good-0001', true, null],
      ['cons-good-0002', true, null],
    ]);
    expect(server.stored.map((doc) => doc.id).sort()).toEqual(['cons-good-0001', 'cons-good-0002']);
    await expect.poll(() => syncStatusStore.getState().rejectedRecords, { timeout: 5_000 }).toBe(1);
    expect(syncStatusStore.getState().pendingRecords).toBe(0);
    expect(syncStatusStore.getState().connectivity).toBe('online');
  }, 30_000);
});
