import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDaibanDatabase, type DaibanDatabase } from '../db/daiban-database';
import { createFileStore } from '../db/file-store';
import { resetSyncStatus, syncStatusStore } from '../sync/sync-status-store';
import { startPhotoUploader } from './photo-uploader';

const storage = getRxStorageDexie({ indexedDB, IDBKeyRange });
const open: DaibanDatabase[] = [];
const stops: Array<() => void> = [];

afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  for (const db of open.splice(0)) if (!db.closed) await db.close();
  resetSyncStatus();
});

async function setUp() {
  const db = await openDaibanDatabase({ name: `uploader${open.length}-${Date.now()}`, storage });
  open.push(db);
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const hashKey = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return { db, keys: { dataKey, hashKey } };
}

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('photo uploader: eviction after a successful round', () => {
  it('runs the eviction pass online when nothing is left to upload', async () => {
    const { db, keys } = await setUp();
    syncStatusStore.setState({ connectivity: 'online' });
    let evictions = 0;
    const uploader = startPhotoUploader({
      db,
      keys,
      getAccessToken: () => 'token',
      refreshSession: () => Promise.resolve(false),
      evict: () => {
        evictions += 1;
        return Promise.resolve([]);
      },
    });
    stops.push(() => uploader.stop());
    await until(() => evictions > 0);
  });

  it('does not evict while a file still waits for upload', async () => {
    const { db, keys } = await setUp();
    syncStatusStore.setState({ connectivity: 'online' });
    const files = createFileStore(db, keys);
    const hash = await files.put(new Blob([new Uint8Array([1])], { type: 'image/jpeg' }), {
      kind: 'material',
      draftId: '',
      type: 'image/jpeg',
    });
    await files.markWaiting([hash], 'case-1');
    let evictions = 0;
    let refreshes = 0;
    const uploader = startPhotoUploader({
      db,
      keys,
      getAccessToken: () => null, // no token: the round stops before uploading
      refreshSession: () => {
        refreshes += 1;
        return Promise.resolve(false);
      },
      evict: () => {
        evictions += 1;
        return Promise.resolve([]);
      },
    });
    stops.push(() => uploader.stop());
    await until(() => refreshes > 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(evictions).toBe(0);
  });
});
