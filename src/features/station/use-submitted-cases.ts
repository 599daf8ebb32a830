/** The cases submitted from the agent's station on this device, live (the local actions; not the demo history). */
import { useEffect, useState } from 'react';
import { useDeviceStore } from '../../app/device-store';
import { useSessionStore, useSessionUser } from '../../app/session-store';
import { listSubmissions, type SubmittedCaseLine } from '../../db/case-submission';

export function useSubmittedCases(): SubmittedCaseLine[] {
  const db = useDeviceStore((state) => state.db);
  const keys = useDeviceStore((state) => state.keys);
  const scope = useSessionUser()?.scope ?? '';
  const deviceId = useSessionStore((state) => state.deviceId) ?? '';
  const [lines, setLines] = useState<SubmittedCaseLine[]>([]);
  useEffect(() => {
    if (!db || !keys || db.closed || !scope) return;
    let isCurrent = true;
    const subscription = db.actions.$.subscribe(() => reload());
    const reload = () =>
      void listSubmissions(db, keys, { regionCode: scope, deviceId })
        .then((next) => isCurrent && setLines(next))
        .catch(() => undefined);
    reload();
    return () => {
      isCurrent = false;
      subscription.unsubscribe();
    };
  }, [db, keys, scope, deviceId]);
  return lines;
}
