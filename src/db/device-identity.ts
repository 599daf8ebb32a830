/**
 * Device-local settings that must survive a restart before any database is open:
 * the device id the server assigned at the first login, and the preferred UI language.
 *
 * The only module outside the RxDB database that touches web storage (lint allows it in src/db only).
 * Storage may be unavailable (private mode, quota, disabled): every call degrades to "nothing stored".
 */

const DEVICE_ID_KEY = 'daiban.deviceId';
const LANGUAGE_KEY = 'daiban.language';
const DEVICE_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    const store = storage();
    if (!store) return;
    if (value === null) store.removeItem(key);
    else store.setItem(key, value);
  } catch {
    // Quota or privacy settings: the value simply is not remembered.
  }
}

/** The id the server gave this device, or null before the first login (or after a revocation). */
export function loadDeviceId(): string | null {
  const value = read(DEVICE_ID_KEY);
  return value !== null && DEVICE_ID_PATTERN.test(value) ? value : null;
}

export function saveDeviceId(deviceId: string): void {
  if (DEVICE_ID_PATTERN.test(deviceId)) write(DEVICE_ID_KEY, deviceId);
}

export function clearDeviceId(): void {
  write(DEVICE_ID_KEY, null);
}

/** The language the user last chose on this device (a BCP 47 tag), or null. */
export function loadPreferredLanguage(): string | null {
  return read(LANGUAGE_KEY);
}

export function savePreferredLanguage(language: string): void {
  write(LANGUAGE_KEY, language);
}

const OWNER_HINT_KEY = 'daiban.vaultOwner';

/**
 * Who holds this device's vault (a staff login name and display name, no citizen's data), remembered so the
 * first screen can offer 解锁 at once while the database code is still loading. Only a hint: the vault in
 * the database decides, and the hint is corrected when it disagrees.
 */
export function loadVaultOwnerHint(): { username: string; displayName: string } | null {
  const raw = read(OWNER_HINT_KEY);
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as { username?: unknown; displayName?: unknown };
    return typeof value.username === 'string' && typeof value.displayName === 'string'
      ? { username: value.username, displayName: value.displayName }
      : null;
  } catch {
    return null;
  }
}

export function saveVaultOwnerHint(owner: { username: string; displayName: string } | null): void {
  write(OWNER_HINT_KEY, owner === null ? null : JSON.stringify(owner));
}
