import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { API_ERROR_CODES, type LoginResponse } from '../domain/wire/auth-messages';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../domain/wire/protocol-version';
import {
  API_ERROR_MESSAGES_ZH,
  ApiClient,
  ApiClientError,
  type ApiClientSession,
  type RefreshedTokens,
} from './api-client';

interface SeenRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

type Handler = (request: SeenRequest, signal: AbortSignal) => Response | Promise<Response>;

/** A fake `fetch` that records requests and answers through `handler`. */
function fakeFetch(handler: Handler) {
  const seen: SeenRequest[] = [];
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>));
    const request: SeenRequest = {
      method: init?.method ?? 'GET',
      url: String(input),
      headers,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    seen.push(request);
    return handler(request, init?.signal ?? new AbortController().signal);
  });
  return { fetchImpl: fetchImpl as unknown as typeof fetch, seen };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function fakeSession(initial: { access: string | null; refresh: string | null }) {
  const state = { ...initial, expired: 0, set: [] as RefreshedTokens[] };
  const session: ApiClientSession = {
    getAccessToken: () => state.access,
    getRefreshToken: () => state.refresh,
    getDeviceId: () => 'device-0001',
    setTokens: (tokens) => {
      state.set.push(tokens);
      state.access = tokens.accessToken;
      if (tokens.refreshToken) state.refresh = tokens.refreshToken;
    },
    onSessionExpired: () => {
      state.expired += 1;
      state.access = null;
    },
  };
  return { session, state };
}

const loginResponse: LoginResponse = {
  accessToken: 'access-1',
  expiresIn: 900,
  refreshToken: 'refresh-1',
  deviceId: 'device-0001',
  user: {
    id: 'u1',
    username: 'agent1',
    name: '王小明',
    role: 'agent',
    scope: '110105001201',
    scopeName: '青石村',
  },
  serverTime: '2025-03-01T08:00:00.000Z',
};

describe('ApiClient requests', () => {
  it('sends the protocol header, the bearer token and a JSON body, and validates the answer', async () => {
    const { fetchImpl, seen } = fakeFetch(() => json(200, { id: 7, extra: true }));
    const { session } = fakeSession({ access: 'token-a', refresh: 'r' });
    const client = new ApiClient({ baseUrl: 'http://server/', fetch: fetchImpl, session });

    const result = await client.post(
      '/api/things',
      { name: '低保' },
      { schema: z.object({ id: z.number() }) },
    );

    expect(result).toEqual({ id: 7 });
    expect(seen[0]).toMatchObject({
      method: 'POST',
      url: 'http://server/api/things',
      body: { name: '低保' },
      headers: {
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        authorization: 'Bearer token-a',
        'content-type': 'application/json',
      },
    });
  });

  it('logs in without a bearer token and returns the parsed login response', async () => {
    const { fetchImpl, seen } = fakeFetch(() => json(200, loginResponse));
    const { session } = fakeSession({ access: 'stale', refresh: null });
    const client = new ApiClient({ fetch: fetchImpl, session });

    const response = await client.login({
      username: 'agent1',
      password: 'secret',
      deviceName: 'Android 平板',
    });

    expect(response.user.scopeName).toBe('青石村');
    expect(seen[0]?.url).toBe('/api/auth/login');
    expect(seen[0]?.headers.authorization).toBeUndefined();
    expect(seen[0]?.headers[PROTOCOL_HEADER]).toBe('1');
  });

  it('rejects an answer that does not match the schema as bad_response', async () => {
    const { fetchImpl } = fakeFetch(() => json(200, { accessToken: 1 }));
    const client = new ApiClient({ fetch: fetchImpl });
    await expect(client.login({ username: 'a', password: 'b', deviceName: '' })).rejects.toMatchObject({
      code: 'bad_response',
      status: 200,
    });
  });
});

