/**
 * Copies a township's SQLite data directory into an EMPTY PostgreSQL database, exactly: every row of every
 * table the migrations create (devices, refresh tokens and password hashes included), each `seq` unchanged
 * (tablets keep their checkpoints), `replication_seq` set past the SQLite counter so new writes continue the
 * order, the audit log ids and their identity sequence likewise. One PostgreSQL transaction: a failure
 * leaves the target as it was. Then it verifies row counts and max seq per table.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { POSTGRES_MIGRATIONS } from '../store/migrations/postgres-migrations';
import { SQLITE_MIGRATIONS } from '../store/migrations/sqlite-migrations';
import { openPostgresStore } from '../store/postgres-store';
import {
  MIGRATIONS_TABLE,
  MoveRefusedError,
  planCopy,
  postgresTables,
  REPLICATION_SEQUENCE,
  type CopyTable,
} from './schema-introspection';

export { MoveRefusedError } from './schema-introspection';

export const SQLITE_FILE_NAME = 'daiban.sqlite';
const BATCH_ROWS = 500;

export interface TableSummary {
  table: string;
  rows: number;
  maxSeq: number | null;
}

export interface MoveSummary {
  tables: TableSummary[];
  /** The SQLite seq counter, and where replication_seq now stands (the next write gets more). */
  sourceSeq: number;
  targetSeq: number;
  migrations: string[];
}

type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null;
}

function toNumber(value: unknown): number {
  const n = typeof value === 'string' || typeof value === 'bigint' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n))
    throw new Error(`expected an integer, got ${String(value)}`);
  return n;
}

/**
 * Opens the source and takes SQLite's EXCLUSIVE lock for the whole copy. Every open connection of a running
 * server holds a shared lock on the file, so this fails at once while the server runs; and while the tool
 * holds it, no server can start on the source and write behind its back. Closing afterwards folds the WAL
 * back into the database (the -wal file disappears).
 */
export function openSourceExclusively(sqlitePath: string): Database.Database {
  if (!existsSync(sqlitePath))
    throw new MoveRefusedError(
      `No SQLite database at ${sqlitePath}: pass the data directory (DATA_DIR) with --from.`,
    );
  const db = new Database(sqlitePath, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    return db;
  } catch (error) {
    db.close();
    const wal = `${sqlitePath}-wal`;
    throw new MoveRefusedError(
      `${sqlitePath} is in use (${error instanceof Error ? error.message : String(error)}` +
        `${existsSync(wal) ? `; ${wal} is ${statSync(wal).size} bytes` : ''}): the source server seems to be ` +
        'running. Stop it (systemctl stop daiban) and every other program that has the file open, then try again.',
    );
  }
}

function sqliteMigrationIds(db: Database.Database): string[] {
  return db
    .prepare(`SELECT id FROM ${MIGRATIONS_TABLE} ORDER BY id`)
    .all()
    .filter(isRow)
    .map((row) => String(row.id));
}

/** Both dialects must know the same migrations and the source must have applied all of them. */
function checkMigrations(source: Database.Database): string[] {
  const sqliteIds = SQLITE_MIGRATIONS.map((migration) => migration.id);
  const postgresIds = POSTGRES_MIGRATIONS.map((migration) => migration.id);
  if (sqliteIds.join(',') !== postgresIds.join(','))
    throw new MoveRefusedError(
      `This build's migrations differ between SQLite (${sqliteIds.join(', ')}) and PostgreSQL (${postgresIds.join(', ')}).`,
    );
  const applied = sqliteMigrationIds(source);
  if (applied.join(',') !== sqliteIds.join(','))
    throw new MoveRefusedError(
      `The SQLite database has migrations ${applied.join(', ') || '(none)'} applied, this build expects ` +
        `${sqliteIds.join(', ')}. Start and stop the server of this version once on the source, then move.`,
    );
  return applied;
}

function convert(value: unknown, dataType: string): unknown {
  if (value === null || value === undefined) return null;
  if (dataType === 'boolean') return value === 1 || value === true;
  return value;
}

