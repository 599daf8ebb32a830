/**
 * The district's 监察阈值 as this device holds them (src/sync/thresholds-refresh keeps them current), live:
 * every 电子监察 light on the tablet uses these numbers, the defaults until the server's first arrived.
 */
import { useEffect, useState } from 'react';
import type { SupervisionThresholds } from '../domain/supervision/supervision-thresholds';
import { onThresholdsChange, readThresholds } from '../sync/thresholds-refresh';

export function useSupervisionThresholds(): SupervisionThresholds {
  const [thresholds, setThresholds] = useState<SupervisionThresholds>(() => readThresholds());
  useEffect(() => onThresholdsChange(() => setThresholds(readThresholds())), []);
  return thresholds;
}
