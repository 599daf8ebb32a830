import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loginResponseSchema, sessionUserSchema } from '../../../src/domain/wire/auth-messages';
import { AUTH_REQUESTS_PER_MINUTE } from './auth-routes';
import { REFRESH_REUSE_GRACE_MS } from './auth-service';
import { bodyOf, HAS_CHINESE, PASSWORD, startTestApp, type TestApp } from '../test-support/test-app';

describe('/api/auth', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => t.close());

  const me = (token: string) =>
    t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
  const refresh = (refreshToken: string, deviceId: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refreshToken, deviceId } });

  it('signs in, registers the device and answers the session the app expects', async () => {
    const response = await t.login();
    expect(response.statusCode).toBe(200);
    const body = loginResponseSchema.parse(JSON.parse(response.body));
    expect(body.user).toEqual({
      id: 'u-agent',
      username: 'agent1',
      name: '张代办',
      role: 'agent',
      scope: '360799101201',
      scopeName: '青石村',
    });
    expect(body.deviceId).toMatch(/^[0-9A-Z]{26}$/);
    expect(body.expiresIn).toBe(900);
    expect(await t.store.getDevice(body.deviceId)).toMatchObject({
      userId: 'u-agent',
      name: '测试平板',
      revokedAt: null,
    });

    const session = await me(body.accessToken);
    expect(session.statusCode).toBe(200);
    expect(sessionUserSchema.parse(JSON.parse(session.body)).scopeName).toBe('青石村');
    expect((await t.store.listAudit({ target: 'user:u-agent' }))[0]?.action).toBe('auth.login');
  });

  it('keeps a device id the app brings, and refuses it to another user', async () => {
    const first = await t.login('agent1', { deviceId: 'tablet-0001' });
    expect(bodyOf(first).deviceId).toBe('tablet-0001');
    expect((await t.login('agent1', { deviceId: 'tablet-0001' })).statusCode).toBe(200);
    expect(await t.store.listDevicesOfUser('u-agent')).toHaveLength(1);
    const other = await t.login('reviewer1', { deviceId: 'tablet-0001' });
    expect(other.statusCode).toBe(403);
    expect(bodyOf(other).code).toBe('forbidden');
  });

  it('refuses a wrong password or an unknown user alike, with a Chinese message', async () => {
    for (const payload of [
      { username: 'agent1', password: 'wrong' },
      { username: 'nobody', password: PASSWORD },
    ]) {
      const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload });
      expect(response.statusCode).toBe(401);
      expect(bodyOf(response)).toEqual({
        code: 'invalid_credentials',
        message: expect.stringMatching(HAS_CHINESE),
      });
    }
    expect((await t.login('disabled1')).statusCode).toBe(403);
  });

  it('locks a username+IP out after 5 failures for 15 minutes, even with the right password', async () => {
    const attempt = (password: string, ip = '10.0.0.9') =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: ip,
        payload: { username: 'agent1', password },
      });
    for (let i = 0; i < 5; i += 1) expect((await attempt('wrong')).statusCode).toBe(401);
    const locked = await attempt(PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(bodyOf(locked)).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(HAS_CHINESE),
    });
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await attempt(PASSWORD, '10.0.0.10')).statusCode).toBe(200);
    t.clock.now += 15 * 60_000 + 1_000;
    expect((await attempt(PASSWORD)).statusCode).toBe(200);
  });

  it('rotates the refresh token: the old one is refused, and presenting it again ends the session', async () => {
    const login = loginResponseSchema.parse(JSON.parse((await t.login()).body));
    const rotated = await refresh(login.refreshToken, login.deviceId);
    expect(rotated.statusCode).toBe(200);
    const next = bodyOf(rotated);
    expect(typeof next.accessToken).toBe('string');
    expect(next.refreshToken).not.toBe(login.refreshToken);

    // Past the grace for a lost answer, a rotated token presented again looks copied.
    t.clock.now += REFRESH_REUSE_GRACE_MS + 1_000;
    const reused = await refresh(login.refreshToken, login.deviceId);
    expect(reused.statusCode).toBe(401);
    expect(bodyOf(reused).code).toBe('unauthenticated');
    // Reuse of a rotated token revokes the whole chain of that device.
    expect((await refresh(String(next.refreshToken), login.deviceId)).statusCode).toBe(401);
  });

  it('answers a retry of a refresh whose answer was lost, once, and keeps one session chain', async () => {
    const login = loginResponseSchema.parse(JSON.parse((await t.login()).body));
    const lost = bodyOf(await refresh(login.refreshToken, login.deviceId)); // the answer never arrives
    t.clock.now += 20_000;
    const retried = await refresh(login.refreshToken, login.deviceId);
    expect(retried.statusCode).toBe(200);
    const kept = bodyOf(retried);
    expect(kept.refreshToken).not.toBe(lost.refreshToken);
    expect((await me(String(kept.accessToken))).statusCode).toBe(200);
    // The lost successor is dead; the device's chain goes on from the retried answer.
    expect((await refresh(String(lost.refreshToken), login.deviceId)).statusCode).toBe(401);
    expect((await refresh(String(kept.refreshToken), login.deviceId)).statusCode).toBe(200);
    const audit = (await t.store.listAudit({ target: `device:${login.deviceId}` })).map((e) => e.action);
    expect(audit).toContain('auth.refresh_regranted');
  });

  it('refuses a rotated token presented again within the grace once its chain was ended', async () => {
    const login = loginResponseSchema.parse(JSON.parse((await t.login()).body));
    expect((await refresh(login.refreshToken, login.deviceId)).statusCode).toBe(200);
    await t.store.revokeRefreshTokensOfDevice(login.deviceId, new Date(t.clock.now).toISOString());
    expect((await refresh(login.refreshToken, login.deviceId)).statusCode).toBe(401);
  });

  it('refuses a refresh token presented for another device', async () => {
    const login = loginResponseSchema.parse(JSON.parse((await t.login()).body));
    expect((await refresh(login.refreshToken, 'another-device')).statusCode).toBe(401);
  });

  it('answers token_expired for an expired access token, and the refresh works', async () => {
    const login = loginResponseSchema.parse(JSON.parse((await t.login()).body));
    t.clock.now += 901_000;
    const expired = await me(login.accessToken);
    expect(expired.statusCode).toBe(401);
    expect(bodyOf(expired).code).toBe('token_expired');
    const rotated = bodyOf(await refresh(login.refreshToken, login.deviceId));
    expect((await me(String(rotated.accessToken))).statusCode).toBe(200);
  });

  it('answers device_revoked to every request of a revoked device', async () => {
    const login = loginResponseSchema.parse(
      JSON.parse((await t.login('agent1', { deviceId: 'tablet-0002' })).body),
    );
    await t.store.revokeDevice('tablet-0002', new Date(t.clock.now).toISOString());
    for (const response of [
      await me(login.accessToken),
      await refresh(login.refreshToken, login.deviceId),
      await t.login('agent1', { deviceId: 'tablet-0002' }),
      await t.app.inject({
        method: 'GET',
        url: '/api/catalogue',
        headers: { authorization: `Bearer ${login.accessToken}` },
      }),
    ]) {
      expect(response.statusCode).toBe(401);
      expect(bodyOf(response)).toEqual({
        code: 'device_revoked',
        message: expect.stringMatching(HAS_CHINESE),
      });
    }
  });

  it('refuses requests without a valid token', async () => {
    for (const authorization of [undefined, 'Bearer nonsense', 'Basic abc', 'Bearer v1.e30.AAAA']) {
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: authorization ? { authorization } : {},
      });
      expect(response.statusCode).toBe(401);
      expect(bodyOf(response).code).toBe('unauthenticated');
    }
  });

  it('limits login and refresh requests per IP as well', async () => {
    const attempt = (ip: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/refresh',
        remoteAddress: ip,
        payload: { refreshToken: 'unknown', deviceId: '' },
      });
    for (let i = 0; i < AUTH_REQUESTS_PER_MINUTE; i += 1)
      expect((await attempt('10.0.0.7')).statusCode).toBe(401);
    const limited = await attempt('10.0.0.7');
    expect(limited.statusCode).toBe(429);
    expect(bodyOf(limited)).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(HAS_CHINESE),
    });
    expect((await attempt('10.0.0.8')).statusCode).toBe(401);
  });

  it('logs out: the refresh token stops working', async () => {
    const login = loginResponseSchema.parse(JSON.parse((await t.login()).body));
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      payload: { refreshToken: login.refreshToken },
    });
    expect(out.statusCode).toBe(204);
    expect((await refresh(login.refreshToken, login.deviceId)).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', payload: {} })).statusCode).toBe(
      204,
    );
  });
});

