/**
 * Bad input on every endpoint, on PostgreSQL (fewer runs than on SQLite: the point is what only PostgreSQL
 * refuses, such as NUL characters and unpaired surrogates in text). Runs when a server answers at
 * DATABASE_URL_TEST or postgres://postgres@127.0.0.1:5432/postgres; without one it FAILS under CI=true and
 * is skipped with a loud warning otherwise.
 */
import { describe, it } from 'vitest';
import { ADMIN_URL, IS_CI, isPostgresReachable } from '../tools/postgres-test-database';
import { runBadInputSuite } from './bad-input-suite';

if (await isPostgresReachable()) {
  runBadInputSuite({
    kind: 'postgres',
    runs: Math.max(5, Math.round(Number(process.env.DAIBAN_FUZZ_RUNS ?? 60) / 4)),
    seed: 20_260_303,
  });
} else if (IS_CI) {
  describe('bad input on every endpoint (postgres)', () => {
    it('needs a PostgreSQL server under CI=true', () => {
      throw new Error(
        `PostgreSQL is not reachable at ${ADMIN_URL} (set DATABASE_URL_TEST); CI=true requires it`,
      );
    });
  });
} else {
  console.warn(
    `\n⚠️  SKIPPING the bad-input fuzz on PostgreSQL: no server at ${ADMIN_URL}.\n` +
      '   Start PostgreSQL or set DATABASE_URL_TEST to run it (under CI=true this is a failure).\n',
  );
  describe.skip('bad input on every endpoint (postgres, no server)', () => {
    it('skipped', () => undefined);
  });
}
