/**
 * Offline login. The first online login on a device creates the key vault (a data key wrapped by the
 * password, and a verifier: never the password) and seals the profile and refresh token with the data
 * key. Afterwards the password unlocks the device without a network, checked locally.
 *
 * A login by a different user on the same device wipes the previous user's data first: one device
 * holds one user's data.
 */
import { createVault, unlockVault, type WrappedVault } from '../../db/crypto/key-vault';
import { decryptJson, encryptJson, type DataKeys } from '../../db/crypto/field-cipher';
import type { DaibanDatabase } from '../../db/daiban-database';
import { loadVault, saveVault, type VaultRecord } from '../../db/device-vault';
import type { SessionUser } from '../../domain/wire/auth-messages';

/** What the device keeps of a session, sealed with the data key. */
export interface SealedSession {
  user: SessionUser;
  refreshToken: string | null;
  deviceId: string | null;
}

export interface UnlockedDevice {
  keys: DataKeys;
  session: SealedSession;
}

export interface VaultOptions {
  /** PBKDF2 iterations for a new vault (tests use fewer). */
  iterations?: number;
}

/** After a successful online login: unlock the existing vault of this user, or create a new one. */
export async function establishAfterLogin(
  db: DaibanDatabase,
  password: string,
  session: SealedSession,
  wipe: () => Promise<DaibanDatabase>,
  options: VaultOptions = {},
): Promise<{ db: DaibanDatabase; keys: DataKeys }> {
  let database = db;
  const existing = await loadVault(database);
  if (existing && existing.userId === session.user.id) {
    const keys = await unlockVault(existing.keys, password);
    if (keys) {
      await sealSession(database, existing, keys, session);
      return { db: database, keys };
    }
  }
  // Another user's device data, or a password changed on the server (the old key cannot be unwrapped).
  if (existing) database = await wipe();
  const { vault, keys } = await createVault(password, options.iterations);
  await sealSession(database, recordFor(session.user, vault), keys, session);
  return { db: database, keys };
}

function recordFor(user: SessionUser, keys: WrappedVault): VaultRecord {
  return { userId: user.id, username: user.username, displayName: user.name, keys, sealedSession: '' };
}

/** Stores the sealed session (called again whenever the refresh token rotates). */
export async function sealSession(
  db: DaibanDatabase,
  record: VaultRecord,
  keys: DataKeys,
  session: SealedSession,
): Promise<void> {
  await saveVault(db, { ...record, sealedSession: await encryptJson(keys.dataKey, session) });
}

/** Offline unlock: the keys and the session, or null when the password is wrong. */
export async function unlockDevice(db: DaibanDatabase, password: string): Promise<UnlockedDevice | null> {
  const record = await loadVault(db);
  if (!record) return null;
  const keys = await unlockVault(record.keys, password);
  if (!keys) return null;
  return { keys, session: await decryptJson<SealedSession>(keys.dataKey, record.sealedSession) };
}

/** Who may unlock this device (shown on the unlock screen), or null when there is no vault. */
export async function vaultOwner(
  db: DaibanDatabase,
): Promise<{ username: string; displayName: string } | null> {
  const record = await loadVault(db);
  return record ? { username: record.username, displayName: record.displayName } : null;
}

/** Re-seals the session after a token rotation, if the vault belongs to this user. */
export async function updateSealedSession(
  db: DaibanDatabase,
  keys: DataKeys,
  session: SealedSession,
): Promise<void> {
  const record = await loadVault(db);
  if (record && record.userId === session.user.id) await sealSession(db, record, keys, session);
}
