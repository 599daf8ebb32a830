/**
 * What the sync-status bar shows, kept outside React (a vanilla Zustand store) so the engine can
 * update it: server reachability (probed), the last successful sync, records and photos waiting to
 * upload, refused records, the last error, and first-sync progress per collection.
 */
import { createStore } from 'zustand/vanilla';
import type { SyncedCollection } from '../domain/wire/replication-messages';

export type Connectivity = 'checking' | 'online' | 'offline';

export interface SyncStatus {
  connectivity: Connectivity;
  /** Date.now() of the last answer from the server. */
  lastContactAt: number | null;
  /** Date.now() of the last pull that completed. */
  lastSyncedAt: number | null;
  pendingRecords: number;
  pendingPhotos: number;
  rejectedRecords: number;
  /** The last sync failure, in words (cleared by the next success). */
  lastError: string | null;
  /** Documents received per collection while the first sync runs; null once it is done. */
  firstSync: Partial<Record<SyncedCollection, number>> | null;
  isEngineRunning: boolean;
  /** Percentage of the storage quota used, when above the warning level (80 %); else null. */
  storageWarningPercent: number | null;
  /** Probe now and pull everything from the checkpoints (the engine sets it). */
  syncNow: () => void;
}

export const INITIAL_SYNC_STATUS: Omit<SyncStatus, 'syncNow'> = {
  connectivity: 'checking',
  lastContactAt: null,
  lastSyncedAt: null,
  pendingRecords: 0,
  pendingPhotos: 0,
  rejectedRecords: 0,
  lastError: null,
  firstSync: null,
  isEngineRunning: false,
  storageWarningPercent: null,
};

export const syncStatusStore = createStore<SyncStatus>()(() => ({
  ...INITIAL_SYNC_STATUS,
  syncNow: () => undefined,
}));

export function resetSyncStatus(): void {
  syncStatusStore.setState({ ...INITIAL_SYNC_STATUS, syncNow: () => undefined });
}
