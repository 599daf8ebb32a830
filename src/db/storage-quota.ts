/**
 * The device's storage: ask the browser to keep it (persist(), so IndexedDB is not evicted under
 * pressure), read usage (estimate()), warn above 80 %, and recognise a full disk so the screen can
 * say so in Chinese. A write that fails for lack of space changes nothing already stored (IndexedDB
 * transactions are atomic) and the form keeps what the user typed.
 */

export const STORAGE_WARNING_RATIO = 0.8;

export interface StorageUsage {
  usedBytes: number;
  quotaBytes: number;
  /** 0..1, or null when the browser does not say. */
  ratio: number | null;
  isPersisted: boolean;
  isNearlyFull: boolean;
}

interface StorageManagerLike {
  persist?(): Promise<boolean>;
  persisted?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

function storageManager(): StorageManagerLike | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

/** Asks once for persistent storage; true when granted (or already persistent). */
export async function requestPersistentStorage(manager = storageManager()): Promise<boolean> {
  if (!manager?.persist) return false;
  try {
    if (manager.persisted && (await manager.persisted())) return true;
    return await manager.persist();
  } catch {
    return false;
  }
}

export async function readStorageUsage(manager = storageManager()): Promise<StorageUsage> {
  let usedBytes = 0;
  let quotaBytes = 0;
  let isPersisted = false;
  try {
    const estimate = (await manager?.estimate?.()) ?? {};
    usedBytes = estimate.usage ?? 0;
    quotaBytes = estimate.quota ?? 0;
    isPersisted = (await manager?.persisted?.()) ?? false;
  } catch {
    // Not available: report nothing known.
  }
  const ratio = quotaBytes > 0 ? usedBytes / quotaBytes : null;
  return {
    usedBytes,
    quotaBytes,
    ratio,
    isPersisted,
    isNearlyFull: ratio !== null && ratio >= STORAGE_WARNING_RATIO,
  };
}

/** True for the browser's "disk full" in any of its disguises (DOMException, Dexie, RxDB wrappers). */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const { name, message, inner, parameters } = error as {
    name?: unknown;
    message?: unknown;
    inner?: unknown;
    parameters?: { error?: unknown; errors?: unknown[] };
  };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (typeof message === 'string' && /quota/i.test(message)) return true;
  return [inner, parameters?.error, ...(parameters?.errors ?? [])].some((cause) =>
    isQuotaExceeded(cause, depth + 1),
  );
}
