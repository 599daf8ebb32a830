/**
 * Whether the sync server answers, by PROBING GET /api/health (with a timeout), not by trusting
 * online/offline events: a village Wi-Fi without uplink is "online". Probes every 30 s while
 * online, with backoff while offline, and at once on a network event or a return to the foreground.
 */
import { backoffDelay } from './backoff-delay';
import type { Connectivity } from './sync-status-store';

export interface ProberOptions {
  probe(signal: AbortSignal): Promise<boolean>;
  onChange(status: Exclude<Connectivity, 'checking'>, at: number): void;
  intervalMs?: number;
}

export interface Prober {
  checkNow(): Promise<boolean>;
  stop(): void;
}

export function startConnectivityProber(options: ProberOptions): Prober {
  const intervalMs = options.intervalMs ?? 30_000;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<boolean> | null = null;
  let isStopped = false;
  const controller = new AbortController();

  const schedule = () => {
    clearTimeout(timer);
    if (isStopped) return;
    timer = setTimeout(() => void checkNow(), failures === 0 ? intervalMs : backoffDelay(failures));
  };

  const checkNow = (): Promise<boolean> => {
    inFlight ??= options
      .probe(controller.signal)
      .catch(() => false)
      .then((isUp) => {
        if (!isStopped) {
          failures = isUp ? 0 : failures + 1;
          options.onChange(isUp ? 'online' : 'offline', Date.now());
          schedule();
        }
        return isUp;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };

  const onEvent = () => void checkNow();
  const onVisible = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'visible') void checkNow();
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('online', onEvent);
    window.addEventListener('offline', onEvent);
    document.addEventListener('visibilitychange', onVisible);
  }
  void checkNow();

  return {
    checkNow,
    stop: () => {
      isStopped = true;
      clearTimeout(timer);
      controller.abort();
      if (typeof window !== 'undefined') {
        window.removeEventListener('online', onEvent);
        window.removeEventListener('offline', onEvent);
        document.removeEventListener('visibilitychange', onVisible);
      }
    },
  };
}
