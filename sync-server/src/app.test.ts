import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, HAS_CHINESE, PASSWORD, startTestApp, type TestApp } from './test-support/test-app';
import { SQLITE_MIGRATIONS } from './store/migrations/sqlite-migrations';

describe('the API answers bad input with a 4xx and a code, never a 500', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  const post = (payload: string, contentType = 'application/json', headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload,
      headers: { 'content-type': contentType, ...headers },
    });

  const expectError = (response: { statusCode: number; body: string }, status: number, code: string) => {
    expect(response.statusCode, response.body).toBe(status);
    expect(bodyOf(response)).toMatchObject({ code, message: expect.stringMatching(HAS_CHINESE) });
  };

  it('malformed JSON → 400 malformed_json', async () => {
    expectError(await post('{"username": "agent1", '), 400, 'malformed_json');
    expectError(await post(''), 400, 'malformed_json');
  });

  it('a body over 1 MiB → 413 payload_too_large', async () => {
    expectError(
      await post(JSON.stringify({ username: 'agent1', password: 'x'.repeat(1_100_000) })),
      413,
      'payload_too_large',
    );
  });

  it('unknown fields or wrong types → 400 validation_failed with the issues', async () => {
    const unknown = await post(JSON.stringify({ username: 'agent1', password: PASSWORD, isAdmin: true }));
    expectError(unknown, 400, 'validation_failed');
    expect(bodyOf(unknown).details).toMatchObject({
      issues: [{ message: expect.stringContaining('isAdmin') }],
    });
    expectError(await post(JSON.stringify({ username: 42, password: PASSWORD })), 400, 'validation_failed');
    expectError(await post(JSON.stringify([1, 2])), 400, 'validation_failed');
    expectError(await post('null'), 400, 'validation_failed');
  });

  it('a body that is not JSON → 415', async () => {
    expectError(await post('username=agent1', 'application/x-www-form-urlencoded'), 415, 'validation_failed');
  });

  it('checks the protocol header: too old → 426, too new → 409, absent → accepted', async () => {
    const withVersion = (version: string) =>
      t.app.inject({ method: 'GET', url: '/api/catalogue', headers: { 'x-daiban-protocol': version } });
    expectError(await withVersion('0'), 426, 'client_too_old');
    expectError(await withVersion('999'), 409, 'server_too_old');
    expectError(await withVersion('abc'), 400, 'validation_failed');
    const current = await withVersion('1');
    expect(current.statusCode).toBe(401);
    expect(current.headers['x-daiban-protocol']).toBe('1');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-daiban-protocol': '0' } }))
        .statusCode,
    ).toBe(200);
  });

  it('unknown API routes → 404 not_found as JSON', async () => {
    expectError(await t.app.inject({ method: 'GET', url: '/api/nothing-here' }), 404, 'not_found');
    expectError(
      await t.app.inject({ method: 'POST', url: '/api/nothing-here', payload: {} }),
      404,
      'not_found',
    );
    expectError(await t.app.inject({ method: 'DELETE', url: '/api' }), 404, 'not_found');
  });

  it('malformed percent-encoding in a URL is not a 500', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/%E0%A4%A' });
    expect(response.statusCode).toBeLessThan(500);
  });

  it('sends security headers with a PWA content security policy, and no-store on API answers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    for (const directive of [
      "default-src 'self'",
      "img-src 'self' blob: data:",
      "connect-src 'self'",
      "worker-src 'self'",
      "style-src 'self' 'unsafe-inline'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('compresses large answers', async () => {
    const token = String(bodyOf(await t.login()).accessToken);
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/catalogue',
      headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    // Behind TLS browsers also offer Brotli: the server prefers it (smaller pulls on weak links).
    const offered = await t.app.inject({
      method: 'GET',
      url: '/api/catalogue',
      headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(offered.headers['content-encoding']).toBe('br');
  });
});

describe('probes', () => {
  it('/api/health is alive; /api/ready reports the store, and 503 when it is gone', async () => {
    const t = await startTestApp();
    try {
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      expect(bodyOf(health)).toMatchObject({ status: 'ok', protocolVersion: 1 });
      const ready = await t.app.inject({ method: 'GET', url: '/api/ready' });
      expect(bodyOf(ready)).toEqual({
        status: 'ready',
        store: 'sqlite',
        migrations: SQLITE_MIGRATIONS.length,
      });
      await t.store.close();
      const notReady = await t.app.inject({ method: 'GET', url: '/api/ready' });
      expect(notReady.statusCode).toBe(503);
      expect(bodyOf(notReady).code).toBe('not_ready');
    } finally {
      await t.close();
    }
  });
});
