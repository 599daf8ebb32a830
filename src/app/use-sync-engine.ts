/**
 * Runs the sync engine while the device is unlocked (the shell is mounted only then); the engine
 * waits for RxDB leadership, so only one tab replicates.
 */
import { useEffect } from 'react';
import { resetSyncStatus } from '../sync/sync-status-store';
import { startSyncEngine } from '../sync/sync-engine';
import { api } from './api';
import { useDeviceStore } from './device-store';
import { useSessionStore } from './session-store';

export function useSyncEngine(): void {
  const db = useDeviceStore((state) => state.db);
  const keys = useDeviceStore((state) => state.keys);
  const userId = useSessionStore((state) => state.user?.id);
  useEffect(() => {
    if (!db || !keys || db.closed) return;
    const engine = startSyncEngine({
      db,
      keys,
      api,
      getAccessToken: () => useSessionStore.getState().accessToken,
      ...(userId ? { userId } : {}),
    });
    return () => {
      void engine.stop().finally(resetSyncStatus);
    };
  }, [db, keys, userId]);
}
