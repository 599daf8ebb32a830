/**
 * Applies the pending migrations of one dialect through its driver. The caller runs this inside a
 * transaction (holding the migration lock on PostgreSQL), so a failed migration leaves nothing behind and
 * two servers starting at once cannot both apply it.
 */
import { text, type SqlDriver } from '../sql-driver';
import type { MigrationStatus } from '../store-records';
import type { Migration } from './migration';

export type MigrationDriver = Pick<SqlDriver, 'all' | 'run'> & { exec(sql: string): Promise<void> };

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, i) => {
    const previous = migrations[i - 1];
    if (previous !== undefined && previous.id >= migration.id) {
      throw new Error(`migrations out of order: ${previous.id} before ${migration.id}`);
    }
  });
}

async function appliedIds(db: Pick<SqlDriver, 'all'>): Promise<Set<string>> {
  const rows = await db.all('SELECT id FROM schema_migrations ORDER BY id');
  return new Set(rows.map((row) => text(row, 'id')));
}

export async function applyMigrations(
  db: MigrationDriver,
  migrations: readonly Migration[],
  now: string,
): Promise<string[]> {
  checkOrder(migrations);
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)',
  );
  const applied = await appliedIds(db);
  const done: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.id)) continue;
    await db.exec(migration.sql);
    await db.run('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)', [migration.id, now]);
    done.push(migration.id);
  }
  return done;
}

/** Applied and pending migration ids; all pending when the schema_migrations table does not exist yet. */
export async function readMigrationStatus(
  db: Pick<SqlDriver, 'all'>,
  migrations: readonly Migration[],
  hasTable: boolean,
): Promise<MigrationStatus> {
  const applied = hasTable ? await appliedIds(db) : new Set<string>();
  return {
    applied: [...applied],
    pending: migrations.filter((migration) => !applied.has(migration.id)).map((migration) => migration.id),
  };
}
