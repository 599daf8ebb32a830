/**
 * The records the server refused (actions with status 'rejected', consultations with a rejection),
 * live from the device database, in words for the RejectedRecordsPanel.
 */
import { useEffect, useState } from 'react';
import { combineLatest } from 'rxjs';
import { ACTION_NAMES_ZH } from '../domain/case/case-names';
import type { RejectedRecord } from '../ui/sync-status/RejectedRecordsPanel';
import { useT } from '../ui/i18n/use-t';
import { useDeviceStore } from './device-store';
import { useSessionStore } from './session-store';

export function useRejectedRecords(): RejectedRecord[] {
  const t = useT();
  const db = useDeviceStore((state) => state.db);
  const keys = useDeviceStore((state) => state.keys);
  const userId = useSessionStore((state) => state.user?.id);
  const [records, setRecords] = useState<RejectedRecord[]>([]);
  useEffect(() => {
    if (!db || !keys || db.closed) return;
    const subscription = combineLatest([
      // Only the signed-in user's refusals: a township's tablet also pulls colleagues' refused actions.
      db.actions.find({ selector: { status: 'rejected', ...(userId ? { actorId: userId } : {}) } }).$,
      db.consultations.find().$,
    ]).subscribe(([actions, consultations]) => {
      const names: Record<string, string> = ACTION_NAMES_ZH;
      setRecords([
        ...actions.map((doc) => ({
          id: doc.id,
          what: t('rejected.action', { action: names[doc.type] ?? doc.type, caseId: doc.caseId }),
          reason: doc.rejection?.reason ?? '',
        })),
        ...consultations
          .filter((doc) => doc.rejection)
          .map((doc) => ({
            id: doc.id,
            what: t('rejected.consultation', { topic: doc.topic }),
            reason: doc.rejection?.reason ?? '',
          })),
      ]);
    });
    return () => subscription.unsubscribe();
  }, [db, keys, t, userId]);
  return records;
}
