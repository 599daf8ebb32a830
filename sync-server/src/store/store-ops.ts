/**
 * The data operations of the Store, written once over SqlDriver and shared by both dialects.
 * Writes that must be atomic (several statements) are run by the store inside a transaction; see
 * `delegateStoreOps` (delegate-store-ops.ts) for which operations are reads and which are writes.
 */
import type { CaseHead } from '../../../src/domain/case/case-types';
import { changesSince } from './change-feed';
import { createConsultationOps } from './consultation-ops';
import { createQueryOps } from './query-ops';
import { listDevicesInScope } from './device-list';
import { createSupervisionOps } from './supervision-ops';
import { ancestorCodesOf, likePatternOf } from './region-scope';
import { int, json, placeholders, type SqlDriver } from './sql-driver';
import { StoreConflictError, type RefreshTokenRecord, type StoreOps } from './store';
import {
  actionFrom,
  auditFrom,
  caseHeadFrom,
  deviceFrom,
  holidayScheduleFrom,
  refreshTokenFrom,
  regionFrom,
  userFrom,
} from './store-rows';

const USER_COLUMNS = 'id, username, name, role, scope, password_hash, is_active, created_at, updated_at';
const ACTION_COLUMNS = 'id, case_id, region_code, status, rejection, action, author_id, server_time, seq';
const MAX_AUDIT_ROWS = 1_000;

