/**
 * The app's one database, opened on first use and shared by every screen of this tab (other tabs open
 * their own instance on the same IndexedDB and see the same data). `wipeDatabase` deletes it with all
 * local data (logout, remote wipe).
 */
import { openDaibanDatabase, removeDaibanDatabase, type DaibanDatabase } from './daiban-database';

let opening: Promise<DaibanDatabase> | null = null;

export function getDatabase(): Promise<DaibanDatabase> {
  opening ??= openDaibanDatabase().catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Deletes the database and everything in it; the next `getDatabase()` starts empty. */
export async function wipeDatabase(): Promise<void> {
  const current = opening;
  opening = null;
  const db = current ? await current.catch(() => null) : null;
  await removeDaibanDatabase(db);
}
