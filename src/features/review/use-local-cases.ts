/** Every case on the device, live (the shared case store's optimistic view), for the review queue. */
import { useEffect, useState } from 'react';
import type { CaseServices } from '../../app/case-services';
import type { LocalCase } from '../../db/case-store';

export interface LocalCasesState {
  /** null until the first read finished. */
  cases: LocalCase[] | null;
  error: unknown;
}

export function useLocalCases(services: CaseServices): LocalCasesState {
  const [state, setState] = useState<LocalCasesState>({ cases: null, error: null });
  useEffect(() => {
    let latest = 0;
    let isCurrent = true;
    const subscription = services.store.watchCases().subscribe((next) => {
      // Each change opens the heads again; only the newest read may land.
      const ticket = ++latest;
      next
        .then((cases) => isCurrent && ticket === latest && setState({ cases, error: null }))
        .catch((error: unknown) => isCurrent && ticket === latest && setState({ cases: null, error }));
    });
    return () => {
      isCurrent = false;
      subscription.unsubscribe();
    };
  }, [services]);
  return state;
}
