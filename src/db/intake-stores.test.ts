import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createRxDatabase } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { submitPayload } from '../domain/case/case-test-fixtures';
import { isWellFormedReceiptNo, parseReceiptNo } from '../domain/case/receipt-number';
import { listSubmissions, loadSubmission, recordSubmission, type SubmitAction } from './case-submission';
import type { DataKeys } from './crypto/field-cipher';
import { COLLECTION_CREATORS, openDaibanDatabase, type DaibanDatabase } from './daiban-database';
import { createDraftStore } from './draft-store';
import { createFileStore, sha256HexOf } from './file-store';
import { deviceSeqFromDeviceId, issueReceiptNo } from './receipt-sequence';
import { fileSchemaV0 } from './schemas/local-schemas';

const storage = getRxStorageDexie({ indexedDB, IDBKeyRange });
const VILLAGE = '110105001001';
let counter = 0;
const open: DaibanDatabase[] = [];

async function setUp(): Promise<{ db: DaibanDatabase; keys: DataKeys }> {
  const db = await openDaibanDatabase({ name: `intake${++counter}`, storage });
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

describe('intake stores on the device database', () => {
  it('keeps drafts sealed: no ID number or name in the stored document, listed newest first', async () => {
    const { db, keys } = await setUp();
    const drafts = createDraftStore(db, keys, VILLAGE);
    const draft = (id: string, updatedAt: string) => ({
      id,
      regionCode: VILLAGE,
      itemCode: 'X',
      updatedAt,
      applicantId: '11010519491231002X',
      data: { id, name: '张三', idNumber: '11010519491231002X' },
    });
    await drafts.save(draft('draft-0001', '2026-11-01T08:00:00.000Z'));
    await drafts.save(draft('draft-0002', '2026-11-02T08:00:00.000Z'));
    const raw = JSON.stringify((await db.drafts.findOne('draft-0001').exec())?.toJSON());
    expect(raw).not.toContain('11010519491231002X');
    expect(raw).not.toContain('张三');
    expect(await drafts.load('draft-0001')).toEqual(draft('draft-0001', '').data);
    expect(((await drafts.list()) as Array<{ id: string }>).map((d) => d.id)).toEqual([
      'draft-0002',
      'draft-0001',
    ]);
    await drafts.remove('draft-0001');
    await drafts.remove('draft-0001'); // idempotent
    expect(await drafts.load('draft-0001')).toBeNull();
  });

  it('stores photos encrypted under the SHA-256 of their plain bytes, once, and marks them waiting', async () => {
    const { db, keys } = await setUp();
    const files = createFileStore(db, keys);
    const photo = new Blob([new Uint8Array([1, 2, 3, 4, 5])], { type: 'image/jpeg' });
    const meta = {
      kind: 'material',
      draftId: 'draft-0001',
      materialId: 'id-card',
      page: 1,
      type: 'image/jpeg',
    } as const;
    const hash = await files.put(photo, meta);
    expect(hash).toBe(await sha256HexOf(photo));
    expect(await files.put(photo, meta)).toBe(hash);
    const back = await files.get(hash);
    expect(new Uint8Array(await back!.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3, 4, 5]));
    expect((await db.files.findOne(hash).exec())?.uploadState).toBe('local');
    expect(await files.listWaiting()).toEqual([]);
    await files.markWaiting([hash], 'case-0001');
    expect((await files.listWaiting()).map((file) => [file.id, file.caseId])).toEqual([[hash, 'case-0001']]);
  });

  it('issues receipt numbers that never repeat, persisted in meta', async () => {
    const { db } = await setUp();
    const deviceSeq = deviceSeqFromDeviceId('dev_abcdefgh');
    expect(deviceSeq).toBe(deviceSeqFromDeviceId('dev_abcdefgh'));
    expect(deviceSeq).toBeGreaterThanOrEqual(2);
    expect(deviceSeq).toBeLessThanOrEqual(9999);
    const options = { regionCode: VILLAGE, deviceSeq, today: '2026-11-23' };
    const first = await issueReceiptNo(db, options);
    const second = await issueReceiptNo(db, options);
    const afterClockWentBack = await issueReceiptNo(db, { ...options, today: '2026-11-20' });
    expect([first, second, afterClockWentBack].every(isWellFormedReceiptNo)).toBe(true);
    expect([first, second, afterClockWentBack].map((no) => parseReceiptNo(no)?.counter)).toEqual([1, 2, 3]);
  });

  it('records a submit as a pending sealed action and finds it again by receipt number', async () => {
    const { db, keys } = await setUp();
    const payload = submitPayload();
    const action = {
      id: '01JTESTACTION0000000000001',
      caseId: '01JTESTCASE00000000000001',
      regionCode: VILLAGE,
      actorId: 'u-agent',
      actorName: '代办员甲',
      actorRole: 'agent',
      deviceId: 'dev_abcdefgh',
      clientTime: '2026-11-23T08:00:00.000Z',
      type: 'submit',
      payload,
    } as SubmitAction;
    await recordSubmission(db, keys, {
      action,
      optimisticHead: null,
      fileHashes: [],
      extras: { stationName: '青石村', deferred: [] },
    });
    const stored = await db.actions.findOne(action.id).exec();
    expect(stored?.status).toBe('pending');
    expect(JSON.stringify(stored?.toJSON())).not.toContain(payload.applicant.name);
    const found = await loadSubmission(db, keys, payload.receiptNo);
    expect(found?.action.payload.receiptNo).toBe(payload.receiptNo);
    expect(found?.extras?.stationName).toBe('青石村');
    expect(
      (await listSubmissions(db, keys, { regionCode: VILLAGE, deviceId: 'dev_abcdefgh' })).map(
        (line) => line.receiptNo,
      ),
    ).toEqual([payload.receiptNo]);
  });

  it('migrates version-0 file records to version 1 (kind, draft, material, page)', async () => {
    const name = `intake${++counter}`;
    const old = await createRxDatabase({ name, storage, multiInstance: false });
    await old.addCollections({ ...COLLECTION_CREATORS, files: { schema: fileSchemaV0 } });
    await old.collections.files!.insert({
      id: 'a'.repeat(64),
      caseId: 'case-0001',
      mimeType: 'image/jpeg',
      size: 5,
      createdAt: '2026-11-01T08:00:00.000Z',
      uploadState: 'waiting',
      uploadedBytes: 0,
    });
    await old.close();
    const db = await openDaibanDatabase({ name, storage });
    open.push(db);
    const doc = await db.files.findOne('a'.repeat(64)).exec();
    expect(doc?.toJSON()).toMatchObject({
      caseId: 'case-0001',
      uploadState: 'waiting',
      kind: 'material',
      draftId: '',
      materialId: '',
      page: 0,
    });
  });
});
