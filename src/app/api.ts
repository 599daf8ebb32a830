/**
 * The app's API client, wired to the session store. Features import `api` from here.
 */
import { createApiClient } from '../sync/api-client';
import { useDeviceStore } from './device-store';
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

// 设备停用 (remote wipe): the server revoked this device. The session ends, the device id is
// forgotten and the local database with every record is deleted.
api.onDeviceRevoked(() => {
  useSessionStore.getState().forgetDevice();
  void useDeviceStore.getState().wipe();
});

/**
 * Ends the session locally at once, tells the server in the background (best effort), and deletes
 * the local database: a signed-out device keeps no citizen's data.
 */
export async function signOut(): Promise<void> {
  const told = api.logout(); // reads the tokens before they are cleared
  useSessionStore.getState().signOut('signedOut');
  await Promise.all([told, useDeviceStore.getState().wipe()]);
}
