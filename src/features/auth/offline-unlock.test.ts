import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDaibanDatabase, removeDaibanDatabase, type DaibanDatabase } from '../../db/daiban-database';
import { establishAfterLogin, unlockDevice, vaultOwner, type SealedSession } from './offline-unlock';

const storage = getRxStorageDexie({ indexedDB, IDBKeyRange });
let counter = 0;
let db: DaibanDatabase | null = null;

const agent: SealedSession = {
  user: {
    id: 'u-cun042',
    username: 'cun042',
    name: '李代办',
    role: 'agent',
    scope: '110105001001',
    scopeName: '青石村',
  },
  refreshToken: 'refresh-secret-token',
  deviceId: 'device-0001',
};

afterEach(async () => {
  if (db && !db.closed) await db.close();
  db = null;
});

async function freshDb() {
  const name = `unlock${++counter}`;
  db = await openDaibanDatabase({ name, storage });
  const wipe = async () => {
    await removeDaibanDatabase(db, { name, storage });
    db = await openDaibanDatabase({ name, storage });
    return db;
  };
  return { database: db, wipe };
}

describe('offline unlock', () => {
  it('unlocks offline with the password after the first login, and refuses a wrong one', async () => {
    const { database, wipe } = await freshDb();
    await establishAfterLogin(database, 'daiban123', agent, wipe, { iterations: 1_000 });
    expect(await vaultOwner(database)).toEqual({ username: 'cun042', displayName: '李代办' });
    expect(await unlockDevice(database, 'wrong-password')).toBeNull();
    const unlocked = await unlockDevice(database, 'daiban123');
    expect(unlocked?.session).toEqual(agent);
  });

  it('stores neither the password nor the refresh token in the clear', async () => {
    const { database, wipe } = await freshDb();
    await establishAfterLogin(database, 'daiban123', agent, wipe, { iterations: 1_000 });
    const stored = JSON.stringify(await database.meta.find().exec());
    expect(stored).not.toContain('daiban123');
    expect(stored).not.toContain('refresh-secret-token');
  });

  it('wipes the previous user when another user signs in on the device', async () => {
    const { database, wipe } = await freshDb();
    await establishAfterLogin(database, 'daiban123', agent, wipe, { iterations: 1_000 });
    await database.drafts.insert({
      id: 'draft-0001',
      regionCode: '110105001001',
      itemCode: 'X',
      updatedAt: '2026-11-23T00:00:00Z',
      applicantIdHash: '',
      dataCipher: 'g1.a.b',
    });
    const other: SealedSession = { ...agent, user: { ...agent.user, id: 'u-cun043', username: 'cun043' } };
    const result = await establishAfterLogin(database, 'other-pass', other, wipe, { iterations: 1_000 });
    expect(await result.db.drafts.count().exec()).toBe(0);
    expect((await vaultOwner(result.db))?.username).toBe('cun043');
  });
});