describe('/api/catalogue and /api/regions', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => t.close());

  const get = async (url: string, username: string) => {
    const token = String(bodyOf(await t.login(username)).accessToken);
    return t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  };

  it('serves the latest version of every catalogue item to a signed-in user only', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/catalogue' })).statusCode).toBe(401);
    const response = await get('/api/catalogue', 'agent1');
    expect(response.statusCode).toBe(200);
    const items: { code: string; version: number; name: string }[] = JSON.parse(response.body);
    expect(items.map((i) => [i.code, i.version, i.name])).toEqual([
      ['ITEM-A', 2, '最低生活保障申请'],
      ['ITEM-B', 1, '残疾人证办理'],
    ]);
  });

  it('serves the regions of the caller’s jurisdiction with their ancestors', async () => {
    const agent: { code: string }[] = JSON.parse((await get('/api/regions', 'agent1')).body);
    expect(agent.map((r) => r.code)).toEqual(['360799000000', '360799101000', '360799101201']);
    const reviewer: { code: string }[] = JSON.parse((await get('/api/regions', 'reviewer1')).body);
    expect(reviewer.map((r) => r.code)).toEqual([
      '360799000000',
      '360799101000',
      '360799101201',
      '360799101202',
    ]);
  });
});

describe('logs', () => {
  it('carry no password, token, authorization header or name', async () => {
    const t = await startTestApp({ logLevel: 'trace' });
    try {
      const login = loginResponseSchema.parse(JSON.parse((await t.login()).body));
      await t.app.inject({
        method: 'GET',
        url: `/api/auth/me?token=${login.accessToken}`,
        headers: { authorization: `Bearer ${login.accessToken}` },
      });
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'agent1', password: 'wrong-secret' },
      });
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/refresh',
        payload: { refreshToken: login.refreshToken, deviceId: login.deviceId },
      });
      const text = t.logs.join('');
      expect(t.logs.length).toBeGreaterThan(3);
      for (const secret of [PASSWORD, 'wrong-secret', login.accessToken, login.refreshToken, '张代办'])
        expect(text).not.toContain(secret);
    } finally {
      await t.close();
    }
  });
});
