/**
 * Bad uploads (tus): a wrong SHA-256, content that is not the declared type (magic number), a type that is
 * not allowed, a size over FILE_MAX_BYTES (declared, or sent beyond the declaration), broken metadata and
 * headers, someone else's upload, ids that try to leave the upload folder. Each is refused with a 4xx and
 * leaves nothing behind: no blob, no upload file or sidecar, no row.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../replication/replication-test-fixtures';
import { JPEG_MAGIC, PNG_MAGIC, startFuzzApp, type FuzzApp } from './fuzz-app';
import { describeChanges, type StoreDigest } from './store-digest';

const MAX_BYTES = 4096;
const MAGIC: Record<string, Buffer> = {
  'image/jpeg': JPEG_MAGIC,
  'image/png': PNG_MAGIC,
  'image/webp': Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x10, 0, 0, 0]), Buffer.from('WEBPVP8 ')]),
  'application/pdf': Buffer.from('%PDF-1.7\n'),
};
const ALLOWED = Object.keys(MAGIC);
const TUS = { 'tus-resumable': '1.0.0' };
const CHUNK = { 'content-type': 'application/offset+octet-stream' };

/** A refused creation: its headers and why it is wrong. */
interface Bad {
  headers: Record<string, string>;
  why: string;
}

const sha256Of = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const base64 = (text: string) => Buffer.from(text).toString('base64');
const metadataOf = (sha256: string, contentType: string) =>
  `sha256 ${base64(sha256)},contentType ${base64(contentType)}`;

/** Content of `size` bytes that begins like `type` (or like nothing allowed when type is null). */
function contentOf(type: string | null, size: number): Buffer {
  const magic = type === null ? Buffer.from('<html><body>') : (MAGIC[type] ?? Buffer.alloc(0));
  return Buffer.concat([magic, randomBytes(Math.max(0, size - magic.length))]).subarray(0, Math.max(size, 1));
}

