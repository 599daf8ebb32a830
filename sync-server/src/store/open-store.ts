/** Opens the store the configuration names: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
import type { DatabaseConfig } from '../config';
import { openPostgresStore } from './postgres-store';
import { openSqliteStore } from './sqlite-store';
import type { Store } from './store';

export async function openStore(
  database: DatabaseConfig,
  options: { onPoolError?: (error: Error) => void } = {},
): Promise<Store> {
  return database.kind === 'postgres'
    ? openPostgresStore(database.url, options)
    : openSqliteStore(database.path);
}
