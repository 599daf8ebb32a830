import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataKeys } from './crypto/field-cipher';
import { openDaibanDatabase, type DaibanDatabase } from './daiban-database';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from './device-vault';
import { createDraftStore } from './draft-store';
import { createFileStore, PhotoUnavailableError, sha256HexOf, type StoredFileMeta } from './file-store';
import { evictUploadedPhotos, evictUploadedPhotosDaily, lastEvictionAt } from './photo-eviction';

const storage = getRxStorageDexie({ indexedDB, IDBKeyRange });
const VILLAGE = '110105001001';
const NOW = new Date('2026-11-23T08:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
let counter = 0;
const open: DaibanDatabase[] = [];

async function setUp(): Promise<{ db: DaibanDatabase; keys: DataKeys }> {
  const db = await openDaibanDatabase({ name: `eviction${++counter}`, storage });
  open.push(db);
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const hashKey = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return { db, keys: { dataKey, hashKey } };
}

afterEach(async () => {
  for (const db of open.splice(0)) if (!db.closed) await db.close();
});

const meta = (draftId: string): StoredFileMeta => ({
  kind: 'material',
  draftId,
  materialId: 'id-card',
  page: 1,
  type: 'image/jpeg',
});

/** Stores a photo with the given bytes, age and upload state; answers its hash. */
async function storePhoto(
  db: DaibanDatabase,
  keys: DataKeys,
  bytes: number[],
  options: { ageDays: number; state: 'local' | 'waiting' | 'uploading' | 'uploaded'; draftId?: string },
): Promise<string> {
  const files = createFileStore(db, keys);
  const hash = await files.put(
    new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }),
    meta(options.draftId ?? ''),
  );
  await (
    await db.files.findOne(hash).exec()
  )?.incrementalPatch({
    createdAt: daysAgo(options.ageDays),
    uploadState: options.state,
  });
  return hash;
}

const stateOf = async (db: DaibanDatabase, hash: string) =>
  (await db.files.findOne(hash).exec())?.uploadState;
const hasBytes = async (db: DaibanDatabase, hash: string) =>
  Boolean((await db.files.findOne(hash).exec())?.getAttachment('sealed'));

describe('evictUploadedPhotos', () => {
  it('drops the bytes of uploaded photos older than the age, keeps the row as evicted', async () => {
    const { db, keys } = await setUp();
    const old = await storePhoto(db, keys, [1], { ageDays: 31, state: 'uploaded' });
    const recent = await storePhoto(db, keys, [2], { ageDays: 29, state: 'uploaded' });
    expect(await evictUploadedPhotos(db, { olderThanDays: 30, now: NOW })).toEqual([old]);
    expect(await stateOf(db, old)).toBe('evicted');
    expect(await hasBytes(db, old)).toBe(false);
    const row = (await db.files.findOne(old).exec())?.toJSON();
    expect(row).toMatchObject({ id: old, mimeType: 'image/jpeg', size: 1, kind: 'material' });
    expect(await stateOf(db, recent)).toBe('uploaded');
    expect(await hasBytes(db, recent)).toBe(true);
    expect(await createFileStore(db, keys).get(old)).toBeNull();
    // A second pass has nothing more to do.
    expect(await evictUploadedPhotos(db, { olderThanDays: 30, now: NOW })).toEqual([]);
  });

  it('never evicts a file the server has not confirmed', async () => {
    const { db, keys } = await setUp();
    const hashes = [
      await storePhoto(db, keys, [1], { ageDays: 100, state: 'local' }),
      await storePhoto(db, keys, [2], { ageDays: 100, state: 'waiting' }),
      await storePhoto(db, keys, [3], { ageDays: 100, state: 'uploading' }),
    ];
    expect(await evictUploadedPhotos(db, { olderThanDays: 30, now: NOW })).toEqual([]);
    for (const hash of hashes) expect(await hasBytes(db, hash)).toBe(true);
  });

  it('keeps the photos of a draft that is still on the device', async () => {
    const { db, keys } = await setUp();
    await createDraftStore(db, keys, VILLAGE).save({
      id: 'draft-open',
      regionCode: VILLAGE,
      itemCode: 'X',
      updatedAt: daysAgo(40),
      applicantId: '11010519491231002X',
      data: { id: 'draft-open' },
    });
    const ofDraft = await storePhoto(db, keys, [1], {
      ageDays: 40,
      state: 'uploaded',
      draftId: 'draft-open',
    });
    const submitted = await storePhoto(db, keys, [2], {
      ageDays: 40,
      state: 'uploaded',
      draftId: 'draft-gone',
    });
    expect(await evictUploadedPhotos(db, { olderThanDays: 30, now: NOW })).toEqual([submitted]);
    expect(await hasBytes(db, ofDraft)).toBe(true);
  });

  it('uses the per-device setting (default 30 days) when no age is given', async () => {
    const { db, keys } = await setUp();
    expect((await loadSettings(db)).evictPhotosAfterDays).toBe(30);
    expect(DEFAULT_SETTINGS.evictPhotosAfterDays).toBe(30);
    const tenDays = await storePhoto(db, keys, [1], { ageDays: 10, state: 'uploaded' });
    const fortyDays = await storePhoto(db, keys, [2], { ageDays: 40, state: 'uploaded' });
    expect(await evictUploadedPhotos(db, { now: NOW })).toEqual([fortyDays]);
    await saveSettings(db, { evictPhotosAfterDays: 7 });
    expect((await loadSettings(db)).lockAfterMinutes).toBe(10); // other settings kept
    expect(await evictUploadedPhotos(db, { now: NOW })).toEqual([tenDays]);
  });

  it('runs at most once a day', async () => {
    const { db, keys } = await setUp();
    await storePhoto(db, keys, [1], { ageDays: 40, state: 'uploaded' });
    expect(await evictUploadedPhotosDaily(db, { now: NOW })).toHaveLength(1);
    expect(await lastEvictionAt(db)).toBe(NOW.getTime());
    const later = await storePhoto(db, keys, [2], { ageDays: 40, state: 'uploaded' });
    expect(await evictUploadedPhotosDaily(db, { now: new Date(NOW.getTime() + 3_600_000) })).toBeNull();
    expect(await hasBytes(db, later)).toBe(true);
    expect(await evictUploadedPhotosDaily(db, { now: new Date(NOW.getTime() + 86_400_000) })).toEqual([
      later,
    ]);
  });

  it('keeps an evicted file evicted when its case is marked waiting again', async () => {
    const { db, keys } = await setUp();
    const hash = await storePhoto(db, keys, [1], { ageDays: 40, state: 'uploaded' });
    await evictUploadedPhotos(db, { now: NOW });
    await createFileStore(db, keys).markWaiting([hash], 'case-1');
    expect(await stateOf(db, hash)).toBe('evicted');
    expect(await createFileStore(db, keys).listWaiting()).toEqual([]);
  });
});

