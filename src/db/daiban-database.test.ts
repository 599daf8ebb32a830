import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createRxDatabase } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  COLLECTION_CREATORS,
  openDaibanDatabase,
  removeDaibanDatabase,
  type DaibanDatabase,
} from './daiban-database';
import { caseHeadSchemaV0, NO_DEADLINE_KEY, type CaseHeadDocTypeV0 } from './schemas/case-schemas';

const storage = getRxStorageDexie({ indexedDB, IDBKeyRange });
let counter = 0;
const open: DaibanDatabase[] = [];

function headV0(id: string, deadline: string | null, status = 'accepted'): CaseHeadDocTypeV0 {
  return {
    id,
    receiptNo: `R-${id}`,
    regionCode: '110105001001',
    status,
    applicantIdHash: 'a'.repeat(64),
    updatedAt: '2026-11-01T08:00:00.000Z',
    head: { deadline, status },
    partyCipher: 'g1.x.y',
  };
}

afterEach(async () => {
  for (const db of open.splice(0)) if (!db.closed) await db.close();
});

describe('the device database', () => {
  it('opens ten collections, below the free build limit of 13', async () => {
    const db = await openDaibanDatabase({ name: `t${++counter}`, storage });
    open.push(db);
    expect(Object.keys(db.collections).sort()).toEqual([
      'actions',
      'caseHeads',
      'catalogue',
      'consultations',
      'drafts',
      'files',
      'holidays',
      'meta',
      'regions',
      'users',
    ]);
  });

  it('migrates version-0 case heads to version 1 with the deadline sort key, and queries by it', async () => {
    const name = `t${++counter}`;
    // A device that ran the first release: caseHeads at version 0.
    const old = await createRxDatabase({ name, storage, multiInstance: false });
    await old.addCollections({ ...COLLECTION_CREATORS, caseHeads: { schema: caseHeadSchemaV0 } });
    await old.collections.caseHeads!.bulkInsert([
      headV0('case-0001', '2026-12-01'),
      headV0('case-0002', null, 'submitted'),
      headV0('case-0003', '2026-11-20'),
    ]);
    await old.close();

    const db = await openDaibanDatabase({ name, storage });
    open.push(db);
    const all = await db.caseHeads.find({ sort: [{ deadlineKey: 'asc' }] }).exec();
    expect(all.map((doc) => [doc.id, doc.deadlineKey])).toEqual([
      ['case-0003', '2026-11-20'],
      ['case-0001', '2026-12-01'],
      ['case-0002', NO_DEADLINE_KEY],
    ]);
    // Nothing else changed.
    expect(all[0]?.partyCipher).toBe('g1.x.y');
    const accepted = await db.caseHeads
      .find({ selector: { status: 'accepted' }, sort: [{ deadlineKey: 'asc' }] })
      .exec();
    expect(accepted.map((doc) => doc.id)).toEqual(['case-0003', 'case-0001']);
  });

  it('removes everything on wipe: a reopened database is empty', async () => {
    const name = `t${++counter}`;
    const db = await openDaibanDatabase({ name, storage });
    await db.meta.insert({ id: 'vault', value: { secret: 'wrapped' } });
    await removeDaibanDatabase(db, { name, storage });
    const again = await openDaibanDatabase({ name, storage });
    open.push(again);
    expect(await again.meta.count().exec()).toBe(0);
  });
});
