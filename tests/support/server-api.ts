/**
 * Calls the real server's API from a test as a tablet would: JSON, the protocol header, a bearer token.
 * Throws with the status and body when the answer is not 2xx, so a failing setup step names itself.
 */
import type { LoginResponse } from '../../src/domain/wire/auth-messages';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../src/domain/wire/protocol-version';
import type { ServerProcess } from './server-process';

export const DEMO_PASSWORD_FOR_TESTS = 'daiban123';

export async function serverApi<T>(
  server: ServerProcess,
  path: string,
  init: { body?: unknown; token?: string } = {},
): Promise<T> {
  const hasBody = init.body !== undefined;
  const response = await fetch(`${server.url}${path}`, {
    method: hasBody ? 'POST' : 'GET',
    headers: {
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: hasBody ? JSON.stringify(init.body) : undefined,
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Signs a demo user in through the API (registers a device named after the test). */
export function signInByApi(server: ServerProcess, username: string, deviceName = 'test script') {
  return serverApi<LoginResponse>(server, '/api/auth/login', {
    body: { username, password: DEMO_PASSWORD_FOR_TESTS, deviceName },
  });
}
