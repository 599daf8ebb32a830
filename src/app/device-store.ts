/**
 * The device's local data and its lock: the database, the data keys (in memory only, after unlock),
 * and who owns the vault (for the unlock screen). Logout and remote wipe delete the database.
 */
import { create } from 'zustand';
import type { DataKeys } from '../db/crypto/field-cipher';
import type { VaultRecord } from '../db/device-vault';
import type { DaibanDatabase } from '../db/daiban-database';
import { loadVaultOwnerHint, saveVaultOwnerHint } from '../db/device-identity';
import type { LoginResponse } from '../domain/wire/auth-messages';
import { decryptJson } from '../db/crypto/field-cipher';
import {
  establishAfterLogin,
  type SealedSession,
  unlockDevice,
  updateSealedSession,
  vaultOwner,
} from '../features/auth/offline-unlock';
import { useSessionStore } from './session-store';

/**
 * RxDB and Dexie load on first use, not with the first screen: the login and unlock screens render from the
 * entry chunk (and the owner hint) while the database code arrives.
 */
const getDatabase = () => import('../db/database-instance').then((module) => module.getDatabase());
const wipeDatabase = () => import('../db/database-instance').then((module) => module.wipeDatabase());

export interface VaultOwner {
  username: string;
  displayName: string;
}

interface DeviceState {
  db: DaibanDatabase | null;
  keys: DataKeys | null;
  /** undefined while not yet read from the database. */
  owner: VaultOwner | null | undefined;
  /** Whether `owner` was read from the database (until then it may come from the hint in localStorage). */
  isOwnerChecked: boolean;
  /** Reads who may unlock this device (on the login screen). */
  loadOwner(): Promise<void>;
  /** After an online login: create or open the vault, then start the session. */
  completeOnlineLogin(password: string, response: LoginResponse): Promise<void>;
  /** Offline unlock: true when the password opened the vault. */
  unlock(password: string): Promise<boolean>;
  /** Inactivity: forget the keys and the session (the data stays, sealed). */
  lock(): void;
  /** Logout or remote wipe: delete every local record. */
  wipe(): Promise<void>;
}

export const useDeviceStore = create<DeviceState>()((set, get) => ({
  db: null,
  keys: null,
  // The hint decides the first paint: no hint, no vault known (a new device shows the online login at once,
  // without waiting for the database code); loadOwner then asks the vault itself.
  owner: loadVaultOwnerHint(),
  isOwnerChecked: false,

  loadOwner: async () => {
    try {
      const db = await getDatabase();
      const owner = await vaultOwner(db);
      saveVaultOwnerHint(owner);
      set({ db, owner, isOwnerChecked: true });
    } catch {
      saveVaultOwnerHint(null);
      set({ owner: null, isOwnerChecked: true }); // no IndexedDB (private mode): online login only
    }
  },

  completeOnlineLogin: async (password, response) => {
    const session = { user: response.user, refreshToken: response.refreshToken, deviceId: response.deviceId };
    try {
      const db = await getDatabase();
      const result = await establishAfterLogin(db, password, session, async () => {
        await wipeDatabase();
        return getDatabase();
      });
      const owner = { username: response.user.username, displayName: response.user.name };
      saveVaultOwnerHint(owner);
      set({ db: result.db, keys: result.keys, owner, isOwnerChecked: true });
    } catch (error) {
      console.error('local data unavailable; signed in online only', error);
      set({ keys: null });
    }
    useSessionStore.getState().signIn(response);
  },

  unlock: async (password) => {
    const db = get().db ?? (await getDatabase());
    const unlocked = await unlockDevice(db, password);
    if (!unlocked) return false;
    set({ db, keys: unlocked.keys });
    useSessionStore.getState().restore(unlocked.session);
    return true;
  },

  lock: () => {
    set({ keys: null });
    useSessionStore.getState().signOut('locked');
  },

  wipe: async () => {
    saveVaultOwnerHint(null);
    set({ keys: null, db: null, owner: null, isOwnerChecked: true });
    await wipeDatabase();
  },
}));

let isAdoptingFromVault = false;

/** How often a rotated refresh token that could not be sealed (e.g. the disk was full) is tried again. */
const SEAL_RETRY_MS = 5_000;
let sealRetry: ReturnType<typeof setTimeout> | null = null;

/**
 * Seals the session's current refresh token into the vault. The server accepts each refresh token once:
 * were a rotated one lost (never stored), the next offline unlock would present the old one and end the
 * session. So a failed write is tried again until it succeeds or the session changes (found by
 * tests/fault: on a full disk the failure used to be dropped).
 */
function sealCurrentSession(): void {
  if (sealRetry !== null) clearTimeout(sealRetry);
  sealRetry = null;
  const { db, keys } = useDeviceStore.getState();
  const { user, refreshToken, deviceId } = useSessionStore.getState();
  if (!db || !keys || !user || db.closed) return;
  updateSealedSession(db, keys, { user, refreshToken, deviceId }).catch((error: unknown) => {
    console.warn('Daiban: session not sealed, trying again', error);
    if (useSessionStore.getState().refreshToken === refreshToken && sealRetry === null)
      sealRetry = setTimeout(sealCurrentSession, SEAL_RETRY_MS);
  });
}

// A rotated refresh token is sealed again, so the next offline unlock has the current one.
useSessionStore.subscribe((state, previous) => {
  if (!state.user || state.refreshToken === previous.refreshToken || isAdoptingFromVault) return;
  sealCurrentSession();
});

/**
 * Another tab of this device rotated the refresh token (the server accepts each refresh token once):
 * take the current one from the shared vault, so this tab's next refresh does not present a used token.
 */
let vaultWatch: { unsubscribe(): void } | null = null;
useDeviceStore.subscribe((state, previous) => {
  if (state.db === previous.db && state.keys === previous.keys) return;
  vaultWatch?.unsubscribe();
  vaultWatch = null;
  const { db, keys } = state;
  if (!db || !keys || db.closed) return;
  vaultWatch = db.meta.findOne('vault').$.subscribe((doc) => {
    const record = doc?.toJSON().value as VaultRecord | undefined;
    if (!record?.sealedSession) return;
    void decryptJson<SealedSession>(keys.dataKey, record.sealedSession)
      .then((sealed) => {
        const session = useSessionStore.getState();
        if (
          session.user?.id === sealed.user.id &&
          sealed.refreshToken &&
          sealed.refreshToken !== session.refreshToken
        ) {
          isAdoptingFromVault = true; // already sealed by the other tab: do not write it back
          try {
            useSessionStore.setState({ refreshToken: sealed.refreshToken });
          } finally {
            isAdoptingFromVault = false;
          }
        }
      })
      .catch(() => undefined);
  });
});
