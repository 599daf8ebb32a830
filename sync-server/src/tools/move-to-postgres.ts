/**
 * Moves a township from SQLite to PostgreSQL (see docs/OPERATIONS.md). Stop the server first.
 *
 *   npx tsx sync-server/src/tools/move-to-postgres.ts --from ./data --to postgres://daiban@db/daiban
 *
 * Exit codes: 0 moved and verified, 2 refused (the message says why), 1 failed (nothing committed).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { moveSqliteToPostgres, MoveRefusedError, type MoveSummary } from './move-sqlite-to-postgres';

const USAGE =
  'Usage: npx tsx sync-server/src/tools/move-to-postgres.ts --from <DATA_DIR> --to <postgres://…>\n' +
  '  Copies everything from DATA_DIR/daiban.sqlite into an EMPTY PostgreSQL database. Stop the server first.';

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}

function printSummary(summary: MoveSummary, from: string, to: string): void {
  const lines = ['', `Moved ${from} → ${redact(to)} (migrations ${summary.migrations.join(', ')})`, ''];
  lines.push(`  ${'table'.padEnd(20)} ${'rows'.padStart(9)} ${'max seq'.padStart(9)}`);
  for (const table of summary.tables) {
    lines.push(
      `  ${table.table.padEnd(20)} ${String(table.rows).padStart(9)} ${String(table.maxSeq ?? '—').padStart(9)}`,
    );
  }
  lines.push(
    '',
    `  Verified: row counts and max seq equal on both sides. replication_seq = ${summary.targetSeq} ` +
      `(SQLite counter ${summary.sourceSeq}); new writes continue after it.`,
    '',
    'Still to do by hand:',
    `  1. Copy ${from}/files/ (uploaded files) to the new server's DATA_DIR/files/ (rsync -a).`,
    `  2. Copy ${from}/secret.key to the new DATA_DIR (or set the same TOKEN_SECRET), so nobody is signed out.`,
    '  3. Start the server with DATABASE_URL set; check /api/ready; keep the SQLite directory as a backup.',
    '',
  );
  console.info(lines.join('\n'));
}

async function main(): Promise<number> {
  let from: string | undefined;
  let to: string | undefined;
  try {
    const { values } = parseArgs({
      options: { from: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
    });
    if (values.help === true) {
      console.info(USAGE);
      return 0;
    }
    from = values.from;
    to = values.to;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (from === undefined || to === undefined || !/^postgres(ql)?:\/\//.test(to)) {
    console.error(USAGE);
    return 2;
  }
  const dataDir = resolve(from);
  try {
    printSummary(await moveSqliteToPostgres(dataDir, to), dataDir, to);
    return 0;
  } catch (error) {
    if (error instanceof MoveRefusedError) {
      console.error(`\n✖ Refused: ${error.message}\n`);
      return 2;
    }
    console.error(
      `\n✖ The move failed; nothing was committed to PostgreSQL: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}

process.exitCode = await main();