describe('ApiClient errors', () => {
  it('turns a network failure into a Chinese message with status 0', async () => {
    const { fetchImpl } = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const client = new ApiClient({ fetch: fetchImpl });
    const error = await client.get('/api/catalogue').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiClientError);
    expect(error).toMatchObject({ code: 'network_error', status: 0, message: '无法连接服务器，请检查网络' });
  });

  it('gives up after the timeout', async () => {
    const { fetchImpl } = fakeFetch(
      (_request, signal) =>
        new Promise<Response>((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const client = new ApiClient({ fetch: fetchImpl, timeoutMs: 20 });
    await expect(client.get('/api/catalogue')).rejects.toMatchObject({ code: 'timeout', status: 0 });
  });

  it('gives up after the timeout even when the body read ignores the abort', async () => {
    // Headers arrived, then the link was cut and the read of the body never settles.
    const fetchImpl: typeof fetch = async () =>
      new Response(new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) }));
    const client = new ApiClient({ fetch: fetchImpl, timeoutMs: 20 });
    await expect(client.get('/api/replication/caseHeads/pull')).rejects.toMatchObject({
      code: 'timeout',
      status: 0,
    });
  });

  it('reports a caller abort as aborted, not as a timeout', async () => {
    const { fetchImpl } = fakeFetch(
      (_request, signal) =>
        new Promise<Response>((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const client = new ApiClient({ fetch: fetchImpl });
    const controller = new AbortController();
    const pending = client.get('/api/catalogue', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
  });

  it.each(
    Object.values(API_ERROR_CODES).filter((code) => code !== 'token_expired' && code !== 'device_revoked'),
  )('maps the server code %s to its Chinese message and keeps the status', async (code) => {
    const { fetchImpl } = fakeFetch(() => json(422, { code, message: 'server says no' }));
    const client = new ApiClient({ fetch: fetchImpl });
    const error = await client.get('/api/x', { isAuthenticated: false }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code,
      status: 422,
      message: API_ERROR_MESSAGES_ZH[code],
      serverMessage: 'server says no',
    });
    expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps an unknown server code with the server message', async () => {
    const { fetchImpl } = fakeFetch(() => json(409, { code: 'case_closed', message: '该办件已办结' }));
    const client = new ApiClient({ fetch: fetchImpl });
    await expect(client.get('/api/x')).rejects.toMatchObject({
      code: 'case_closed',
      message: '该办件已办结',
      status: 409,
    });
  });

  it('derives the code from the status when a proxy answers with HTML', async () => {
    const { fetchImpl } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    const client = new ApiClient({ fetch: fetchImpl });
    await expect(client.get('/api/x')).rejects.toMatchObject({ code: 'server_error', status: 502 });
    const { fetchImpl: tooOld } = fakeFetch(() => new Response('', { status: 426 }));
    await expect(new ApiClient({ fetch: tooOld }).get('/api/x')).rejects.toMatchObject({
      code: 'client_too_old',
    });
  });

  it('calls the device-revoked handler and still rejects', async () => {
    const { fetchImpl } = fakeFetch(() => json(403, { code: 'device_revoked', message: 'revoked' }));
    const client = new ApiClient({ fetch: fetchImpl });
    const handler = vi.fn();
    client.onDeviceRevoked(handler);
    await expect(client.get('/api/catalogue')).rejects.toMatchObject({ code: 'device_revoked', status: 403 });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('ends the session when an authenticated call is answered unauthenticated', async () => {
    const { fetchImpl } = fakeFetch(() => json(401, { code: 'unauthenticated', message: 'who are you' }));
    const { session, state } = fakeSession({ access: 'a', refresh: 'r' });
    const client = new ApiClient({ fetch: fetchImpl, session });
    await expect(client.get('/api/catalogue')).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(state.expired).toBe(1);
  });
});

describe('ApiClient token refresh', () => {
  function serverWithExpiry(refreshAnswer: () => Response) {
    let refreshCalls = 0;
    const fake = fakeFetch((request) => {
      if (request.url === '/api/auth/refresh') {
        refreshCalls += 1;
        return refreshAnswer();
      }
      if (request.headers.authorization === 'Bearer fresh') return json(200, { ok: request.url });
      return json(401, { code: 'token_expired', message: 'expired' });
    });
    return { ...fake, refreshCalls: () => refreshCalls };
  }

  it('refreshes once on token_expired and retries with the new token', async () => {
    const server = serverWithExpiry(() =>
      json(200, { accessToken: 'fresh', expiresIn: 900, refreshToken: 'r2' }),
    );
    const { session, state } = fakeSession({ access: 'old', refresh: 'r1' });
    const client = new ApiClient({ fetch: server.fetchImpl, session });

    await expect(client.get('/api/catalogue')).resolves.toEqual({ ok: '/api/catalogue' });
    expect(server.refreshCalls()).toBe(1);
    expect(state.set).toEqual([{ accessToken: 'fresh', expiresIn: 900, refreshToken: 'r2' }]);
    const refresh = server.seen.find((r) => r.url === '/api/auth/refresh');
    expect(refresh?.body).toEqual({ refreshToken: 'r1', deviceId: 'device-0001' });
    expect(refresh?.headers.authorization).toBeUndefined();
  });

  it('after an offline unlock (refresh token only) refreshes before the first call instead of sending it unauthenticated', async () => {
    const server = serverWithExpiry(() =>
      json(200, { accessToken: 'fresh', expiresIn: 900, refreshToken: 'r2' }),
    );
    const { session, state } = fakeSession({ access: null, refresh: 'r1' });
    const client = new ApiClient({ fetch: server.fetchImpl, session });

    await expect(client.get('/api/catalogue')).resolves.toEqual({ ok: '/api/catalogue' });
    expect(server.seen.map((r) => r.url)).toEqual(['/api/auth/refresh', '/api/catalogue']);
    expect(state.expired).toBe(0);
  });

  it('shares one refresh between concurrent requests', async () => {
    const server = serverWithExpiry(() => json(200, { accessToken: 'fresh', expiresIn: 900 }));
    const { session } = fakeSession({ access: 'old', refresh: 'r1' });
    const client = new ApiClient({ fetch: server.fetchImpl, session });

    const results = await Promise.all([client.get('/api/a'), client.get('/api/b'), client.get('/api/c')]);
    expect(results).toEqual([{ ok: '/api/a' }, { ok: '/api/b' }, { ok: '/api/c' }]);
    expect(server.refreshCalls()).toBe(1);
  });

  it('ends the session when the refresh is refused', async () => {
    const server = serverWithExpiry(() =>
      json(401, { code: 'unauthenticated', message: 'refresh token unknown' }),
    );
    const { session, state } = fakeSession({ access: 'old', refresh: 'r1' });
    const client = new ApiClient({ fetch: server.fetchImpl, session });

    await expect(client.get('/api/catalogue')).rejects.toMatchObject({ code: 'token_expired', status: 401 });
    expect(state.expired).toBe(1);
  });

  it('keeps the session when the refresh fails for lack of network', async () => {
    const server = serverWithExpiry(() => {
      throw new TypeError('Failed to fetch');
    });
    const { session, state } = fakeSession({ access: 'old', refresh: 'r1' });
    const client = new ApiClient({ fetch: server.fetchImpl, session });

    await expect(client.get('/api/catalogue')).rejects.toMatchObject({ code: 'network_error' });
    expect(state.expired).toBe(0);
  });
});

describe('ApiClient health probe and contact', () => {
  it('probes /api/health and reports the contact time', async () => {
    const { fetchImpl, seen } = fakeFetch(() => json(200, { status: 'ok' }));
    const client = new ApiClient({ fetch: fetchImpl });
    const contact = vi.fn();
    client.onServerContact(contact);

    await expect(client.probeHealth()).resolves.toBe(true);
    expect(seen[0]?.url).toBe('/api/health');
    expect(seen[0]?.headers[PROTOCOL_HEADER]).toBe('1');
    expect(contact).toHaveBeenCalledWith(expect.any(Number));
  });

  it('reports an unreachable or failing server as down', async () => {
    const down = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(new ApiClient({ fetch: down.fetchImpl }).probeHealth()).resolves.toBe(false);
    const failing = fakeFetch(() => new Response('', { status: 503 }));
    await expect(new ApiClient({ fetch: failing.fetchImpl }).probeHealth()).resolves.toBe(false);
  });
});

describe('ApiClient error codes', () => {
  it('knows exactly the codes of the wire contract', async () => {
    const { SERVER_ERROR_CODES } = await import('./api-client');
    expect(SERVER_ERROR_CODES).toEqual(API_ERROR_CODES);
  });
});
