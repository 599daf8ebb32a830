/**
 * A digest of everything a server keeps: every row of every table of the store (SQLite or PostgreSQL, read
 * through a separate connection, so the server's own code is not trusted to report its state) and every file
 * under DATA_DIR/files. Bad-input tests take one before and after: equal digests mean nothing was written.
 * Tests only.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

/** One hash per table (rows in a canonical order) and per file; `rows` counts rows per table. */
export interface StoreDigest {
  /** The reader's change counter when the digest was taken (null: none). */
  changeCounter: number | null;
  tables: Record<string, string>;
  rows: Record<string, number>;
  files: Record<string, string>;
}

/** Reads whole tables of one store. */
export interface TableReader {
  /**
   * A number that changes whenever another connection commits a change (SQLite's `data_version`,
   * PostgreSQL's WAL position), for a cheap check before the full digest; null when the store has none.
   */
  changeCounter(): Promise<number | null>;
  tableNames(): Promise<string[]>;
  rowsOf(table: string): Promise<unknown[]>;
  close(): Promise<void>;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function quoted(table: string): string {
  if (!IDENTIFIER.test(table)) throw new Error(`unexpected table name ${table}`);
  return `"${table}"`;
}

/** A read-only connection to the SQLite file (WAL: it sees committed data only). */
export function sqliteTableReader(path: string): TableReader {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  return {
    changeCounter: async () => Number(db.pragma('data_version', { simple: true })),
    tableNames: async () =>
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .all()
        .map((row) => String((row as { name: unknown }).name)),
    rowsOf: async (table) => db.prepare(`SELECT * FROM ${quoted(table)}`).all(),
    close: async () => {
      db.close();
    },
  };
}

/** A separate PostgreSQL connection to the store's database. */
export async function postgresTableReader(url: string): Promise<TableReader> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    // The write-ahead log's insert position: it moves with every write on the server (any database, so
    // another test's writes only cost a full digest).
    changeCounter: async () => {
      const { rows } = await client.query<{ lsn: string }>('SELECT pg_current_wal_insert_lsn()::text AS lsn');
      const [high = '0', low = '0'] = (rows[0]?.lsn ?? '0/0').split('/');
      return Number.parseInt(high, 16) * 2 ** 32 + Number.parseInt(low, 16);
    },
    tableNames: async () =>
      (
        await client.query<{ table_name: string }>(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
        )
      ).rows.map((row) => row.table_name),
    rowsOf: async (table) => (await client.query(`SELECT * FROM ${quoted(table)}`)).rows,
    close: () => client.end(),
  };
}

const hashOf = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner === 'bigint') return inner.toString();
    if (inner instanceof Date) return inner.toISOString();
    if (Buffer.isBuffer(inner)) return inner.toString('base64');
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner))
      return Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return inner;
  });
}

/** Relative path → size and content hash of every file under `dir` (none when it does not exist). */
export function filesUnder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string) => {
    let names: string[];
    try {
      names = readdirSync(current);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const path = join(current, name);
      const stats = statSync(path);
      if (stats.isDirectory()) walk(path);
      else files[relative(dir, path)] = `${stats.size}:${hashOf(readFileSync(path))}`;
    }
  };
  walk(dir);
  return files;
}

export async function digestStore(reader: TableReader, filesDir?: string): Promise<StoreDigest> {
  const changeCounter = await reader.changeCounter();
  const tables: Record<string, string> = {};
  const rows: Record<string, number> = {};
  for (const table of (await reader.tableNames()).sort()) {
    const lines = (await reader.rowsOf(table)).map(canonical).sort();
    tables[table] = hashOf(lines.join('\n'));
    rows[table] = lines.length;
  }
  return { changeCounter, tables, rows, files: filesDir === undefined ? {} : filesUnder(filesDir) };
}

/** What differs between two digests, for a readable failure ('' when nothing does). */
export function describeChanges(before: StoreDigest, after: StoreDigest): string {
  const changes: string[] = [];
  for (const table of new Set([...Object.keys(before.tables), ...Object.keys(after.tables)])) {
    if (before.tables[table] !== after.tables[table])
      changes.push(
        `table ${table}: ${before.rows[table] ?? 0} → ${after.rows[table] ?? 0} rows, content changed`,
      );
  }
  for (const file of new Set([...Object.keys(before.files), ...Object.keys(after.files)])) {
    if (before.files[file] !== after.files[file])
      changes.push(`file ${file}: ${before.files[file] ?? 'absent'} → ${after.files[file] ?? 'absent'}`);
  }
  return changes.join('; ');
}
