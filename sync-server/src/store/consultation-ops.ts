/**
 * 咨询登记 operations (insert-only) and the file-reference check, written once over SqlDriver for both
 * dialects.
 */
import { likePatternOf } from './region-scope';
import type { SqlDriver } from './sql-driver';
import type { StoreOps } from './store';
import { consultationFrom } from './store-rows';

const CONSULTATION_COLUMNS = 'id, region_code, document, author_id, server_time, seq';

export function createConsultationOps(
  db: SqlDriver,
): Pick<StoreOps, 'insertConsultation' | 'getConsultation' | 'isFileReferencedInScope'> {
  return {
    async isFileReferencedInScope(sha256, scope) {
      // Checked to be hex, so it never carries a LIKE wildcard; the region index narrows the scan.
      if (!/^[a-f0-9]{64}$/.test(sha256)) throw new RangeError('sha256 must be 64 lowercase hex digits');
      const row = await db.get(
        'SELECT 1 AS found FROM actions WHERE region_code LIKE ? AND CAST(action AS TEXT) LIKE ? LIMIT 1',
        [likePatternOf(scope), `%${sha256}%`],
      );
      return row !== undefined;
    },
    async insertConsultation(record) {
      if (await db.get('SELECT 1 AS found FROM consultations WHERE id = ?', [record.id]))
        return { status: 'duplicate' };
      const seq = await db.nextSeq();
      // ON CONFLICT covers a concurrent insert of the same id between the check and here.
      const changed = await db.run(
        `INSERT INTO consultations (${CONSULTATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
        [
          record.id,
          record.regionCode,
          JSON.stringify(record.document),
          record.authorId,
          record.serverTime,
          seq,
        ],
      );
      return changed === 0 ? { status: 'duplicate' } : { status: 'inserted', seq };
    },
    async getConsultation(id) {
      const row = await db.get(`SELECT ${CONSULTATION_COLUMNS} FROM consultations WHERE id = ?`, [id]);
      return row ? consultationFrom(row) : null;
    },
  };
}
