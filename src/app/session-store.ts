/**
 * The signed-in session: user, tokens and the device id the server assigned.
 * Tokens live in memory; the refresh token and the profile also survive restarts sealed with the data
 * key (src/features/auth/offline-unlock.ts), so the user can unlock offline. The device id survives
 * restarts through src/db/device-identity.
 */
import { create } from 'zustand';
import type { LoginResponse, SessionUser } from '../domain/wire/auth-messages';
import { clearDeviceId, loadDeviceId, saveDeviceId } from '../db/device-identity';
import type { RefreshedTokens } from '../sync/api-client';

/** Why the last session ended; the login screen explains it. */
export type SignOutReason = 'signedOut' | 'sessionExpired' | 'deviceRevoked' | 'locked';

interface SessionState {
  user: SessionUser | null;
  accessToken: string | null;
  refreshToken: string | null;
  /** Epoch ms when the access token expires (by this device's clock). */
  accessTokenExpiresAt: number | null;
  deviceId: string | null;
  signOutReason: SignOutReason | null;
  signIn(response: LoginResponse): void;
  setTokens(tokens: RefreshedTokens): void;
  /** Offline unlock: the profile and refresh token from the device; no access token until a refresh. */
  restore(profile: { user: SessionUser; refreshToken: string | null; deviceId: string | null }): void;
  signOut(reason: SignOutReason): void;
  /** The server revoked this device: forget its id too (the local data wipe hooks in here later). */
  forgetDevice(): void;
}

export const useSessionStore = create<SessionState>()((set) => ({
  user: null,
  accessToken: null,
  refreshToken: null,
  accessTokenExpiresAt: null,
  deviceId: loadDeviceId(),
  signOutReason: null,

  signIn: (response) => {
    saveDeviceId(response.deviceId);
    set({
      user: response.user,
      accessToken: response.accessToken,
      refreshToken: response.refreshToken,
      accessTokenExpiresAt: Date.now() + response.expiresIn * 1000,
      deviceId: response.deviceId,
      signOutReason: null,
    });
  },

  restore: (profile) =>
    set((state) => ({
      user: profile.user,
      accessToken: null,
      refreshToken: profile.refreshToken,
      accessTokenExpiresAt: null,
      deviceId: profile.deviceId ?? state.deviceId,
      signOutReason: null,
    })),

  setTokens: (tokens) =>
    set((state) => ({
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken ?? state.refreshToken,
      accessTokenExpiresAt: Date.now() + tokens.expiresIn * 1000,
    })),

  signOut: (reason) =>
    set((state) =>
      state.user === null && state.accessToken === null
        ? state
        : {
            user: null,
            accessToken: null,
            refreshToken: null,
            accessTokenExpiresAt: null,
            signOutReason: reason,
          },
    ),

  forgetDevice: () => {
    clearDeviceId();
    set({
      user: null,
      accessToken: null,
      refreshToken: null,
      accessTokenExpiresAt: null,
      deviceId: null,
      signOutReason: 'deviceRevoked',
    });
  },
}));

export function useSessionUser(): SessionUser | null {
  return useSessionStore((state) => state.user);
}