describe('getPhoto of an evicted photo', () => {
  const bytes = [9, 8, 7, 6, 5];

  async function evicted() {
    const { db, keys } = await setUp();
    const hash = await storePhoto(db, keys, bytes, { ageDays: 40, state: 'uploaded' });
    await evictUploadedPhotos(db, { now: NOW });
    return { db, keys, hash, files: createFileStore(db, keys) };
  }

  it('answers the bytes on the device without downloading', async () => {
    const { db, keys } = await setUp();
    const hash = await storePhoto(db, keys, bytes, { ageDays: 1, state: 'uploaded' });
    const download = () => Promise.reject(new Error('must not download'));
    const blob = await createFileStore(db, keys).getPhoto(hash, download);
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(new Uint8Array(bytes));
    expect(await createFileStore(db, keys).getPhoto('0'.repeat(64), download)).toBeNull();
  });

  it('downloads it again, checks the hash and stores it encrypted', async () => {
    const { db, hash, files } = await evicted();
    const asked: string[] = [];
    const blob = await files.getPhoto(hash, (wanted) => {
      asked.push(wanted);
      return Promise.resolve(new Blob([new Uint8Array(bytes)]));
    });
    expect(asked).toEqual([hash]);
    expect(blob?.type).toBe('image/jpeg');
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(new Uint8Array(bytes));
    expect(await stateOf(db, hash)).toBe('uploaded');
    const attachment = (await db.files.findOne(hash).exec())?.getAttachment('sealed');
    const data: Blob = await attachment!.getData();
    const sealed = new Uint8Array(await data.arrayBuffer());
    expect(sealed).not.toEqual(new Uint8Array(bytes)); // encrypted at rest
    expect(sealed.length).toBeGreaterThan(bytes.length);
    // Now on the device: no download needed.
    const again = await files.get(hash);
    expect(await sha256HexOf(again!)).toBe(hash);
  });

  it('refuses bytes whose SHA-256 is not the hash, and stores nothing', async () => {
    const { db, hash, files } = await evicted();
    const error = await files
      .getPhoto(hash, () => Promise.resolve(new Blob([new Uint8Array([6, 6, 6])])))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PhotoUnavailableError);
    expect((error as PhotoUnavailableError).reason).toBe('hash_mismatch');
    expect((error as Error).message).toBe('下载的照片与原件不符，已拒绝保存，请稍后重试或联系管理员');
    expect(await hasBytes(db, hash)).toBe(false);
    expect(await stateOf(db, hash)).toBe('evicted');
  });

  it('offline: a clear Chinese message instead of a broken image', async () => {
    const { hash, files } = await evicted();
    const offline = new PhotoUnavailableError('offline');
    await expect(files.getPhoto(hash, () => Promise.reject(offline))).rejects.toThrow(
      '照片已从本机清理，联网后可重新下载',
    );
    await expect(files.getPhoto(hash)).rejects.toThrow('照片已从本机清理，联网后可重新下载');
    await expect(files.getPhoto(hash, () => Promise.reject(new Error('boom')))).rejects.toMatchObject({
      reason: 'failed',
    });
  });
});
