/**
 * The store contract on PostgreSQL: each test gets a fresh database (daiban_test_<random>), dropped after.
 * Runs when a server answers at DATABASE_URL_TEST or postgres://postgres@127.0.0.1:5432/postgres; when none
 * does, it FAILS under CI=true and is skipped with a loud warning otherwise.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';
import { openPostgresStore } from './postgres-store';
import type { Store } from './store';
import { runStoreContract } from './store-contract';
import { runQueryStoreContract } from './store-contract-queries';
import { runReplicationStoreContract } from './store-contract-replication';
import { runSupervisionStoreContract } from './store-contract-supervision';

const ADMIN_URL = process.env.DATABASE_URL_TEST ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const isCi = process.env.CI === 'true';

async function isReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const databases = new WeakMap<Store, string>();

async function makeStore(): Promise<Store> {
  const name = `daiban_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const store = await openPostgresStore(url.toString(), { poolSize: 12 });
  databases.set(store, name);
  return store;
}

async function cleanup(store: Store): Promise<void> {
  await store.close();
  const name = databases.get(store);
  if (name !== undefined)
    await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

const hasServer = await isReachable();

if (hasServer) {
  runStoreContract('PostgreSQL', makeStore, cleanup);
  runReplicationStoreContract('PostgreSQL', makeStore, cleanup);
  runQueryStoreContract('PostgreSQL', makeStore, cleanup);
  runSupervisionStoreContract('PostgreSQL', makeStore, cleanup);
} else if (isCi) {
  describe('Store contract: PostgreSQL', () => {
    it('needs a PostgreSQL server under CI=true', () => {
      throw new Error(
        `PostgreSQL is not reachable at ${ADMIN_URL} (set DATABASE_URL_TEST); CI=true requires it`,
      );
    });
  });
} else {
  console.warn(
    `\n⚠️  SKIPPING the PostgreSQL store contract: no server at ${ADMIN_URL}.\n` +
      '   Start PostgreSQL or set DATABASE_URL_TEST to run it (under CI=true this is a failure).\n',
  );
  describe.skip('Store contract: PostgreSQL (no server)', () => {
    it('skipped', () => undefined);
  });
}
