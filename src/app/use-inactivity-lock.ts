/**
 * Locks the device after a period without input (default 10 minutes, configurable per device in the
 * `meta` settings): the keys leave memory and the unlock screen shows.
 */
import { useEffect } from 'react';
import { DEFAULT_SETTINGS, loadSettings } from '../db/device-vault';
import { useDeviceStore } from './device-store';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function useInactivityLock(): void {
  const db = useDeviceStore((state) => state.db);
  const keys = useDeviceStore((state) => state.keys);
  const lock = useDeviceStore((state) => state.lock);

  useEffect(() => {
    if (!keys) return;
    let limitMs = DEFAULT_SETTINGS.lockAfterMinutes * 60_000;
    let lastActivity = Date.now();
    if (db) void loadSettings(db).then((settings) => (limitMs = settings.lockAfterMinutes * 60_000));
    const onActivity = () => (lastActivity = Date.now());
    // Checked on a timer and on return to the foreground (timers sleep with the tablet's screen).
    const check = () => {
      if (Date.now() - lastActivity >= limitMs) lock();
    };
    const timer = setInterval(check, 15_000);
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true });
    document.addEventListener('visibilitychange', check);
    return () => {
      clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity);
      document.removeEventListener('visibilitychange', check);
    };
  }, [db, keys, lock]);
}