export function createStoreOps(db: SqlDriver): StoreOps {
  const revokeRefreshTokensOfDevice = (deviceId: string, now: string) =>
    db.run('UPDATE refresh_tokens SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL', [
      now,
      deviceId,
    ]);

  const insertRefreshToken = async (token: RefreshTokenRecord) => {
    await db.run(
      'INSERT INTO refresh_tokens (token_hash, user_id, device_id, issued_at, expires_at, rotated_at, revoked_at) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?)',
      [
        token.tokenHash,
        token.userId,
        token.deviceId,
        token.issuedAt,
        token.expiresAt,
        token.rotatedAt,
        token.revokedAt,
      ],
    );
  };

  return {
    async upsertRegions(regions) {
      for (const region of regions) {
        const seq = await db.nextSeq();
        await db.run(
          'INSERT INTO regions (code, name, level, parent_code, kind, seq) VALUES (?, ?, ?, ?, ?, ?) ' +
            'ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level, ' +
            'parent_code = excluded.parent_code, kind = excluded.kind, seq = excluded.seq',
          [region.code, region.name, region.level, region.parentCode, region.kind, seq],
        );
      }
    },
    async getRegion(code) {
      const row = await db.get('SELECT code, name, level, parent_code, kind FROM regions WHERE code = ?', [
        code,
      ]);
      return row ? regionFrom(row) : null;
    },
    async listRegionsInScope(scope) {
      const ancestors = ancestorCodesOf(scope);
      const inAncestors = ancestors.length > 0 ? ` OR code IN (${placeholders(ancestors.length)})` : '';
      const rows = await db.all(
        `SELECT code, name, level, parent_code, kind FROM regions WHERE code LIKE ?${inAncestors} ORDER BY code`,
        [likePatternOf(scope), ...ancestors],
      );
      return rows.map(regionFrom);
    },

    async insertUser(user, now) {
      const record = { ...user, isActive: user.isActive ?? true, createdAt: now, updatedAt: now };
      const seq = await db.nextSeq();
      const changed = await db.run(
        `INSERT INTO users (${USER_COLUMNS}, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        [
          user.id,
          user.username,
          user.name,
          user.role,
          user.scope,
          user.passwordHash,
          record.isActive,
          now,
          now,
          seq,
        ],
      );
      if (changed === 0) throw new StoreConflictError('user', user.username);
      return record;
    },
    async getUserById(id) {
      const row = await db.get(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`, [id]);
      return row ? userFrom(row) : null;
    },
    async getUserByUsername(username) {
      const row = await db.get(`SELECT ${USER_COLUMNS} FROM users WHERE username = ?`, [username]);
      return row ? userFrom(row) : null;
    },
    async setUserActive(id, isActive, now) {
      const seq = await db.nextSeq();
      return (
        (await db.run('UPDATE users SET is_active = ?, updated_at = ?, seq = ? WHERE id = ?', [
          isActive,
          now,
          seq,
          id,
        ])) > 0
      );
    },
    async setUserPasswordHash(id, passwordHash, now) {
      const seq = await db.nextSeq();
      const sql = 'UPDATE users SET password_hash = ?, updated_at = ?, seq = ? WHERE id = ?';
      return (await db.run(sql, [passwordHash, now, seq, id])) > 0;
    },
    async countUsers() {
      const row = await db.get('SELECT COUNT(*) AS n FROM users');
      return row ? int(row, 'n') : 0;
    },

    async insertDevice(device) {
      const changed = await db.run(
        'INSERT INTO devices (id, user_id, name, registered_at, last_seen_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?) ' +
          'ON CONFLICT DO NOTHING',
        [device.id, device.userId, device.name, device.registeredAt, device.lastSeenAt, device.revokedAt],
      );
      if (changed === 0) throw new StoreConflictError('device', device.id);
    },
    async getDevice(id) {
      const row = await db.get('SELECT * FROM devices WHERE id = ?', [id]);
      return row ? deviceFrom(row) : null;
    },
    async listDevicesOfUser(userId) {
      return (
        await db.all('SELECT * FROM devices WHERE user_id = ? ORDER BY registered_at, id', [userId])
      ).map(deviceFrom);
    },
    async touchDevice(id, now, name) {
      await db.run('UPDATE devices SET last_seen_at = ?, name = COALESCE(?, name) WHERE id = ?', [
        now,
        name ?? null,
        id,
      ]);
    },
    async revokeDevice(id, now) {
      const changed = await db.run('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [
        now,
        id,
      ]);
      if (changed === 0) return false;
      await revokeRefreshTokensOfDevice(id, now);
      return true;
    },

    insertRefreshToken,
    async getRefreshToken(tokenHash) {
      const row = await db.get('SELECT * FROM refresh_tokens WHERE token_hash = ?', [tokenHash]);
      return row ? refreshTokenFrom(row) : null;
    },
    async rotateRefreshToken(oldHash, next, now) {
      // The condition is re-checked under the row lock, so two concurrent rotations of one token cannot both win.
      const changed = await db.run(
        'UPDATE refresh_tokens SET rotated_at = ? ' +
          'WHERE token_hash = ? AND rotated_at IS NULL AND revoked_at IS NULL AND expires_at > ?',
        [now, oldHash, now],
      );
      if (changed === 0) return false;
      await insertRefreshToken(next);
      return true;
    },
    async revokeRefreshToken(tokenHash, now) {
      const sql = 'UPDATE refresh_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL';
      return (await db.run(sql, [now, tokenHash])) > 0;
    },
    revokeRefreshTokensOfDevice,

    async publishCatalogueItem(item) {
      const seq = await db.nextSeq();
      const changed = await db.run(
        'INSERT INTO catalogue_items (code, version, document, published_at, seq) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
        [item.code, item.version, JSON.stringify(item), item.publishedAt, seq],
      );
      if (changed === 0) throw new StoreConflictError('catalogue item', `${item.code} v${item.version}`);
      return { code: item.code, version: item.version, document: item, publishedAt: item.publishedAt, seq };
    },
    async listLatestCatalogue() {
      const rows = await db.all(
        'SELECT c.document FROM catalogue_items c ' +
          'WHERE c.version = (SELECT MAX(l.version) FROM catalogue_items l WHERE l.code = c.code) ORDER BY c.code',
      );
      return rows.map((row) => json(row, 'document'));
    },
    async getCatalogueItem(code, version) {
      const row =
        version === undefined
          ? await db.get(
              'SELECT document FROM catalogue_items WHERE code = ? ORDER BY version DESC LIMIT 1',
              [code],
            )
          : await db.get('SELECT document FROM catalogue_items WHERE code = ? AND version = ?', [
              code,
              version,
            ]);
      return row ? json(row, 'document') : null;
    },

    async upsertHolidaySchedule(schedule, now) {
      const seq = await db.nextSeq();
      await db.run(
        'INSERT INTO holiday_schedules (year, document, updated_at, seq) VALUES (?, ?, ?, ?) ' +
          'ON CONFLICT (year) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at, seq = excluded.seq',
        [schedule.year, JSON.stringify(schedule), now, seq],
      );
      return { year: schedule.year, document: schedule, updatedAt: now, seq };
    },
    async listHolidaySchedules() {
      return (
        await db.all('SELECT year, document, updated_at, seq FROM holiday_schedules ORDER BY year')
      ).map(holidayScheduleFrom);
    },

    async insertAction(record) {
      if (await db.get('SELECT 1 AS found FROM actions WHERE id = ?', [record.id]))
        return { status: 'duplicate' };
      const seq = await db.nextSeq();
      // ON CONFLICT covers a concurrent insert of the same id between the check and here.
      const changed = await db.run(
        `INSERT INTO actions (${ACTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
        [
          record.id,
          record.caseId,
          record.regionCode,
          record.status,
          record.rejection === null ? null : JSON.stringify(record.rejection),
          JSON.stringify(record.action),
          record.authorId,
          record.serverTime,
          seq,
        ],
      );
      return changed === 0 ? { status: 'duplicate' } : { status: 'inserted', seq };
    },
    async getAction(id) {
      const row = await db.get(`SELECT ${ACTION_COLUMNS} FROM actions WHERE id = ?`, [id]);
      return row ? actionFrom(row) : null;
    },
    async listActionsOfCase(caseId) {
      return (
        await db.all(`SELECT ${ACTION_COLUMNS} FROM actions WHERE case_id = ? ORDER BY seq`, [caseId])
      ).map(actionFrom);
    },
    async upsertCaseHead(head) {
      const seq = await db.nextSeq();
      await db.run(
        'INSERT INTO case_heads (case_id, region_code, head, updated_at, seq, receipt_no) VALUES (?, ?, ?, ?, ?, ?) ' +
          'ON CONFLICT (case_id) DO UPDATE SET region_code = excluded.region_code, head = excluded.head, ' +
          'updated_at = excluded.updated_at, seq = excluded.seq, receipt_no = excluded.receipt_no',
        [head.caseId, head.regionCode, JSON.stringify(head.head), head.updatedAt, seq, head.head.receiptNo],
      );
      return seq;
    },
    async getCaseHead(caseId) {
      const row = await db.get(
        'SELECT case_id, region_code, head, updated_at, seq FROM case_heads WHERE case_id = ?',
        [caseId],
      );
      return row ? caseHeadFrom(row) : null;
    },
    async getCaseHeadForUpdate(caseId) {
      await db.lockReplication();
      const row = await db.get('SELECT head FROM case_heads WHERE case_id = ?', [caseId]);
      return row ? json<CaseHead>(row, 'head') : null;
    },

    async appendAudit(entry) {
      await db.run('INSERT INTO audit_log (actor_id, action, target, at, details) VALUES (?, ?, ?, ?, ?)', [
        entry.actorId,
        entry.action,
        entry.target,
        entry.at,
        JSON.stringify(entry.details ?? {}),
      ]);
    },
    async listAudit(options = {}) {
      const limit = Math.max(1, Math.min(options.limit ?? 100, MAX_AUDIT_ROWS));
      const rows =
        options.target === undefined
          ? await db.all('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?', [limit])
          : await db.all('SELECT * FROM audit_log WHERE target = ? ORDER BY id DESC LIMIT ?', [
              options.target,
              limit,
            ]);
      return rows.map(auditFrom);
    },

    ...createConsultationOps(db),
    ...createQueryOps(db),
    ...createSupervisionOps(db),
    listDevicesInScope: (scope) => listDevicesInScope(db, scope),

    changesSince: (collection, scopePrefix, checkpointSeq, limit, options) =>
      changesSince(db, collection, scopePrefix, checkpointSeq, limit, options),
    async maxSeq() {
      const row = await db.get(
        'SELECT MAX(m) AS m FROM (' +
          [
            'regions',
            'users',
            'catalogue_items',
            'holiday_schedules',
            'actions',
            'case_heads',
            'consultations',
          ]
            .map((table) => `SELECT MAX(seq) AS m FROM ${table}`)
            .join(' UNION ALL ') +
          ') AS t',
      );
      return row && row.m !== null ? int(row, 'm') : 0;
    },
  };
}
