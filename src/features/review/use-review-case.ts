/** One case on the device, live: the head as shown, its actions (timeline, refusals), re-read on every change. */
import { useEffect, useState } from 'react';
import type { CaseServices } from '../../app/case-services';
import type { LocalCase } from '../../db/case-store';
import type { LocalAction } from './review-timeline';

export type ReviewCaseState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; local: LocalCase; actions: LocalAction[] };

export function useReviewCase(services: CaseServices, caseId: string): ReviewCaseState {
  const [state, setState] = useState<ReviewCaseState>({ status: 'loading' });
  useEffect(() => {
    let latest = 0;
    let isCurrent = true;
    setState({ status: 'loading' });
    const reload = () => {
      const ticket = ++latest;
      services.store
        .loadCase(caseId)
        .then((found) => {
          if (!isCurrent || ticket !== latest) return;
          setState(
            found ? { status: 'ready', local: found.local, actions: found.actions } : { status: 'missing' },
          );
        })
        .catch((error: unknown) => isCurrent && ticket === latest && setState({ status: 'failed', error }));
    };
    const subscription = services.store.watchCaseChanges(caseId).subscribe(() => reload());
    reload();
    return () => {
      isCurrent = false;
      subscription.unsubscribe();
    };
  }, [services, caseId]);
  return state;
}
