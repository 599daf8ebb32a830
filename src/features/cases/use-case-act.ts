/**
 * Records one action on a case as the signed-in agent (`useCaseServices().act`: checked by the shared
 * reducer, stored pending and sealed, pushed by the sync engine) and keeps what the screen shows about it.
 */
import { useCallback, useState } from 'react';
import { useCaseServices } from '../../app/case-services';
import type { ActionPayload, ActionType, CaseHead } from '../../domain/case/case-types';

export type ActState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done' }
  /** The reducer refused it (its Chinese reason) or the device could not store it. */
  | { kind: 'failed'; reason: string };

export function useCaseAct(head: CaseHead) {
  const services = useCaseServices();
  const [state, setState] = useState<ActState>({ kind: 'idle' });
  const act = useCallback(
    async <T extends ActionType>(type: T, payload: ActionPayload<T>, files: readonly string[] = []) => {
      setState({ kind: 'busy' });
      try {
        const result = await services.act(head.id, head.regionCode, type, payload, files);
        setState(result.ok ? { kind: 'done' } : { kind: 'failed', reason: result.rejection.reason });
        return result.ok;
      } catch (error) {
        console.warn('Daiban: action not stored', error instanceof Error ? error.name : 'error');
        setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
        return false;
      }
    },
    [services, head.id, head.regionCode],
  );
  return { state, act, files: services.files };
}
