/**
 * The embedded store: one SQLite file (better-sqlite3) in WAL mode.
 *
 * Two connections: the writer, used by one transaction at a time (an in-process mutex around
 * BEGIN IMMEDIATE … COMMIT; SQLite's own lock covers a second process), and a reader that sees only
 * committed data, so pulls never wait for a write and never read a half-done transaction.
 * The replication seq is a counter row updated inside the write transaction: one writer at a time makes
 * counter order commit order.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AsyncMutex } from './async-mutex';
import { applyMigrations, readMigrationStatus } from './migrations/apply-migrations';
import { SQLITE_MIGRATIONS } from './migrations/sqlite-migrations';
import { int, type SqlDriver, type SqlRow, type SqlValue } from './sql-driver';
import type { Store, StoreOps } from './store';
import { delegateStoreOps } from './delegate-store-ops';
import { createStoreOps } from './store-ops';
import { assertNotInTransaction, runInTransactionScope } from './transaction-scope';

type SqliteDatabase = Database.Database;
type SqliteStatement = Database.Statement<unknown[], unknown>;

const BUSY_TIMEOUT_MS = 5_000;

function isRow(value: unknown): value is SqlRow {
  return typeof value === 'object' && value !== null;
}

function bind(params: readonly SqlValue[]): (string | number | null)[] {
  return params.map((value) => (typeof value === 'boolean' ? (value ? 1 : 0) : value));
}

function sqliteDriver(db: SqliteDatabase): SqlDriver & { exec(sql: string): Promise<void> } {
  const statements = new Map<string, SqliteStatement>();
  const prepare = (sql: string): SqliteStatement => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const get = (sql: string, params: readonly SqlValue[] = []): SqlRow | undefined => {
    const row: unknown = prepare(sql).get(...bind(params));
    return isRow(row) ? row : undefined;
  };
  return {
    dialect: 'sqlite',
    all: async (sql, params = []) =>
      prepare(sql)
        .all(...bind(params))
        .filter(isRow),
    get: async (sql, params) => get(sql, params),
    run: async (sql, params = []) => prepare(sql).run(...bind(params)).changes,
    async nextSeq() {
      const row = get('UPDATE seq_counter SET value = value + 1 WHERE id = 1 RETURNING value');
      if (row === undefined) throw new Error('seq_counter is missing: were the migrations applied?');
      return int(row, 'value');
    },
    // The single writer already serialises every replicated write.
    lockReplication: async () => undefined,
    exec: async (sql) => {
      db.exec(sql);
    },
  };
}

function openConnection(path: string): SqliteDatabase {
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
  return db;
}

/** Opens (creating when missing) the SQLite database at `path`. Call `migrate()` before use. */
export async function openSqliteStore(path: string): Promise<Store> {
  if (path === ':memory:' || path === '')
    throw new Error('the SQLite store needs a file path (it opens two connections)');
  mkdirSync(dirname(path), { recursive: true });
  const writer = openConnection(path);
  writer.pragma('journal_mode = WAL');
  // FULL: a transaction acknowledged to a tablet survives a power cut, not only a process crash.
  writer.pragma('synchronous = FULL');
  const reader = openConnection(path);
  reader.pragma('query_only = ON');

  const writeDriver = sqliteDriver(writer);
  const readDriver = sqliteDriver(reader);
  const writeOps = createStoreOps(writeDriver);
  const readOps = createStoreOps(readDriver);
  const mutex = new AsyncMutex();
  let isClosed = false;
  const owner = {};

  const transaction = <T>(fn: (tx: StoreOps) => Promise<T>): Promise<T> => {
    assertNotInTransaction(owner);
    return mutex.run(() =>
      runInTransactionScope(owner, async () => {
        if (isClosed) throw new Error('the store is closed');
        writer.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(writeOps);
          writer.exec('COMMIT');
          return result;
        } catch (error) {
          if (writer.inTransaction) writer.exec('ROLLBACK');
          throw error;
        }
      }),
    );
  };

  const ops = delegateStoreOps((fn) => fn(readOps), transaction);
  return {
    ...ops,
    dialect: 'sqlite',
    transaction,
    migrate: () =>
      transaction(() => applyMigrations(writeDriver, SQLITE_MIGRATIONS, new Date().toISOString())),
    async migrationStatus() {
      const table = await readDriver.get(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
      );
      return readMigrationStatus(readDriver, SQLITE_MIGRATIONS, table !== undefined);
    },
    async ping() {
      await readDriver.get('SELECT 1 AS ok');
    },
    close: () =>
      mutex.run(() => {
        if (isClosed) return;
        isClosed = true;
        reader.close();
        writer.close();
      }),
  };
}
