/**
 * A consistent ONLINE backup of the SQLite database while the server keeps running (SQLite's backup API
 * through better-sqlite3: a page-by-page copy that restarts if a write lands mid-copy, so the result is one
 * committed state). The copy is checked (integrity_check) and turned into a single self-contained file
 * (journal_mode=DELETE: no -wal beside it).
 *
 *   npx tsx sync-server/src/tools/backup-sqlite.ts --data /var/lib/daiban --to /var/backups/daiban/daiban-2026-03-02.sqlite
 *
 * Back up DATA_DIR/secret.key and DATA_DIR/files/ as well (see docs/OPERATIONS.md). Exit 0 done, 2 refused,
 * 1 failed.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';

export interface BackupSummary {
  destination: string;
  bytes: number;
  pages: number;
  ms: number;
}

/** Copies the live database at `sourcePath` to `destinationPath` (which must not exist), then checks it. */
export async function backupSqlite(sourcePath: string, destinationPath: string): Promise<BackupSummary> {
  if (!existsSync(sourcePath)) throw new Error(`No SQLite database at ${sourcePath}`);
  if (existsSync(destinationPath))
    throw new Error(`${destinationPath} already exists: choose a new file name`);
  mkdirSync(dirname(destinationPath), { recursive: true });
  const started = performance.now();
  // A plain connection (no writes): a read-only one would leave an empty -wal file behind on a stopped server.
  const source = new Database(sourcePath, { fileMustExist: true, timeout: 5_000 });
  let pages: number;
  try {
    // 256 pages per step: the server's writer waits at most one short step.
    pages = (await source.backup(destinationPath, { progress: () => 256 })).totalPages;
  } catch (error) {
    rmSync(destinationPath, { force: true });
    throw error;
  } finally {
    source.close();
  }
  const copy = new Database(destinationPath, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const check: unknown = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`the backup failed its integrity check: ${String(check)}`);
    const size: unknown = copy.pragma('page_count', { simple: true });
    const pageSize: unknown = copy.pragma('page_size', { simple: true });
    return {
      destination: destinationPath,
      bytes: Number(size) * Number(pageSize),
      pages,
      ms: Math.round(performance.now() - started),
    };
  } finally {
    copy.close();
  }
}

async function main(): Promise<number> {
  let data: string | undefined;
  let to: string | undefined;
  try {
    const { values } = parseArgs({
      options: { data: { type: 'string' }, to: { type: 'string' } },
      strict: true,
    });
    data = values.data;
    to = values.to;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
  }
  if (data === undefined || to === undefined) {
    console.error(
      'Usage: npx tsx sync-server/src/tools/backup-sqlite.ts --data <DATA_DIR> --to <new file.sqlite>',
    );
    return 2;
  }
  try {
    const summary = await backupSqlite(join(resolve(data), 'daiban.sqlite'), resolve(to));
    console.info(
      `Backed up ${summary.pages} pages (${(summary.bytes / 1024 / 1024).toFixed(1)} MiB) to ${summary.destination} ` +
        `in ${summary.ms} ms; integrity check ok.\n` +
        `Also back up ${resolve(data)}/secret.key and ${resolve(data)}/files/ (uploaded files), e.g. with rsync -a.`,
    );
    return 0;
  } catch (error) {
    console.error(`✖ Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
