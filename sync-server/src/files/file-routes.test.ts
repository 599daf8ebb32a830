import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DetailedError, Upload } from 'tus-js-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addRoleUsers,
  bearer,
  newId,
  rowsOf,
  signIn,
  submitDocument,
} from '../replication/replication-test-fixtures';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { UPLOAD_PATH } from './file-routes';

const MAX_BYTES = 8 * 1024;
const sha256Of = (data: Buffer) => createHash('sha256').update(data).digest('hex');
/** Random bytes that begin like a file of the type (the server checks the magic number). */
const fileLike = (type: 'jpeg' | 'png', size: number) => {
  const magic = type === 'jpeg' ? [0xff, 0xd8, 0xff, 0xe0] : [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return Buffer.concat([Buffer.from(magic), randomBytes(size - magic.length)]);
};

describe('files: tus uploads and jurisdiction-checked downloads', () => {
  let t: TestApp;
  let base: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ env: { FILE_MAX_BYTES: String(MAX_BYTES) } });
    await addRoleUsers(t.store, new Date(t.clock.now).toISOString());
    for (const username of ['agent1', 'reviewer1', 'agentB'])
      tokens[username] = (await signIn(t, username)).token;
    base = await t.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await t.close();
  });

  /** Uploads with tus-js-client; resolves with the upload URL or the HTTP status of the failure. */
  const upload = (
    data: Buffer,
    metadata: Record<string, string>,
    options: { token?: string; chunkSize?: number; uploadUrl?: string; stopAfterFirstChunk?: boolean } = {},
  ) =>
    new Promise<{ url: string | null; status: number | null; isStopped?: boolean }>((resolve) => {
      const tus: Upload = new Upload(data, {
        endpoint: `${base}${UPLOAD_PATH}`,
        uploadUrl: options.uploadUrl ?? null,
        metadata,
        headers: options.token === '' ? {} : bearer(options.token ?? tokens.agent1 ?? ''),
        chunkSize: options.chunkSize ?? Infinity,
        retryDelays: null,
        storeFingerprintForResuming: false,
        onChunkComplete: () => {
          if (!options.stopAfterFirstChunk) return;
          void tus.abort().then(() => resolve({ url: tus.url, status: null, isStopped: true }));
        },
        onSuccess: () => resolve({ url: tus.url, status: null }),
        onError: (error) =>
          resolve({
            url: null,
            status: error instanceof DetailedError ? (error.originalResponse?.getStatus() ?? -1) : -1,
          }),
      });
      tus.start();
    });
  const download = (sha256: string, username: string) =>
    fetch(`${base}/api/files/${sha256}`, { headers: bearer(tokens[username] ?? '') });

  it('stores a verified upload and serves it only to callers whose jurisdiction has a case referring to it', async () => {
    const data = fileLike('jpeg', 3000);
    const sha256 = sha256Of(data);
    const done = await upload(data, { sha256, contentType: 'image/jpeg' });
    expect(done.status).toBeNull();
    expect((await download(sha256, 'agent1')).status).toBe(404); // not referenced yet
    const submit = submitDocument(newId('case'));
    const payload = submit.payload as { materials: { files: string[] }[] };
    payload.materials = [{ ...payload.materials[0], files: [sha256] }];
    const pushed = await fetch(`${base}/api/replication/actions/push`, {
      method: 'POST',
      headers: { ...bearer(tokens.agent1 ?? ''), 'content-type': 'application/json' },
      body: JSON.stringify(rowsOf(submit)),
    });
    expect(pushed.status).toBe(200);
    for (const username of ['agent1', 'reviewer1']) {
      const response = await download(sha256, username);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/jpeg');
      expect(Buffer.from(await response.arrayBuffer()).equals(data)).toBe(true);
    }
    const foreign = await download(sha256, 'agentB');
    const missing = await download('e'.repeat(64), 'agentB');
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).toBe(await missing.text());
    expect((await fetch(`${base}/api/files/${sha256}`)).status).toBe(401);
  });

  it('continues an interrupted upload where it stopped', async () => {
    const data = fileLike('png', 6000);
    const sha256 = sha256Of(data);
    const first = await upload(
      data,
      { sha256, contentType: 'image/png' },
      { chunkSize: 2048, stopAfterFirstChunk: true },
    );
    expect(first.isStopped).toBe(true);
    expect(first.url).toContain(UPLOAD_PATH);
    const head = await fetch(first.url ?? '', {
      method: 'HEAD',
      headers: { ...bearer(tokens.agent1 ?? ''), 'tus-resumable': '1.0.0' },
    });
    expect(head.headers.get('upload-offset')).toBe('2048');
    const stranger = await fetch(first.url ?? '', {
      method: 'HEAD',
      headers: { ...bearer(tokens.agentB ?? ''), 'tus-resumable': '1.0.0' },
    });
    expect(stranger.status).toBe(404);
    const resumed = await upload(data, { sha256, contentType: 'image/png' }, { uploadUrl: first.url ?? '' });
    expect(resumed).toMatchObject({ status: null, url: first.url });
    expect(existsSync(join(t.config.dataDir, 'files', 'blobs', sha256))).toBe(true);
  });

  it('refuses a wrong hash (460, discarded), a bad type, an oversized file and a missing token', async () => {
    const data = randomBytes(1000);
    const wrong = await upload(data, { sha256: 'f'.repeat(64), contentType: 'image/jpeg' });
    expect(wrong.status).toBe(460);
    expect(existsSync(join(t.config.dataDir, 'files', 'blobs', 'f'.repeat(64)))).toBe(false);
    expect((await upload(data, { sha256: sha256Of(data), contentType: 'text/html' })).status).toBe(415);
    expect((await upload(data, { sha256: 'nope', contentType: 'image/jpeg' })).status).toBe(400);
    const big = randomBytes(MAX_BYTES + 1);
    expect((await upload(big, { sha256: sha256Of(big), contentType: 'image/jpeg' })).status).toBe(413);
    expect(
      (await upload(data, { sha256: sha256Of(data), contentType: 'image/jpeg' }, { token: '' })).status,
    ).toBe(401);
  });
});
