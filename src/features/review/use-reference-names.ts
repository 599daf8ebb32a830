/**
 * Names from the replicated reference data: villages (行政区划, for the queue and the notice) and the labels of
 * an item's own fields (事项个性化字段) from the catalogue version the case was submitted with.
 */
import { useCallback, useEffect, useState } from 'react';
import { useDeviceStore } from '../../app/device-store';

/** `villageNameOf(regionCode)`: the region's name, or '' while unknown. */
export function useRegionNames(): (regionCode: string) => string {
  const db = useDeviceStore((state) => state.db);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!db || db.closed) return;
    const subscription = db.regions.find().$.subscribe((docs) => {
      const next = new Map<string, string>();
      for (const doc of docs) {
        const name = (doc.data as { name?: unknown }).name;
        if (typeof name === 'string') next.set(doc.id, name);
      }
      setNames(next);
    });
    return () => subscription.unsubscribe();
  }, [db]);
  return useCallback((regionCode: string) => names.get(regionCode) ?? '', [names]);
}

/** Labels of the item's fields by key (empty until the catalogue version is on the device). */
export function useItemFieldLabels(code: string, version: number): ReadonlyMap<string, string> {
  const db = useDeviceStore((state) => state.db);
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!db || db.closed) return;
    const subscription = db.catalogue.findOne(`${code}@${version}`).$.subscribe((doc) => {
      const fields = (doc?.data as { fields?: unknown } | undefined)?.fields;
      const next = new Map<string, string>();
      for (const field of Array.isArray(fields) ? (fields as unknown[]) : []) {
        const { key, label } = (field ?? {}) as { key?: unknown; label?: unknown };
        if (typeof key === 'string' && typeof label === 'string') next.set(key, label);
      }
      setLabels(next);
    });
    return () => subscription.unsubscribe();
  }, [db, code, version]);
  return labels;
}
