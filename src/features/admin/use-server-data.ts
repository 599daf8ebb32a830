/**
 * Loads data from the server for a screen: the value, the failure (shown with its reason) and `reload`.
 * A newer load or leaving the screen aborts the older one, so a slow answer never overwrites a newer one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface ServerData<T> {
  data: T | null;
  error: unknown;
  isLoading: boolean;
  reload(): void;
}

export function useServerData<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): ServerData<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isLoading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    loadRef
      .current(controller.signal)
      .then((value) => {
        if (!controller.signal.aborted) setData(value);
      })
      .catch((cause: unknown) => {
        if (!controller.signal.aborted) setError(cause);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [round, ...deps]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, error, isLoading, reload };
}
