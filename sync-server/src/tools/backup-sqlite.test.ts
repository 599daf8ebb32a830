/** The online SQLite backup: taken from a live store while it is being written, the copy opens as a store. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoDistrict } from '../seed-demo';
import { openSqliteStore } from '../store/sqlite-store';
import type { Store } from '../store/store';
import { actionRecord } from '../store/store-contract-fixtures';
import { backupSqlite } from './backup-sqlite';

const VILLAGE = '360799101201';

describe('backupSqlite', () => {
  let dir: string;
  let store: Store;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'daiban-backup-'));
    store = await openSqliteStore(join(dir, 'data', 'daiban.sqlite'));
    await store.migrate();
    await seedDemoDistrict(store, { hash: async (password) => `test$${password}`, withHistory: false });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up a live store while it is written, and the copy reopens as a consistent store', async () => {
    const before = await store.maxSeq();
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        written += 1;
        await store.insertAction(actionRecord(`act-${written}`, 'case-1', VILLAGE));
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const destination = join(dir, 'backups', 'daiban-copy.sqlite');
    const summary = await backupSqlite(join(dir, 'data', 'daiban.sqlite'), destination);
    writing = false;
    await writer;

    expect(summary.pages).toBeGreaterThan(0);
    expect(existsSync(`${destination}-wal`)).toBe(false);
    const after = await store.maxSeq();
    expect(written).toBeGreaterThan(0);

    const copy = await openSqliteStore(destination);
    try {
      expect(await copy.migrationStatus()).toMatchObject({ pending: [] });
      const copied = await copy.maxSeq();
      expect(copied).toBeGreaterThanOrEqual(before);
      expect(copied).toBeLessThanOrEqual(after);
      expect(await copy.countUsers()).toBe(await store.countUsers());
      // One committed state: the actions in the copy are exactly those up to its max seq, none missing.
      const actions = await copy.listActionsOfCase('case-1');
      expect(actions.map((action) => action.seq)).toEqual(
        Array.from({ length: actions.length }, (_, i) => before + i + 1),
      );
      if (actions.length > 0) expect(copied).toBe(before + actions.length);
      // The copy is a working store: it takes new writes after its own order.
      const inserted = await copy.insertAction(actionRecord('act-after', 'case-1', VILLAGE));
      expect(inserted).toEqual({ status: 'inserted', seq: copied + 1 });
    } finally {
      await copy.close();
    }
    // The live store kept working through the backup.
    expect((await store.insertAction(actionRecord('act-live', 'case-1', VILLAGE))).status).toBe('inserted');
  });

  it('refuses to overwrite an existing file', async () => {
    const destination = join(dir, 'once.sqlite');
    await backupSqlite(join(dir, 'data', 'daiban.sqlite'), destination);
    await expect(backupSqlite(join(dir, 'data', 'daiban.sqlite'), destination)).rejects.toThrow(
      /already exists/,
    );
  });
});
