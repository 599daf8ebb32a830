/**
 * What the move tool learns from the two databases themselves (never from a hand-kept list): SQLite's
 * sqlite_master / table_info and PostgreSQL's information_schema. A table the migrations add later is
 * copied when both sides have it, and stops the move loudly when only one side does.
 */
import type Database from 'better-sqlite3';
import type pg from 'pg';

/** SQLite-only bookkeeping: the seq counter becomes the replication_seq sequence; sqlite_* are internal. */
export const SQLITE_ONLY_TABLES: readonly string[] = ['seq_counter'];
/** Not copied: each side records its own migrations (their ids are compared instead). */
export const MIGRATIONS_TABLE = 'schema_migrations';
/** The PostgreSQL sequence that hands out `seq` (sqlite: the seq_counter row). */
export const REPLICATION_SEQUENCE = 'replication_seq';
/** Copy order for the foreign keys (regions' own parent reference is deferred to COMMIT); others follow. */
export const KNOWN_ORDER: readonly string[] = ['regions', 'users', 'devices', 'refresh_tokens'];

export interface PostgresColumn {
  name: string;
  dataType: string;
  isIdentity: boolean;
}

export interface CopyTable {
  name: string;
  columns: PostgresColumn[];
  hasSeq: boolean;
}

/** A refusal the operator must act on (the message says what to do). */
export class MoveRefusedError extends Error {
  override readonly name = 'MoveRefusedError';
}

function names(rows: unknown[]): string[] {
  return rows.map((row) =>
    typeof row === 'object' && row !== null && 'name' in row ? String(row.name) : '',
  );
}

/** Every table of the SQLite file except SQLite's own (sqlite_sequence…). */
export function sqliteTables(db: Database.Database): string[] {
  return names(
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all(),
  );
}

export function sqliteColumns(db: Database.Database, table: string): string[] {
  return names(db.prepare('SELECT name FROM pragma_table_info(?)').all(table)).sort();
}

export async function postgresTables(client: pg.ClientBase): Promise<string[]> {
  const result = await client.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  return result.rows.map((row) => row.table_name);
}

export async function postgresColumns(client: pg.ClientBase, table: string): Promise<PostgresColumn[]> {
  const result = await client.query<{ column_name: string; data_type: string; is_identity: string }>(
    'SELECT column_name, data_type, is_identity FROM information_schema.columns ' +
      'WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position',
    [table],
  );
  return result.rows.map((row) => ({
    name: row.column_name,
    dataType: row.data_type,
    isIdentity: row.is_identity === 'YES',
  }));
}

/** Sequences that belong to no identity column (only replication_seq is expected). */
export async function freeSequences(client: pg.ClientBase): Promise<string[]> {
  const result = await client.query<{ name: string }>(
    'SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace ' +
      "WHERE c.relkind = 'S' AND n.nspname = current_schema() AND NOT EXISTS (" +
      "SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')) ORDER BY c.relname",
  );
  return result.rows.map((row) => row.name);
}

/**
 * The tables to copy, in copy order, checked to match on both sides (same tables, same columns). Throws a
 * MoveRefusedError naming every difference: the tool would otherwise silently drop data.
 */
export async function planCopy(source: Database.Database, target: pg.ClientBase): Promise<CopyTable[]> {
  const skip = new Set([...SQLITE_ONLY_TABLES, MIGRATIONS_TABLE]);
  const fromTables = sqliteTables(source).filter((name) => !skip.has(name));
  const toTables = (await postgresTables(target)).filter((name) => name !== MIGRATIONS_TABLE);
  const problems: string[] = [];
  for (const name of fromTables)
    if (!toTables.includes(name)) problems.push(`table ${name} exists in SQLite but not in PostgreSQL`);
  for (const name of toTables)
    if (!fromTables.includes(name)) problems.push(`table ${name} exists in PostgreSQL but not in SQLite`);
  const ordered = [
    ...KNOWN_ORDER.filter((name) => fromTables.includes(name)),
    ...fromTables.filter((name) => !KNOWN_ORDER.includes(name)),
  ].filter((name) => toTables.includes(name));
  const plan: CopyTable[] = [];
  for (const name of ordered) {
    const columns = await postgresColumns(target, name);
    const fromColumns = sqliteColumns(source, name);
    const toColumns = columns.map((column) => column.name).sort();
    if (fromColumns.join(',') !== toColumns.join(','))
      problems.push(
        `table ${name}: SQLite columns (${fromColumns.join(', ')}) ≠ PostgreSQL (${toColumns.join(', ')})`,
      );
    plan.push({ name, columns, hasSeq: toColumns.includes('seq') });
  }
  const sequences = (await freeSequences(target)).filter((name) => name !== REPLICATION_SEQUENCE);
  for (const name of sequences) problems.push(`PostgreSQL sequence ${name} is unknown to this tool`);
  if (problems.length > 0)
    throw new MoveRefusedError(
      `The two schemas differ, so the copy would not be complete:\n  - ${problems.join('\n  - ')}\n` +
        'Update sync-server/src/tools/ for the new schema before moving.',
    );
  return plan;
}
