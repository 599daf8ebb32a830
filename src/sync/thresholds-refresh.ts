/**
 * 监察阈值 on the device: the district's thresholds in force (GET /api/supervision/thresholds/in-force),
 * kept in the `meta` collection so the 电子监察 lights of every screen use the district's numbers offline too.
 * Refreshed by the sync engine whenever it (re)starts and with the reference data.
 */
import type { DaibanDatabase } from '../db/daiban-database';
import {
  DEFAULT_SUPERVISION_THRESHOLDS,
  parseSupervisionThresholds,
  type SupervisionThresholds,
} from '../domain/supervision/supervision-thresholds';
import type { ApiClient } from './api-client';

export const THRESHOLDS_META_ID = 'supervisionThresholds';

/** The thresholds the device holds (the defaults until the server's arrived, or if what is stored is bad). */
export function thresholdsFromMeta(value: unknown): SupervisionThresholds {
  const parsed = parseSupervisionThresholds(value);
  return parsed.ok ? parsed.thresholds : { ...DEFAULT_SUPERVISION_THRESHOLDS };
}

/** Fetches the thresholds in force and stores them when they changed; false when the server did not answer. */
export async function refreshThresholds(api: ApiClient, db: DaibanDatabase): Promise<boolean> {
  let answer: unknown;
  try {
    answer = await api.get('/api/supervision/thresholds/in-force');
  } catch {
    return false; // offline or refused: the device keeps what it has
  }
  const thresholds = (answer as { thresholds?: unknown } | null)?.thresholds;
  const parsed = parseSupervisionThresholds(thresholds);
  if (!parsed.ok || db.closed) return false;
  const stored = await db.meta.findOne(THRESHOLDS_META_ID).exec();
  if (JSON.stringify(stored?.toJSON().value) !== JSON.stringify(parsed.thresholds))
    await db.meta.upsert({ id: THRESHOLDS_META_ID, value: parsed.thresholds });
  return true;
}
