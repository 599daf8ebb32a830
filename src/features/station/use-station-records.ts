/**
 * What the station's home reads from the device besides the cases: the consultations (咨询登记, for 咨询数)
 * and the number of unfinished intakes (drafts) of the station, live from RxDB.
 */
import { useEffect, useState } from 'react';
import { useDeviceStore } from '../../app/device-store';
import { useSessionUser } from '../../app/session-store';
import type { ConsultationRecord } from '../../domain/statistics/indicator-events';

export function useStationConsultations(): ConsultationRecord[] | null {
  const db = useDeviceStore((state) => state.db);
  const [records, setRecords] = useState<ConsultationRecord[] | null>(null);
  useEffect(() => {
    if (!db || db.closed) return undefined;
    const subscription = db.consultations.find().$.subscribe((docs) =>
      setRecords(
        docs
          .filter((doc) => !doc.rejection)
          .map((doc) => ({
            regionCode: doc.regionCode,
            itemCode: doc.itemCode,
            clientTime: doc.clientTime,
            serverTime: doc.serverTime,
          })),
      ),
    );
    return () => subscription.unsubscribe();
  }, [db]);
  return records;
}

export function useDraftCount(): number | null {
  const db = useDeviceStore((state) => state.db);
  const scope = useSessionUser()?.scope ?? '';
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    if (!db || db.closed || !scope) return undefined;
    const subscription = db.drafts
      .find({ selector: { regionCode: scope } })
      .$.subscribe((docs) => setCount(docs.length));
    return () => subscription.unsubscribe();
  }, [db, scope]);
  return count;
}
