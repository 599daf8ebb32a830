/**
 * Reads every value of every object store of every IndexedDB database of the page's origin, raw, as one
 * string — what someone holding the tablet could read. Blobs are read as text.
 */
import type { Page } from 'playwright-core';

export function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: string[] = [];
    const blobText = async (value: unknown): Promise<unknown> =>
      value instanceof Blob ? await value.text() : value;
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        const values = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        });
        for (const value of values)
          out.push(`${info.name}/${storeName}: ${JSON.stringify(await blobText(value))}`);
      }
      db.close();
    }
    return out.join('\n');
  });
}
