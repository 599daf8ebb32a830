/**
 * The PostgreSQL store (pg Pool), for districts that run several server instances or want a managed
 * database.
 *
 * Commit order: a sequence value taken inside a transaction can become visible after a larger one, and a
 * puller that already moved past it would miss it forever. So every transaction that takes a replication
 * seq first takes a transaction-scoped advisory lock (REPLICATION_LOCK_KEY) and holds it until COMMIT:
 * seq-taking transactions commit one after the other, in seq order. Reads take no lock.
 */
import pg from 'pg';
import { applyMigrations, readMigrationStatus } from './migrations/apply-migrations';
import { POSTGRES_MIGRATIONS } from './migrations/postgres-migrations';
import { int, type SqlDriver, type SqlRow, type SqlValue } from './sql-driver';
import type { Store, StoreOps } from './store';
import { delegateStoreOps } from './delegate-store-ops';
import { createStoreOps } from './store-ops';
import { assertNotInTransaction, runInTransactionScope } from './transaction-scope';

/** pg_advisory_xact_lock keys ("daib" and "migr" in ASCII). */
export const REPLICATION_LOCK_KEY = 0x64616962;
export const MIGRATION_LOCK_KEY = 0x6d696772;

const OID = { int8: 20, json: 114, jsonb: 3802 } as const;

/** BIGINT as a number (seq stays far below 2^53); JSON left as text so both dialects parse it the same way. */
const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => {
    if (oid === OID.int8) return (value: string) => Number(value);
    if (oid === OID.json || oid === OID.jsonb) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  },
};

const numbered = new Map<string, string>();
/** `?` placeholders → `$1, $2, …` (our SQL has no `?` inside literals). */
function numberPlaceholders(sql: string): string {
  let result = numbered.get(sql);
  if (result === undefined) {
    let n = 0;
    result = sql.replace(/\?/g, () => `$${++n}`);
    numbered.set(sql, result);
  }
  return result;
}

type Queryable = pg.Pool | pg.PoolClient;

function postgresDriver(
  db: Queryable,
  inTransaction: boolean,
): SqlDriver & { exec(sql: string): Promise<void> } {
  let hasReplicationLock = false;
  const all = async (sql: string, params: readonly SqlValue[] = []) =>
    (await db.query<SqlRow>(numberPlaceholders(sql), [...params])).rows;
  const lockReplication = async () => {
    if (!inTransaction || hasReplicationLock) return;
    await db.query('SELECT pg_advisory_xact_lock($1)', [REPLICATION_LOCK_KEY]);
    hasReplicationLock = true;
  };
  return {
    dialect: 'postgres',
    all,
    get: async (sql, params) => (await all(sql, params))[0],
    run: async (sql, params = []) => (await db.query(numberPlaceholders(sql), [...params])).rowCount ?? 0,
    async nextSeq() {
      if (!inTransaction) throw new Error('a replication seq is taken only inside a write transaction');
      await lockReplication();
      const row = (await db.query<SqlRow>("SELECT nextval('replication_seq') AS seq")).rows[0];
      if (row === undefined) throw new Error('nextval returned no row');
      return int(row, 'seq');
    },
    lockReplication,
    exec: async (sql) => {
      await db.query(sql);
    },
  };
}

export interface PostgresStoreOptions {
  /** Connections in the pool (default 20). */
  poolSize?: number;
  /** Errors of idle pooled connections (the server restarted…); they must not crash the process. */
  onPoolError?: (error: Error) => void;
}

/** Connects a pool to `url`. Call `migrate()` before use. */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 20, types: typeParsers });
  pool.on('error', (error) => options.onPoolError?.(error));
  const readOps = createStoreOps(postgresDriver(pool, false));
  const owner = {};

  /** BEGIN … COMMIT on one pooled connection; `lockKey` is taken first when given. */
  const inTransaction = async <T>(
    fn: (driver: ReturnType<typeof postgresDriver>) => Promise<T>,
    lockKey?: number,
  ): Promise<T> => {
    assertNotInTransaction(owner);
    const client = await pool.connect();
    let isBroken = false;
    // A checked-out client is the caller's to watch: PostgreSQL going away between two queries of the
    // transaction emits 'error' on it, and with no listener that event crashed the server (found by
    // tests/fault/postgres-restart: pg_ctl stop -m fast during pushes). The transaction then fails
    // at its next query, and the connection is destroyed rather than reused.
    const onConnectionError = (error: Error) => {
      isBroken = true;
      options.onPoolError?.(error);
    };
    client.on('error', onConnectionError);
    try {
      await client.query('BEGIN');
      if (lockKey !== undefined) await client.query('SELECT pg_advisory_xact_lock($1)', [lockKey]);
      const result = await runInTransactionScope(owner, () => fn(postgresDriver(client, true)));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        isBroken = true;
      });
      throw error;
    } finally {
      client.off('error', onConnectionError);
      // A connection whose ROLLBACK failed (or that died) is destroyed rather than handed to the next caller.
      client.release(isBroken);
    }
  };

  const transaction = <T>(fn: (tx: StoreOps) => Promise<T>): Promise<T> =>
    inTransaction((driver) => fn(createStoreOps(driver)));
  const ops = delegateStoreOps((fn) => fn(readOps), transaction);
  let isClosed = false;

  return {
    ...ops,
    dialect: 'postgres',
    transaction,
    migrate: () =>
      inTransaction(
        (driver) => applyMigrations(driver, POSTGRES_MIGRATIONS, new Date().toISOString()),
        MIGRATION_LOCK_KEY,
      ),
    async migrationStatus() {
      const row = (await pool.query<SqlRow>("SELECT to_regclass('schema_migrations') IS NOT NULL AS present"))
        .rows[0];
      return readMigrationStatus(postgresDriver(pool, false), POSTGRES_MIGRATIONS, row?.present === true);
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      if (isClosed) return;
      isClosed = true;
      await pool.end();
    },
  };
}
