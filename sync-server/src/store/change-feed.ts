/**
 * The replication change feed: one query per collection, "seq > checkpoint ORDER BY seq LIMIT n", with the
 * jurisdiction filter in the WHERE clause (never filtered after the fact in JavaScript).
 */
import { ancestorCodesOf, likePatternOf } from './region-scope';
import { int, placeholders, type SqlDriver, type SqlRow, type SqlValue } from './sql-driver';
import type { ChangeBatch, ChangesOptions, ReplicatedCollection, ReplicatedDocuments } from './store-records';
import {
  actionFrom,
  caseHeadFrom,
  catalogueItemFrom,
  consultationFrom,
  holidayScheduleFrom,
  publicUserFrom,
  regionFrom,
} from './store-rows';

/** The most rows one call returns, whatever the caller asks for. */
export const MAX_CHANGES_PER_CALL = 5_000;

interface Feed<C extends ReplicatedCollection> {
  /** FROM … WHERE seq > ? AND <scope filter>, and the scope filter's parameters. */
  from(scope: string, options: ChangesOptions): { sql: string; params: SqlValue[] };
  map(row: SqlRow): ReplicatedDocuments[C];
}

const FEEDS: { [C in ReplicatedCollection]: Feed<C> } = {
  regions: {
    from(scope) {
      const ancestors = ancestorCodesOf(scope);
      const inAncestors = ancestors.length > 0 ? ` OR code IN (${placeholders(ancestors.length)})` : '';
      return {
        sql: `SELECT code, name, level, parent_code, kind, seq FROM regions WHERE seq > ? AND (code LIKE ?${inAncestors})`,
        params: [likePatternOf(scope), ...ancestors],
      };
    },
    map: regionFrom,
  },
  users: {
    from(scope) {
      // Staff of the scope, plus the accounts above it (the township's reviewers, the district's staff).
      const ancestors = [6, 9].filter((digits) => scope.length > digits).map((d) => scope.slice(0, d));
      const inAncestors = ancestors.length > 0 ? ` OR scope IN (${placeholders(ancestors.length)})` : '';
      return {
        sql:
          'SELECT id, username, name, role, scope, is_active, created_at, updated_at, seq FROM users ' +
          `WHERE seq > ? AND (scope LIKE ?${inAncestors})`,
        params: [likePatternOf(scope), ...ancestors],
      };
    },
    map: publicUserFrom,
  },
  catalogue: {
    from: () => ({
      sql: 'SELECT code, version, document, published_at, seq FROM catalogue_items WHERE seq > ?',
      params: [],
    }),
    map: catalogueItemFrom,
  },
  holidays: {
    from: () => ({
      sql: 'SELECT year, document, updated_at, seq FROM holiday_schedules WHERE seq > ?',
      params: [],
    }),
    map: holidayScheduleFrom,
  },
  actions: {
    from: (scope, options) => ({
      sql:
        'SELECT id, case_id, region_code, status, rejection, action, author_id, server_time, seq FROM actions ' +
        (options.authorId === undefined
          ? 'WHERE seq > ? AND region_code LIKE ?'
          : 'WHERE seq > ? AND (region_code LIKE ? OR author_id = ?)'),
      params:
        options.authorId === undefined ? [likePatternOf(scope)] : [likePatternOf(scope), options.authorId],
    }),
    map: actionFrom,
  },
  caseHeads: {
    from: (scope) => ({
      sql: 'SELECT case_id, region_code, head, updated_at, seq FROM case_heads WHERE seq > ? AND region_code LIKE ?',
      params: [likePatternOf(scope)],
    }),
    map: caseHeadFrom,
  },
  consultations: {
    from: (scope) => ({
      sql:
        'SELECT id, region_code, document, author_id, server_time, seq FROM consultations ' +
        'WHERE seq > ? AND region_code LIKE ?',
      params: [likePatternOf(scope)],
    }),
    map: consultationFrom,
  },
};

export async function changesSince<C extends ReplicatedCollection>(
  driver: SqlDriver,
  collection: C,
  scopePrefix: string,
  checkpointSeq: number,
  limit: number,
  options: ChangesOptions = {},
): Promise<ChangeBatch<C>> {
  if (!Number.isSafeInteger(checkpointSeq) || checkpointSeq < 0)
    throw new RangeError('checkpoint must be a non-negative integer');
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer');
  const feed: Feed<C> = FEEDS[collection];
  const { sql, params } = feed.from(scopePrefix, options);
  const rows = await driver.all(`${sql} ORDER BY seq LIMIT ?`, [
    checkpointSeq,
    ...params,
    Math.min(limit, MAX_CHANGES_PER_CALL),
  ]);
  const changes = rows.map((row) => ({ seq: int(row, 'seq'), document: feed.map(row) }));
  return { rows: changes, checkpoint: changes.at(-1)?.seq ?? checkpointSeq };
}
