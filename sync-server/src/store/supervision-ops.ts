/**
 * 电子监察 storage, written once over SqlDriver for both dialects:
 * - the thresholds of each district (监察阈值): every setting is kept (append-only), the newest is in force;
 *   the one in force when a 差评 arrived fixes that follow-up's due dates;
 * - the 差评 follow-ups (回访 / 整改 / 办结), one per case, written with an optimistic `revision` so two
 *   people recording a step at the same moment cannot both win.
 * Neither is replicated to tablets (no seq): the supervision screens read them online.
 */
import type { FollowUp, FollowUpStatus } from '../../../src/domain/evaluation/follow-up';
import type { SupervisionThresholds } from '../../../src/domain/supervision/supervision-thresholds';
import { likePatternOf } from './region-scope';
import { int, json, text, type SqlDriver, type SqlRow } from './sql-driver';

/** One setting of a district's 电子监察 thresholds. */
export interface ThresholdSettingRecord {
  id: number;
  /** 6-digit county (区) code */
  districtCode: string;
  thresholds: SupervisionThresholds;
  /** user id of whoever set it */
  setBy: string;
  /** ISO time */
  setAt: string;
}
export type NewThresholdSetting = Omit<ThresholdSettingRecord, 'id'>;

/** The stored 差评 follow-up (回访整改) of one case. */
export interface FollowUpRecord {
  caseId: string;
  /** the case's 12-digit region code (jurisdiction) */
  regionCode: string;
  followUp: FollowUp;
  /** 1 after the first step, +1 on every step */
  revision: number;
  /** user id of whoever recorded the last step */
  updatedBy: string;
  updatedAt: string;
}

export interface SupervisionStoreOps {
  /** Appends a threshold setting of a district (the history is kept); returns it with its id. */
  insertThresholdSetting(setting: NewThresholdSetting): Promise<ThresholdSettingRecord>;
  /** The settings of a district, newest first (at most `limit`, default all). */
  listThresholdSettings(districtCode: string, limit?: number): Promise<ThresholdSettingRecord[]>;
  getFollowUp(caseId: string): Promise<FollowUpRecord | null>;
  /**
   * Writes a follow-up at `revision` when the stored one is at `revision − 1` (revision 1: only when none is
   * stored yet). False, and nothing written, when someone else moved it on first.
   */
  saveFollowUp(record: FollowUpRecord): Promise<boolean>;
  /** Follow-ups of the cases whose region starts with `scope` (prefix in SQL), by case id. */
  listFollowUpsInScope(scope: string): Promise<FollowUpRecord[]>;
}

const FOLLOW_UP_COLUMNS = 'case_id, region_code, document, revision, updated_by, updated_at';

function thresholdSettingFrom(row: SqlRow): ThresholdSettingRecord {
  return {
    id: int(row, 'id'),
    districtCode: text(row, 'district_code'),
    thresholds: json<SupervisionThresholds>(row, 'document'),
    setBy: text(row, 'set_by'),
    setAt: new Date(text(row, 'set_at')).toISOString(),
  };
}

function followUpFrom(row: SqlRow): FollowUpRecord {
  return {
    caseId: text(row, 'case_id'),
    regionCode: text(row, 'region_code'),
    followUp: json<FollowUp>(row, 'document'),
    revision: int(row, 'revision'),
    updatedBy: text(row, 'updated_by'),
    updatedAt: new Date(text(row, 'updated_at')).toISOString(),
  };
}

function statusOf(record: FollowUpRecord): FollowUpStatus {
  return record.followUp.status;
}

export function createSupervisionOps(db: SqlDriver): SupervisionStoreOps {
  return {
    async insertThresholdSetting(setting) {
      if (!/^\d{6}$/.test(setting.districtCode)) throw new RangeError('district code must be 6 digits');
      const row = await db.get(
        'INSERT INTO supervision_thresholds (district_code, document, set_by, set_at) VALUES (?, ?, ?, ?) ' +
          'RETURNING id',
        [setting.districtCode, JSON.stringify(setting.thresholds), setting.setBy, setting.setAt],
      );
      if (row === undefined) throw new Error('the threshold setting was not stored');
      return { ...setting, id: int(row, 'id') };
    },
    async listThresholdSettings(districtCode, limit) {
      const rows = await db.all(
        'SELECT id, district_code, document, set_by, set_at FROM supervision_thresholds ' +
          'WHERE district_code = ? ORDER BY id DESC LIMIT ?',
        [districtCode, Math.max(1, Math.min(limit ?? 10_000, 10_000))],
      );
      return rows.map(thresholdSettingFrom);
    },
    async getFollowUp(caseId) {
      const row = await db.get(`SELECT ${FOLLOW_UP_COLUMNS} FROM follow_ups WHERE case_id = ?`, [caseId]);
      return row ? followUpFrom(row) : null;
    },
    async saveFollowUp(record) {
      const values = [
        JSON.stringify(record.followUp),
        statusOf(record),
        record.revision,
        record.updatedBy,
        record.updatedAt,
      ];
      if (record.revision === 1) {
        const changed = await db.run(
          'INSERT INTO follow_ups (case_id, region_code, document, status, revision, updated_by, updated_at) ' +
            'VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING',
          [record.caseId, record.regionCode, ...values],
        );
        return changed > 0;
      }
      const changed = await db.run(
        'UPDATE follow_ups SET document = ?, status = ?, revision = ?, updated_by = ?, updated_at = ? ' +
          'WHERE case_id = ? AND revision = ?',
        [...values, record.caseId, record.revision - 1],
      );
      return changed > 0;
    },
    async listFollowUpsInScope(scope) {
      const rows = await db.all(
        `SELECT ${FOLLOW_UP_COLUMNS} FROM follow_ups WHERE region_code LIKE ? ORDER BY case_id`,
        [likePatternOf(scope)],
      );
      return rows.map(followUpFrom);
    },
  };
}
