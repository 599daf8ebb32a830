/**
 * The small SQL surface both dialects provide, so the data operations (store-ops.ts) are written once.
 * SQL uses `?` placeholders (the PostgreSQL driver numbers them) and the syntax both dialects share
 * (INSERT … ON CONFLICT, RETURNING, ||, LIKE).
 */

export type SqlValue = string | number | boolean | null;
export type SqlRow = Record<string, unknown>;

export interface SqlDriver {
  readonly dialect: 'sqlite' | 'postgres';
  all(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>;
  get(sql: string, params?: readonly SqlValue[]): Promise<SqlRow | undefined>;
  /** Runs a statement; returns the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * The next replication seq. Only inside a write transaction: it first takes the replication lock (see
   * `lockReplication`), so seq order is commit order.
   */
  nextSeq(): Promise<number>;
  /** Serialises against every other replicated write until the current transaction ends. */
  lockReplication(): Promise<void>;
}

/** Reads a column as a string (throws on a schema mismatch rather than passing garbage on). */
export function text(row: SqlRow, column: string): string {
  const value = row[column];
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  throw new TypeError(`column ${column}: expected text, got ${typeof value}`);
}

export function textOrNull(row: SqlRow, column: string): string | null {
  return row[column] === null || row[column] === undefined ? null : text(row, column);
}

/** Reads an integer column; PostgreSQL returns BIGINT and COUNT as strings. */
export function int(row: SqlRow, column: string): number {
  const value = row[column];
  const n = typeof value === 'string' ? Number(value) : typeof value === 'bigint' ? Number(value) : value;
  if (typeof n === 'number' && Number.isSafeInteger(n)) return n;
  throw new TypeError(`column ${column}: expected an integer, got ${typeof value}`);
}

export function bool(row: SqlRow, column: string): boolean {
  const value = row[column];
  if (typeof value === 'boolean') return value;
  if (value === 0 || value === 1) return value === 1;
  throw new TypeError(`column ${column}: expected a boolean, got ${typeof value}`);
}

/**
 * Reads a JSON column: TEXT in SQLite, JSONB in PostgreSQL (whose driver is configured to hand JSON over
 * unparsed, see postgres-store.ts). The document is trusted: it was validated before it was stored.
 */
export function json<T>(row: SqlRow, column: string): T {
  const value = row[column];
  if (typeof value !== 'string')
    throw new TypeError(`column ${column}: expected JSON text, got ${typeof value}`);
  const parsed: T = JSON.parse(value);
  return parsed;
}

export function jsonOrNull<T>(row: SqlRow, column: string): T | null {
  return row[column] === null || row[column] === undefined ? null : json<T>(row, column);
}

/** "?, ?, ?" for an IN list. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}
