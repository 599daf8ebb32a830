/**
 * 监察阈值 on the device: the district's thresholds in force (GET /api/supervision/thresholds/in-force), kept
 * so the 电子监察 lights of every screen use the district's numbers offline too. Refreshed by the sync engine
 * whenever it (re)starts and with the reference data.
 *
 * They are kept in localStorage, not in the database: four numbers of the district, nothing personal, and no
 * extra IndexedDB write competing with the citizens' records when the device's storage is nearly full.
 */
import {
  DEFAULT_SUPERVISION_THRESHOLDS,
  parseSupervisionThresholds,
  type SupervisionThresholds,
} from '../domain/supervision/supervision-thresholds';
import { localSettingsStorage, type LocalSettingsStorage } from '../db/local-settings-storage';
import type { ApiClient } from './api-client';

export const THRESHOLDS_STORAGE_KEY = 'daiban.supervisionThresholds';

/** Where the device keeps them (localStorage in the app; a map in tests). */
export type ThresholdsStorage = LocalSettingsStorage;

const listeners = new Set<() => void>();

/** The thresholds the device holds: the defaults until the server's arrived, or if what is stored is bad. */
export function readThresholds(storage = localSettingsStorage()): SupervisionThresholds {
  let stored: unknown;
  try {
    const raw = storage?.getItem(THRESHOLDS_STORAGE_KEY) ?? null;
    stored = raw === null ? undefined : JSON.parse(raw);
  } catch {
    stored = undefined; // not JSON: the defaults
  }
  const parsed = parseSupervisionThresholds(stored);
  return parsed.ok ? parsed.thresholds : { ...DEFAULT_SUPERVISION_THRESHOLDS };
}

/** Calls `listener` whenever a refresh changed the thresholds; returns the unsubscribe. */
export function onThresholdsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Fetches the thresholds in force and keeps them when they changed; false when the server did not answer. */
export async function refreshThresholds(
  api: ApiClient,
  storage: ThresholdsStorage | null = localSettingsStorage(),
): Promise<boolean> {
  let answer: unknown;
  try {
    answer = await api.get('/api/supervision/thresholds/in-force');
  } catch {
    return false; // offline or refused: the device keeps what it has
  }
  const parsed = parseSupervisionThresholds((answer as { thresholds?: unknown } | null)?.thresholds);
  if (!parsed.ok || storage === null) return false;
  const next = JSON.stringify(parsed.thresholds);
  try {
    if (storage.getItem(THRESHOLDS_STORAGE_KEY) === next) return true;
    storage.setItem(THRESHOLDS_STORAGE_KEY, next);
  } catch {
    return false; // storage full or disabled: the lights keep the numbers they have
  }
  for (const listener of [...listeners]) listener();
  return true;
}
