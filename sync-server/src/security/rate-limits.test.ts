/**
 * Rate limits hold against a client that forges X-Forwarded-For (TRUST_PROXY unset: the socket address
 * counts), and follow the forwarded address behind a trusted proxy. The limits themselves (5 failed logins
 * per username+IP in 15 minutes, 120 login/refresh requests per IP per minute, 10 progress lookups per IP in
 * 15 minutes) are tested in auth/auth-routes.test.ts and public/progress-routes.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PROGRESS_TRIES_PER_WINDOW } from '../public/progress-rate-limiter';
import { startFuzzApp, type FuzzApp } from './fuzz-app';

const FAILURES_ALLOWED = 5;

describe('rate limits and forwarded addresses', () => {
  let f: FuzzApp | null = null;
  afterEach(async () => {
    await f?.close();
    f = null;
  });

  const failLogin = (app: FuzzApp, forwardedFor: string, remoteAddress = '203.0.113.7') =>
    app.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress,
      headers: { 'x-forwarded-for': forwardedFor },
      payload: { username: 'agent1', password: 'not-the-password' },
    });
  const lookUp = (app: FuzzApp, forwardedFor: string, remoteAddress = '203.0.113.8') =>
    app.app.inject({
      method: 'POST',
      url: '/api/public/progress',
      remoteAddress,
      headers: { 'x-forwarded-for': forwardedFor },
      payload: { receiptNo: app.seeded.receiptNo, last4: '0000' },
    });

  it('ignores a forged X-Forwarded-For: the failed-login and lookup limits still apply', async () => {
    f = await startFuzzApp();
    for (let attempt = 0; attempt < FAILURES_ALLOWED; attempt += 1)
      expect((await failLogin(f, `10.0.0.${String(attempt)}`)).statusCode).toBe(401);
    const locked = await failLogin(f, '10.0.0.99');
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBeDefined();
    for (let attempt = 0; attempt < PROGRESS_TRIES_PER_WINDOW; attempt += 1)
      expect((await lookUp(f, `10.1.0.${String(attempt)}`)).statusCode).toBe(404);
    expect((await lookUp(f, '10.1.0.99')).statusCode).toBe(429);
  });

  it('limits each forwarded client on its own behind a trusted proxy', async () => {
    f = await startFuzzApp({ env: { TRUST_PROXY: 'true' } });
    for (let attempt = 0; attempt < FAILURES_ALLOWED; attempt += 1)
      expect((await failLogin(f, '198.51.100.1')).statusCode).toBe(401);
    expect((await failLogin(f, '198.51.100.1')).statusCode).toBe(429);
    // Another tablet behind the same proxy is not locked out by its neighbour.
    expect((await failLogin(f, '198.51.100.2')).statusCode).toBe(401);
  });
});