async function copyTable(source: Database.Database, target: pg.ClientBase, table: CopyTable): Promise<void> {
  const names = table.columns.map((column) => `"${column.name}"`).join(', ');
  const overriding = table.columns.some((column) => column.isIdentity) ? ' OVERRIDING SYSTEM VALUE' : '';
  const orderBy = table.hasSeq ? 'seq' : 'rowid';
  let batch: unknown[][] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const width = table.columns.length;
    const values = batch.map(
      (_, r) => `(${table.columns.map((__, c) => `$${r * width + c + 1}`).join(', ')})`,
    );
    await target.query(
      `INSERT INTO "${table.name}" (${names})${overriding} VALUES ${values.join(', ')}`,
      batch.flat(),
    );
    batch = [];
  };
  const statement = source.prepare(`SELECT ${names} FROM "${table.name}" ORDER BY ${orderBy}`);
  for (const row of statement.iterate()) {
    if (!isRow(row)) continue;
    batch.push(table.columns.map((column) => convert(row[column.name], column.dataType)));
    if (batch.length >= BATCH_ROWS) {
      // iterate() keeps the statement busy; awaiting inside is fine (the source is ours alone).
      await flush();
    }
  }
  await flush();
  for (const column of table.columns.filter((c) => c.isIdentity)) {
    await target.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT MAX("${column.name}") FROM "${table.name}"), 0) + 1, false)`,
      [table.name, column.name],
    );
  }
}

async function checkTargetEmpty(client: pg.ClientBase): Promise<void> {
  const tables = await postgresTables(client);
  for (const table of tables) {
    if (table === MIGRATIONS_TABLE) continue;
    const result = await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "${table}"`);
    const n = toNumber(result.rows[0]?.n);
    if (n > 0)
      throw new MoveRefusedError(
        `The target database is not empty (table ${table} has ${n} rows). Create a new, empty database ` +
          '(createdb daiban) and never start a server on it with SEED_DEMO=true before moving.',
      );
  }
}

function summarizeSqlite(source: Database.Database, plan: CopyTable[]): TableSummary[] {
  return plan.map((table) => {
    const row = source
      .prepare(`SELECT COUNT(*) AS n${table.hasSeq ? ', MAX(seq) AS m' : ''} FROM "${table.name}"`)
      .get();
    if (!isRow(row)) throw new Error(`cannot count ${table.name}`);
    return {
      table: table.name,
      rows: toNumber(row.n),
      maxSeq: table.hasSeq && row.m !== null ? toNumber(row.m) : null,
    };
  });
}

async function summarizePostgres(client: pg.ClientBase, plan: CopyTable[]): Promise<TableSummary[]> {
  const summaries: TableSummary[] = [];
  for (const table of plan) {
    const result = await client.query<{ n: string; m?: string | null }>(
      `SELECT COUNT(*) AS n${table.hasSeq ? ', MAX(seq) AS m' : ''} FROM "${table.name}"`,
    );
    const row = result.rows[0];
    const m = row?.m;
    summaries.push({
      table: table.name,
      rows: toNumber(row?.n),
      maxSeq: table.hasSeq && m !== null && m !== undefined ? toNumber(m) : null,
    });
  }
  return summaries;
}

/**
 * Moves `dataDir/daiban.sqlite` into the PostgreSQL database at `targetUrl` (migrated here first). Throws
 * MoveRefusedError when the source seems in use, the target is not empty, or the schemas/migrations differ.
 */
export async function moveSqliteToPostgres(dataDir: string, targetUrl: string): Promise<MoveSummary> {
  const sqlitePath = join(dataDir, SQLITE_FILE_NAME);
  const source = openSourceExclusively(sqlitePath);
  const client = new pg.Client({ connectionString: targetUrl });
  try {
    const migrations = checkMigrations(source);
    await client.connect();
    const existing = (await postgresTables(client)).filter((name) => name !== MIGRATIONS_TABLE);
    if (existing.length > 0) await checkTargetEmpty(client);
    const store = await openPostgresStore(targetUrl, { poolSize: 1 });
    try {
      await store.migrate();
      const status = await store.migrationStatus();
      if (status.applied.sort().join(',') !== migrations.join(','))
        throw new MoveRefusedError(
          `The target database has migrations ${status.applied.join(', ')}; the source has ${migrations.join(', ')}. ` +
            'Use a new, empty database and the same server version on both sides.',
        );
    } finally {
      await store.close();
    }
    await checkTargetEmpty(client);

    const plan = await planCopy(source, client);
    const counter = source.prepare('SELECT value FROM seq_counter WHERE id = 1').get();
    const expected = summarizeSqlite(source, plan);
    const maxSeq = Math.max(0, ...expected.map((table) => table.maxSeq ?? 0));
    const sourceSeq = Math.max(maxSeq, isRow(counter) ? toNumber(counter.value) : 0);

    await client.query('BEGIN');
    try {
      for (const table of plan) await copyTable(source, client, table);
      if (sourceSeq > 0) await client.query('SELECT setval($1, $2, true)', [REPLICATION_SEQUENCE, sourceSeq]);
      const copied = await summarizePostgres(client, plan);
      const mismatches = expected.filter((want, i) => {
        const got = copied[i];
        return got === undefined || got.rows !== want.rows || got.maxSeq !== want.maxSeq;
      });
      if (mismatches.length > 0)
        throw new Error(`verification failed for ${mismatches.map((table) => table.table).join(', ')}`);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    const sequence = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value, is_called FROM ${REPLICATION_SEQUENCE}`,
    );
    const last = sequence.rows[0];
    const targetSeq = last === undefined || !last.is_called ? 0 : toNumber(last.last_value);
    return { tables: expected, sourceSeq, targetSeq, migrations };
  } finally {
    if (source.inTransaction) source.exec('ROLLBACK'); // nothing was written: this only releases the lock
    source.close();
    await client.end().catch(() => undefined);
  }
}
