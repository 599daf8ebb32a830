/**
 * Read queries for the reports, the exports, the public progress page and user administration, written once
 * over SqlDriver for both dialects. Jurisdiction is a digits-only prefix in a LIKE pattern (region-scope.ts).
 */
import { likePatternOf } from './region-scope';
import { int, type SqlValue, type SqlDriver } from './sql-driver';
import type { StoreOps } from './store';
import { auditFrom, caseHeadFrom, consultationFrom, userFrom } from './store-rows';

const USER_COLUMNS = 'id, username, name, role, scope, password_hash, is_active, created_at, updated_at';
const HEAD_COLUMNS = 'case_id, region_code, head, updated_at, seq';
const MAX_AUDIT_PAGE = 500;

export type QueryOps = Pick<
  StoreOps,
  | 'getCaseHeadByReceiptNo'
  | 'listCaseHeadsInScope'
  | 'listConsultationsInScope'
  | 'listUsersInScope'
  | 'queryAudit'
>;

export function createQueryOps(db: SqlDriver): QueryOps {
  return {
    async getCaseHeadByReceiptNo(receiptNo) {
      const row = await db.get(`SELECT ${HEAD_COLUMNS} FROM case_heads WHERE receipt_no = ? LIMIT 1`, [
        receiptNo,
      ]);
      return row ? caseHeadFrom(row) : null;
    },
    async listCaseHeadsInScope(scope) {
      const rows = await db.all(
        `SELECT ${HEAD_COLUMNS} FROM case_heads WHERE region_code LIKE ? ORDER BY case_id`,
        [likePatternOf(scope)],
      );
      return rows.map(caseHeadFrom);
    },
    async listConsultationsInScope(scope) {
      const rows = await db.all(
        'SELECT id, region_code, document, author_id, server_time, seq FROM consultations ' +
          'WHERE region_code LIKE ? ORDER BY seq',
        [likePatternOf(scope)],
      );
      return rows.map(consultationFrom);
    },
    async listUsersInScope(scope) {
      const rows = await db.all(`SELECT ${USER_COLUMNS} FROM users WHERE scope LIKE ? ORDER BY username`, [
        likePatternOf(scope),
      ]);
      return rows.map((row) => {
        const { passwordHash: _omitted, ...user } = userFrom(row);
        return user;
      });
    },
    async queryAudit(query) {
      const where = ['actor_id IN (SELECT id FROM users WHERE scope LIKE ?)'];
      const params: SqlValue[] = [likePatternOf(query.actorScope)];
      if (query.actorId !== undefined) {
        where.push('actor_id = ?');
        params.push(query.actorId);
      }
      if (query.action !== undefined) {
        where.push('action = ?');
        params.push(query.action);
      }
      if (query.from !== undefined) {
        where.push('at >= ?');
        params.push(query.from);
      }
      if (query.to !== undefined) {
        where.push('at < ?');
        params.push(query.to);
      }
      const condition = where.join(' AND ');
      const limit = Math.max(1, Math.min(query.limit, MAX_AUDIT_PAGE));
      const offset = Math.max(0, query.offset);
      const rows = await db.all(
        `SELECT * FROM audit_log WHERE ${condition} ORDER BY id DESC LIMIT ? OFFSET ?`,
        [...params, limit, offset],
      );
      const count = await db.get(`SELECT COUNT(*) AS n FROM audit_log WHERE ${condition}`, params);
      return { entries: rows.map(auditFrom), total: count ? int(count, 'n') : 0 };
    },
  };
}
