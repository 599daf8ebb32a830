/**
 * The vault record in the `meta` collection: whose device this is, the wrapped keys (crypto/key-vault)
 * and the session sealed with the data key (profile, refresh token). Readable before unlock; nothing in
 * it is usable without the password.
 */
import type { DaibanDatabase } from './daiban-database';
import type { WrappedVault } from './crypto/key-vault';

const VAULT_ID = 'vault';
const SETTINGS_ID = 'settings';

export interface VaultRecord {
  userId: string;
  username: string;
  /** Shown on the unlock screen (staff names are not citizens' data). */
  displayName: string;
  keys: WrappedVault;
  /** AES-GCM (data key) of the SealedSession JSON. */
  sealedSession: string;
}

export interface DeviceSettings {
  /** Minutes without input before the app locks (default 10). */
  lockAfterMinutes: number;
  /** Days after which uploaded photos may be dropped from the device and fetched again when viewed (default 30). */
  evictPhotosAfterDays: number;
}

export const DEFAULT_SETTINGS: DeviceSettings = { lockAfterMinutes: 10, evictPhotosAfterDays: 30 };

export async function loadVault(db: DaibanDatabase): Promise<VaultRecord | null> {
  const doc = await db.meta.findOne(VAULT_ID).exec();
  return doc ? (doc.toJSON().value as unknown as VaultRecord) : null;
}

export async function saveVault(db: DaibanDatabase, record: VaultRecord): Promise<void> {
  await db.meta.upsert({ id: VAULT_ID, value: { ...record } });
}

export async function loadSettings(db: DaibanDatabase): Promise<DeviceSettings> {
  const doc = await db.meta.findOne(SETTINGS_ID).exec();
  return { ...DEFAULT_SETTINGS, ...(doc?.toJSON().value as Partial<DeviceSettings> | undefined) };
}

/** Changes some device settings (the others keep their stored or default value). */
export async function saveSettings(
  db: DaibanDatabase,
  patch: Partial<DeviceSettings>,
): Promise<DeviceSettings> {
  const next = { ...(await loadSettings(db)), ...patch };
  await db.meta.upsert({ id: SETTINGS_ID, value: { ...next } });
  return next;
}
