/**
 * Whether the sync server answers: probed on start, every 30 s, when the browser reports a network
 * change and when the app returns to the foreground. navigator.onLine alone says nothing about the
 * server (a village Wi-Fi without uplink is "online"), so it only triggers a probe.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type Reachability = 'checking' | 'online' | 'offline';

export interface ServerReachability {
  status: Reachability;
  /** `Date.now()` of the last answer from the server, this session. */
  lastContactAt: number | null;
  checkNow(): void;
}

export interface ReachabilityOptions {
  /** Resolves true when the server answered in time. */
  probe: (signal: AbortSignal) => Promise<boolean>;
  /** Lets other traffic (any API answer) count as contact. */
  subscribeContact?: (listener: (at: number) => void) => () => void;
  intervalMs?: number;
}

export function useServerReachability({
  probe,
  subscribeContact,
  intervalMs = 30_000,
}: ReachabilityOptions): ServerReachability {
  const [status, setStatus] = useState<Reachability>('checking');
  const [lastContactAt, setLastContactAt] = useState<number | null>(null);
  const inFlight = useRef<AbortController | null>(null);
  const probeRef = useRef(probe);
  useEffect(() => {
    probeRef.current = probe;
  }, [probe]);

  const checkNow = useCallback(() => {
    if (inFlight.current) return;
    const controller = new AbortController();
    inFlight.current = controller;
    setStatus((current) => (current === 'offline' ? current : 'checking'));
    probeRef
      .current(controller.signal)
      .catch(() => false)
      .then((isUp) => {
        if (controller.signal.aborted) return;
        setStatus(isUp ? 'online' : 'offline');
        if (isUp) setLastContactAt(Date.now());
      })
      .finally(() => {
        if (inFlight.current === controller) inFlight.current = null;
      });
  }, []);

  useEffect(() => {
    checkNow();
    const timer = setInterval(checkNow, intervalMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') checkNow();
    };
    window.addEventListener('online', checkNow);
    window.addEventListener('offline', checkNow);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', checkNow);
      window.removeEventListener('offline', checkNow);
      document.removeEventListener('visibilitychange', onVisible);
      inFlight.current?.abort();
      inFlight.current = null;
    };
  }, [checkNow, intervalMs]);

  useEffect(() => {
    if (!subscribeContact) return undefined;
    return subscribeContact((at) => {
      setLastContactAt(at);
      setStatus('online');
    });
  }, [subscribeContact]);

  return { status, lastContactAt, checkNow };
}
