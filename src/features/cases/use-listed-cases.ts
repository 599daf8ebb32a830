/**
 * The cases on the device, live, each with its 电子监察 light for today: the optimistic view of
 * src/db/case-store (server heads folded with this device's pending actions), through `useCaseServices`.
 * Public to the station's home (today's work, this month's figures).
 */
import { useEffect, useState } from 'react';
import { useOptionalCaseServices } from '../../app/case-services';
import { useSupervisionThresholds } from '../../app/use-supervision-thresholds';
import { todayInChina } from '../../domain/calendar/china-date';
import type { ListedCase } from './case-list-filter';
import { caseLightOf } from './case-light';

export interface ListedCasesState {
  /** null until the first read of the device database finished. */
  cases: ListedCase[] | null;
  /** The device database could not be read. */
  hasFailed: boolean;
}

export function useListedCases(): ListedCasesState {
  const services = useOptionalCaseServices();
  const thresholds = useSupervisionThresholds();
  const [state, setState] = useState<ListedCasesState>({ cases: null, hasFailed: false });
  useEffect(() => {
    if (!services) return undefined;
    let latest = 0;
    const subscription = services.store.watchCases().subscribe((assembling) => {
      // Every change emits a new read; only the newest one may land (an older one can finish later).
      const round = ++latest;
      assembling
        .then((locals) => {
          if (round !== latest) return;
          const today = todayInChina();
          setState({
            cases: locals.map((local) => ({
              head: local.head,
              light: caseLightOf(local.head, today, services.calendar, thresholds),
              pendingCount: local.pendingCount,
              rejectedCount: local.rejectedCount,
            })),
            hasFailed: false,
          });
        })
        .catch((error: unknown) => {
          if (round !== latest) return;
          console.warn('Daiban: cases not read', error instanceof Error ? error.name : 'error');
          setState((current) => ({ ...current, hasFailed: true }));
        });
    });
    return () => {
      latest = -1;
      subscription.unsubscribe();
    };
  }, [services, thresholds]);
  return state;
}
