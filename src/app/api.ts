/**
 * The app's API client, wired to the session store. Features import `api` from here.
 */
import { createApiClient } from '../sync/api-client';
import { useSessionStore } from './session-store';

export const api = createApiClient({
  session: {
    getAccessToken: () => useSessionStore.getState().accessToken,
    getRefreshToken: () => useSessionStore.getState().refreshToken,
    getDeviceId: () => useSessionStore.getState().deviceId,
    setTokens: (tokens) => useSessionStore.getState().setTokens(tokens),
    onSessionExpired: () => useSessionStore.getState().signOut('sessionExpired'),
  },
});

// 设备停用: the server revoked this device. Local data is wiped here once RxDB holds any
// (later issue); for now the session ends and the device id is forgotten.
api.onDeviceRevoked(() => useSessionStore.getState().forgetDevice());

/** Ends the session locally at once and tells the server in the background (best effort). */
export async function signOut(): Promise<void> {
  const told = api.logout(); // reads the tokens before they are cleared
  useSessionStore.getState().signOut('signedOut');
  await told;
}
