/** One case on the device (head as shown + every action of it), read again whenever it changes. */
import { useEffect, useState } from 'react';
import { useCaseServices } from '../../app/case-services';
import type { LocalCase } from '../../db/case-store';
import type { WireAction } from '../../db/record-sealing';

export type CaseDetailState =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed' }
  | { kind: 'ready'; local: LocalCase; actions: WireAction[] };

export function useCaseDetail(caseId: string): CaseDetailState {
  const { store } = useCaseServices();
  const [state, setState] = useState<CaseDetailState>({ kind: 'loading' });
  useEffect(() => {
    let latest = 0;
    setState({ kind: 'loading' });
    const load = () => {
      const round = ++latest;
      store
        .loadCase(caseId)
        .then((found) => {
          if (round !== latest) return;
          setState(
            found ? { kind: 'ready', local: found.local, actions: found.actions } : { kind: 'missing' },
          );
        })
        .catch((error: unknown) => {
          if (round !== latest) return;
          console.warn('Daiban: case not read', error instanceof Error ? error.name : 'error');
          setState({ kind: 'failed' });
        });
    };
    const subscription = store.watchCaseChanges(caseId).subscribe(() => load());
    load();
    return () => {
      latest = -1;
      subscription.unsubscribe();
    };
  }, [caseId, store]);
  return state;
}
