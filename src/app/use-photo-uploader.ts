/** Runs the photo uploader (photo-uploader.ts) while the device is unlocked. */
import { useEffect } from 'react';
import { api } from './api';
import { useDeviceStore } from './device-store';
import { startPhotoUploader } from './photo-uploader';
import { useSessionStore } from './session-store';

export function usePhotoUploader(): void {
  const db = useDeviceStore((state) => state.db);
  const keys = useDeviceStore((state) => state.keys);
  useEffect(() => {
    if (!db || !keys || db.closed) return;
    const uploader = startPhotoUploader({
      db,
      keys,
      getAccessToken: () => useSessionStore.getState().accessToken,
      refreshSession: () => api.refreshSession(),
    });
    return () => uploader.stop();
  }, [db, keys]);
}
