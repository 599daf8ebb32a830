import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite-store';
import type { Store } from './store';
import { runStoreContract } from './store-contract';
import { runQueryStoreContract } from './store-contract-queries';
import { runReplicationStoreContract } from './store-contract-replication';
import { runSupervisionStoreContract } from './store-contract-supervision';

const paths = new WeakMap<Store, string>();

async function makeStore(): Promise<Store> {
  const path = join(mkdtempSync(join(tmpdir(), 'daiban-sqlite-')), 'daiban.sqlite');
  const store = await openSqliteStore(path);
  paths.set(store, path);
  return store;
}

async function cleanup(store: Store): Promise<void> {
  await store.close();
  const path = paths.get(store);
  if (path !== undefined) rmSync(dirname(path), { recursive: true, force: true });
}

runStoreContract('SQLite', makeStore, cleanup);
runReplicationStoreContract('SQLite', makeStore, cleanup);
runQueryStoreContract('SQLite', makeStore, cleanup);
runSupervisionStoreContract('SQLite', makeStore, cleanup);

describe('SQLite store specifics', () => {
  it('keeps its data across a reopen and does not re-apply migrations', async () => {
    const store = await makeStore();
    const path = paths.get(store) ?? '';
    expect(await store.migrate()).toEqual([
      '0001_initial',
      '0002_consultations',
      '0003_receipt_lookup',
      '0004_supervision',
    ]);
    await store.appendAudit({
      actorId: null,
      action: 'test',
      target: 'store',
      at: '2026-01-01T00:00:00.000Z',
    });
    await store.close();
    const reopened = await openSqliteStore(path);
    expect(await reopened.migrate()).toEqual([]);
    expect(await reopened.listAudit()).toHaveLength(1);
    await reopened.close();
    rmSync(dirname(path), { recursive: true, force: true });
  });

  it('reports every migration pending before the first migrate', async () => {
    const store = await makeStore();
    expect(await store.migrationStatus()).toEqual({
      applied: [],
      pending: ['0001_initial', '0002_consultations', '0003_receipt_lookup', '0004_supervision'],
    });
    await cleanup(store);
  });
});
