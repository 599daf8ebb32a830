/**
 * Sends the reveals (显示完整号码) logged on the device while offline as soon as the server is reachable
 * again, so every reveal reaches the audit log (case-services keeps them queued in `meta/revealQueue`).
 */
import { useEffect } from 'react';
import { flushRevealQueue } from '../../app/case-services';
import { useDeviceStore } from '../../app/device-store';
import { syncStatusStore } from '../../sync/sync-status-store';

export function useRevealAuditFlush(): void {
  const db = useDeviceStore((state) => state.db);
  useEffect(() => {
    if (!db || db.closed) return;
    const flush = () => void flushRevealQueue(db).catch(() => 0);
    if (syncStatusStore.getState().connectivity === 'online') flush();
    return syncStatusStore.subscribe((state, previous) => {
      if (state.connectivity === 'online' && previous.connectivity !== 'online') flush();
    });
  }, [db]);
}