describe('upload refusals leave nothing behind', () => {
  let f: FuzzApp;
  beforeAll(async () => {
    f = await startFuzzApp({ env: { FILE_MAX_BYTES: String(MAX_BYTES) } });
  }, 60_000);
  afterAll(async () => f?.close());

  const agent = () => ({ ...bearer(f.tokens.agent1), ...TUS });
  const create = (headers: Record<string, string>, payload?: Buffer | Readable) =>
    f.app.inject({ method: 'POST', url: '/api/files/uploads', headers: { ...agent(), ...headers }, payload });
  const patch = (id: string, offset: number, data: Buffer | Readable, headers: Record<string, string> = {}) =>
    f.app.inject({
      method: 'PATCH',
      url: `/api/files/uploads/${id}`,
      headers: { ...agent(), ...CHUNK, 'upload-offset': String(offset), ...headers },
      payload: data,
    });
  const idOf = (location: unknown) =>
    String(location ?? '')
      .split('/')
      .pop() ?? '';
  const expectSame = async (before: StoreDigest, what: string) => {
    const changes = describeChanges(before, await f.digest());
    if (changes !== '') throw new Error(`${what} left something behind: ${changes}`);
  };

  it('refuses content whose hash or magic number is wrong, in one or several chunks, and discards it', async () => {
    const scenario = fc.record({
      declared: fc.constantFrom(...ALLOWED),
      actual: fc.option(fc.constantFrom(...ALLOWED), { nil: null }),
      size: fc.integer({ min: 1, max: MAX_BYTES }),
      isHashWrong: fc.boolean(),
      chunks: fc.integer({ min: 1, max: 3 }),
      isSentWithCreation: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        scenario,
        async ({ declared, actual, size, isHashWrong, chunks, isSentWithCreation }) => {
          // A file of another type than declared, or of the declared type with a wrong hash: never both right.
          const type = isHashWrong ? declared : actual === declared ? null : actual;
          const data = contentOf(type, size);
          const sha256 = isHashWrong ? sha256Of(Buffer.concat([data, Buffer.from('x')])) : sha256Of(data);
          const before = await f.digest();
          const headers = {
            'upload-length': String(data.length),
            'upload-metadata': metadataOf(sha256, declared),
          };
          let last;
          if (isSentWithCreation) {
            last = await create({ ...headers, ...CHUNK }, data);
          } else {
            const created = await create(headers);
            expect(created.statusCode).toBe(201);
            const id = idOf(created.headers.location);
            const step = Math.ceil(data.length / chunks);
            for (let offset = 0; offset < data.length; offset += step) {
              last = await patch(id, offset, data.subarray(offset, offset + step));
              if (offset + step < data.length) expect(last.statusCode).toBe(204);
            }
          }
          expect(last?.statusCode, last?.body).toBe(isHashWrong ? 460 : 415);
          await expectSame(
            before,
            `${declared} upload (${isHashWrong ? 'wrong hash' : `content ${String(type)}`})`,
          );
        },
      ),
      { seed: 9_101, numRuns: 60 },
    );
  }, 120_000);

  it('refuses a creation with bad metadata, a type not allowed or a size over the limit, creating nothing', async () => {
    const data = contentOf('image/jpeg', 100);
    const good = metadataOf(sha256Of(data), 'image/jpeg');
    const bad = fc.oneof(
      fc
        .constantFrom(
          'text/html',
          'image/svg+xml',
          'application/x-msdownload',
          'image/jpeg; x=1',
          'IMAGE/JPEG',
          '',
        )
        .map((type): Bad => ({
          headers: { 'upload-length': '100', 'upload-metadata': metadataOf(sha256Of(data), type) },
          why: `type ${type}`,
        })),
      fc
        .constantFrom(
          'F'.repeat(64),
          'a'.repeat(63),
          'g'.repeat(64),
          '',
          '../../secret.key',
          `${'a'.repeat(64)}\n`,
        )
        .map((sha): Bad => ({
          headers: { 'upload-length': '100', 'upload-metadata': metadataOf(sha, 'image/jpeg') },
          why: `sha256 ${sha}`,
        })),
      fc.integer({ min: MAX_BYTES + 1, max: 2 ** 40 }).map((length): Bad => ({
        headers: { 'upload-length': String(length), 'upload-metadata': good },
        why: `length ${String(length)}`,
      })),
      fc
        .constantFrom('-1', '1e3', 'abc', '1.5', '', '0x10', '99999999999999999999999')
        .map((length): Bad => ({
          headers: { 'upload-length': length, 'upload-metadata': good },
          why: `length ${length}`,
        })),
      fc.constantFrom<Bad>(
        { headers: { 'upload-defer-length': '1', 'upload-metadata': good }, why: 'deferred length' },
        { headers: { 'upload-metadata': good }, why: 'no length' },
        { headers: { 'upload-length': '100' }, why: 'no metadata' },
        {
          headers: { 'upload-length': '100', 'upload-metadata': 'sha256 !!!,contentType ***' },
          why: 'metadata not base64',
        },
        {
          headers: { 'upload-length': '100', 'upload-metadata': `${good},sha256 ${base64('b'.repeat(64))}` },
          why: 'duplicate key',
        },
        {
          headers: { 'upload-length': '100', 'upload-metadata': good, 'tus-resumable': '0.2.2' },
          why: 'old tus version',
        },
        {
          headers: { 'upload-length': '100', 'upload-metadata': good, 'upload-concat': 'final;/a /b' },
          why: 'concatenation',
        },
        {
          headers: {
            'upload-length': '100',
            'upload-metadata': good,
            authorization: `Bearer ${f.bad.revokedDevice}`,
          },
          why: 'revoked device',
        },
        {
          headers: { 'upload-length': '100', 'upload-metadata': good, authorization: 'Bearer nonsense' },
          why: 'bad token',
        },
      ),
    );
    await fc.assert(
      fc.asyncProperty(bad, async ({ headers, why }) => {
        const before = await f.digest();
        const response = await create(headers);
        expect(response.statusCode, `${why}: ${response.body}`).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, why).toBeLessThan(500);
        await expectSame(before, why);
      }),
      { seed: 9_102, numRuns: 60 },
    );
  }, 120_000);

  it('refuses more bytes than declared, with the creation or later, without keeping any of them', async () => {
    const scenario = fc.record({
      size: fc.integer({ min: 8, max: MAX_BYTES - 100 }),
      extra: fc.integer({ min: 1, max: 90 }),
      isStreamed: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ size, extra, isStreamed }) => {
        const data = contentOf('image/png', size + extra);
        const headers = {
          'upload-length': String(size),
          'upload-metadata': metadataOf(sha256Of(data.subarray(0, size)), 'image/png'),
        };
        const body = () => (isStreamed ? Readable.from([data]) : data);
        const before = await f.digest();
        const withCreation = await create({ ...headers, ...CHUNK }, body());
        expect(withCreation.statusCode, withCreation.body).toBeGreaterThanOrEqual(400);
        expect(withCreation.statusCode).toBeLessThan(500);
        await expectSame(before, 'a creation sending more than declared');
        // Created properly, then a chunk that overflows: the upload stays as it was (empty, resumable).
        const created = await create(headers);
        const afterCreate = await f.digest();
        const overflow = await patch(idOf(created.headers.location), 0, body());
        expect(overflow.statusCode, overflow.body).toBe(413);
        await expectSame(afterCreate, 'a chunk beyond the declared size');
      }),
      { seed: 9_103, numRuns: 25 },
    );
  }, 120_000);

  it('refuses someone else’s upload, a wrong offset or content type, and ids that leave the folder', async () => {
    const data = contentOf('image/jpeg', 600);
    const created = await create({
      'upload-length': '600',
      'upload-metadata': metadataOf(sha256Of(data), 'image/jpeg'),
    });
    const id = idOf(created.headers.location);
    expect((await patch(id, 0, data.subarray(0, 200))).statusCode).toBe(204);
    const before = await f.digest();
    const stranger = { ...bearer(f.tokens.agentB), ...TUS };
    const attempts = [
      f.app.inject({ method: 'HEAD', url: `/api/files/uploads/${id}`, headers: stranger }),
      f.app.inject({
        method: 'PATCH',
        url: `/api/files/uploads/${id}`,
        headers: { ...stranger, ...CHUNK, 'upload-offset': '200' },
        payload: data.subarray(200),
      }),
      patch(id, 0, data.subarray(0, 100)),
      patch(id, 300, data.subarray(300)),
      patch(id, 200, data.subarray(200), { 'content-type': 'application/json' }),
      patch(id, 200, data.subarray(200), { 'upload-offset': '-5' }),
      patch(id, 200, data.subarray(200), { 'tus-resumable': '' }),
      ...[
        '..%2F..%2Fsecret.key',
        '..%2Fblobs%2F' + f.seeded.fileSha256,
        '%2e%2e',
        'seeded-photo',
        `${id}.json`,
        `${id}%00`,
      ].flatMap((bad) => [
        f.app.inject({ method: 'HEAD', url: `/api/files/uploads/${bad}`, headers: agent() }),
        f.app.inject({
          method: 'PATCH',
          url: `/api/files/uploads/${bad}`,
          headers: { ...agent(), ...CHUNK, 'upload-offset': '0' },
          payload: data,
        }),
      ]),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
    }
    await expectSame(before, 'foreign and misdirected chunks');
    // The owner can still finish it, and sending the same file again changes nothing.
    expect((await patch(id, 200, data.subarray(200))).statusCode).toBe(204);
    const stored = await f.digest();
    const again = await create(
      { 'upload-length': '600', 'upload-metadata': metadataOf(sha256Of(data), 'image/jpeg'), ...CHUNK },
      data,
    );
    expect(again.statusCode).toBe(201);
    const blobs = (digest: StoreDigest) =>
      Object.entries(digest.files).filter(([path]) => path.startsWith('blobs'));
    expect(blobs(await f.digest())).toEqual(blobs(stored));
  });
});
