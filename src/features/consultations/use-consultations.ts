/**
 * The consultations (咨询登记) on this device, newest first, live from RxDB (including records written by
 * other tabs and pulled from the server), and the catalogue items to choose from (replicated catalogue).
 */
import { useEffect, useState } from 'react';
import { useDeviceStore } from '../../app/device-store';
import type { ConsultationDocType } from '../../db/schemas/local-schemas';

export interface ItemChoice {
  code: string;
  name: string;
}

export function useConsultations(): ConsultationDocType[] {
  const db = useDeviceStore((state) => state.db);
  const [docs, setDocs] = useState<ConsultationDocType[]>([]);
  useEffect(() => {
    if (!db || db.closed) return;
    const subscription = db.consultations
      .find({ sort: [{ clientTime: 'desc' }] })
      .$.subscribe((found) => setDocs(found.map((doc) => doc.toMutableJSON())));
    return () => subscription.unsubscribe();
  }, [db]);
  return docs;
}

/** The newest version of each catalogue item, by name. */
export function useItemChoices(): ItemChoice[] {
  const db = useDeviceStore((state) => state.db);
  const [items, setItems] = useState<ItemChoice[]>([]);
  useEffect(() => {
    if (!db || db.closed) return;
    const subscription = db.catalogue.find().$.subscribe((docs) => {
      const newest = new Map<string, { name: string; version: number }>();
      for (const doc of docs) {
        const { code, name, version } = doc.data as { code?: unknown; name?: unknown; version?: unknown };
        if (typeof code !== 'string' || typeof name !== 'string') continue;
        const v = typeof version === 'number' ? version : 0;
        if ((newest.get(code)?.version ?? -1) < v) newest.set(code, { name, version: v });
      }
      setItems(
        [...newest.entries()]
          .map(([code, { name }]) => ({ code, name }))
          .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
      );
    });
    return () => subscription.unsubscribe();
  }, [db]);
  return items;
}
