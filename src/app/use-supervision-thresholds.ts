/**
 * The district's 监察阈值 as this device holds them (src/sync/thresholds-refresh keeps them current), live:
 * every 电子监察 light on the tablet uses these numbers, the defaults until the server's first arrived.
 */
import { useEffect, useState } from 'react';
import {
  DEFAULT_SUPERVISION_THRESHOLDS,
  type SupervisionThresholds,
} from '../domain/supervision/supervision-thresholds';
import { THRESHOLDS_META_ID, thresholdsFromMeta } from '../sync/thresholds-refresh';
import { useDeviceStore } from './device-store';

export function useSupervisionThresholds(): SupervisionThresholds {
  const db = useDeviceStore((state) => state.db);
  const [thresholds, setThresholds] = useState<SupervisionThresholds>(DEFAULT_SUPERVISION_THRESHOLDS);
  useEffect(() => {
    if (!db || db.closed) return undefined;
    const subscription = db.meta
      .findOne(THRESHOLDS_META_ID)
      .$.subscribe((doc) => setThresholds(thresholdsFromMeta(doc?.toJSON().value)));
    return () => subscription.unsubscribe();
  }, [db]);
  return thresholds;
}
