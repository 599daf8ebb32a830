/**
 * The photo uploader against the real tus endpoint of the sync server (in-process, listening on a port):
 * an upload interrupted earlier — by a dropped link or a reload — resumes from the server's offset with the
 * upload URL kept in `meta`, instead of starting again.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { Upload } from 'tus-js-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDaibanDatabase, type DaibanDatabase } from '../db/daiban-database';
import { createFileStore } from '../db/file-store';
import { resetSyncStatus, syncStatusStore } from '../sync/sync-status-store';
import { UPLOAD_PATH } from '../../sync-server/src/files/file-routes';
import { addRoleUsers, bearer, signIn } from '../../sync-server/src/replication/replication-test-fixtures';
import { startTestApp, type TestApp } from '../../sync-server/src/test-support/test-app';
import { startPhotoUploader } from './photo-uploader';

const storage = getRxStorageDexie({ indexedDB, IDBKeyRange });

/** Bytes the server takes for a JPEG: the SOI/APP0 signature, then noise. */
function jpegBytes(size: number): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size - 4)]);
}

async function testKeys() {
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const hashKey = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return { dataKey, hashKey };
}

describe('photo uploader: resuming an interrupted upload', () => {
  let t: TestApp;
  let base: string;
  let token: string;
  const requests: string[] = [];
  let db: DaibanDatabase;
  let proxy: Server;

  beforeAll(async () => {
    t = await startTestApp();
    await addRoleUsers(t.store, new Date(t.clock.now).toISOString());
    token = (await signIn(t, 'agent1')).token;
    const server = new URL(await t.app.listen({ host: '127.0.0.1', port: 0 }));
    // A pass-through proxy that records what reaches the server (the uploader talks to it).
    proxy = createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`);
      const forwarded = httpRequest(
        {
          host: server.hostname,
          port: server.port,
          path: request.url,
          method: request.method,
          headers: request.headers,
        },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      request.pipe(forwarded);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    db = await openDaibanDatabase({ name: `uploader-resume-${Date.now()}`, storage });
  });
  afterAll(async () => {
    resetSyncStatus();
    if (db && !db.closed) await db.close();
    await new Promise((resolve) => proxy?.close(resolve));
    await t?.close();
  });

  /** Starts an upload of the bytes and aborts it after its first chunk, as a dropped link would. */
  const interruptedUpload = (data: Buffer, sha256: string) =>
    new Promise<string>((resolve, reject) => {
      const upload: Upload = new Upload(data, {
        endpoint: `${base}${UPLOAD_PATH}`,
        metadata: { sha256, contentType: 'image/jpeg' },
        headers: bearer(token),
        chunkSize: 4096,
        retryDelays: null,
        storeFingerprintForResuming: false,
        onChunkComplete: () => void upload.abort().then(() => resolve(upload.url ?? '')),
        onError: reject,
      });
      upload.start();
    });

  it('sends only the rest of the file, to the same upload URL, and forgets the URL once done', async () => {
    const { dataKey, hashKey } = await testKeys();
    const files = createFileStore(db, { dataKey, hashKey });
    const data = jpegBytes(12_000);
    const sha256 = createHash('sha256').update(data).digest('hex');
    expect(
      await files.put(new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), {
        kind: 'material',
        draftId: 'd1',
        type: 'image/jpeg',
      }),
    ).toBe(sha256);
    await files.markWaiting([sha256], 'case-1');

    const url = await interruptedUpload(data, sha256);
    expect(url).toContain(UPLOAD_PATH);
    // What the uploader of the earlier session (before the reload) had kept.
    await db.meta.upsert({ id: `upload:${sha256}`, value: { url } });
    requests.length = 0;

    syncStatusStore.setState({ connectivity: 'online' });
    const uploader = startPhotoUploader({
      db,
      keys: { dataKey, hashKey },
      getAccessToken: () => token,
      refreshSession: () => Promise.resolve(false),
      endpoint: `${base}${UPLOAD_PATH}`,
      uploadSourceOf: async (blob) => Buffer.from(await blob.arrayBuffer()),
      evict: () => Promise.resolve([]),
    });
    try {
      const started = Date.now();
      while ((await db.files.findOne(sha256).exec())?.uploadState !== 'uploaded') {
        if (Date.now() - started > 15_000)
          throw new Error(`the upload did not finish: ${requests.join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      uploader.stop();
    }

    const path = new URL(url).pathname;
    expect(requests.filter((line) => line.startsWith('POST'))).toEqual([]); // no new upload created
    expect(requests).toContain(`HEAD ${path}`);
    expect(requests).toContain(`PATCH ${path}`);
    expect(await db.meta.findOne(`upload:${sha256}`).exec()).toBeNull();
    expect((await db.files.findOne(sha256).exec())?.uploadedBytes).toBe(data.length);
  }, 30_000);

  it('backs off after a refused upload instead of trying again at once', async () => {
    const keys = await testKeys();
    const files = createFileStore(db, keys);
    // Declared a JPEG, but not one: the server refuses it when the upload completes (415), every time.
    const data = randomBytes(3_000);
    const sha256 = createHash('sha256').update(data).digest('hex');
    await files.put(new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), {
      kind: 'material',
      draftId: 'd2',
      type: 'image/jpeg',
    });
    await files.markWaiting([sha256], 'case-2');
    requests.length = 0;
    syncStatusStore.setState({ connectivity: 'online' });
    const uploader = startPhotoUploader({
      db,
      keys,
      getAccessToken: () => token,
      refreshSession: () => Promise.resolve(false),
      endpoint: `${base}${UPLOAD_PATH}`,
      uploadSourceOf: async (blob) => Buffer.from(await blob.arrayBuffer()),
      evict: () => Promise.resolve([]),
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    } finally {
      uploader.stop();
    }
    const attempts = requests.filter((line) => line.startsWith('POST')).length;
    // Backoff 1 s, 2 s …: at most a handful of attempts in 3 s (without it, hundreds).
    expect(attempts).toBeGreaterThanOrEqual(1);
    expect(attempts).toBeLessThanOrEqual(4);
    expect((await db.files.findOne(sha256).exec())?.uploadState).toBe('waiting');
  }, 30_000);
});
