/**
 * 电子监察 thresholds of a district (监察阈值, one setting list per 6-digit 区 code): the newest setting is in
 * force; before any setting the defaults (DEFAULT_SUPERVISION_THRESHOLDS) apply. A 差评's follow-up takes the
 * setting in force when the evaluation reached the server, so a later change never moves its due dates.
 */
import {
  DEFAULT_SUPERVISION_THRESHOLDS,
  type SupervisionThresholds,
} from '../../../src/domain/supervision/supervision-thresholds';
import type { StoreOps, ThresholdSettingRecord } from '../store/store';

/** The 6-digit district (区) of a scope or region code. */
export function districtOf(scopeOrRegion: string): string {
  return scopeOrRegion.slice(0, 6);
}

/** The thresholds in force at `instant` (ISO time) given a district's settings (any order). */
export function thresholdsAt(
  settings: readonly ThresholdSettingRecord[],
  instant: string,
): SupervisionThresholds {
  const at = Date.parse(instant);
  let inForce: ThresholdSettingRecord | null = null;
  for (const setting of settings) {
    const setAt = Date.parse(setting.setAt);
    if (setAt > at) continue;
    if (
      inForce === null ||
      setAt > Date.parse(inForce.setAt) ||
      (setAt === Date.parse(inForce.setAt) && setting.id > inForce.id)
    )
      inForce = setting;
  }
  return inForce === null ? { ...DEFAULT_SUPERVISION_THRESHOLDS } : inForce.thresholds;
}

/** The thresholds in force now in the district of `scope` (the defaults when none was ever set). */
export async function currentThresholdsOf(
  store: Pick<StoreOps, 'listThresholdSettings'>,
  scope: string,
): Promise<SupervisionThresholds> {
  const [latest] = await store.listThresholdSettings(districtOf(scope), 1);
  return latest === undefined ? { ...DEFAULT_SUPERVISION_THRESHOLDS } : latest.thresholds;
}
