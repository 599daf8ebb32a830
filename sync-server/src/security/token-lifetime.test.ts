/**
 * Token expiry and refresh at their boundaries, for several configured lifetimes: an access token works until
 * the second its lifetime ends and answers token_expired from then on; a refresh gives a fresh one (and a new
 * refresh token) until REFRESH_TOKEN_TTL_DAYS after it was issued, and never after; a disabled account's
 * tokens stop at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginResponseSchema } from '../../../src/domain/wire/auth-messages';
import { bearer } from '../replication/replication-test-fixtures';
import { PASSWORD } from '../test-support/test-app';
import { startFuzzApp, type FuzzApp } from './fuzz-app';

const DAY_MS = 86_400_000;

for (const { accessSeconds, refreshDays } of [
  { accessSeconds: 30, refreshDays: 1 },
  { accessSeconds: 900, refreshDays: 30 },
  { accessSeconds: 86_400, refreshDays: 365 },
]) {
  describe(`ACCESS_TOKEN_TTL_SECONDS=${String(accessSeconds)}, REFRESH_TOKEN_TTL_DAYS=${String(refreshDays)}`, () => {
    let f: FuzzApp;
    beforeAll(async () => {
      f = await startFuzzApp({
        env: { ACCESS_TOKEN_TTL_SECONDS: String(accessSeconds), REFRESH_TOKEN_TTL_DAYS: String(refreshDays) },
      });
    }, 60_000);
    afterAll(async () => f?.close());

    const signIn = async () => {
      const response = await f.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'agent1', password: PASSWORD, deviceName: '有效期测试' },
      });
      return loginResponseSchema.parse(JSON.parse(response.body));
    };
    const me = (token: string) =>
      f.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(token) });
    const refresh = (refreshToken: string, deviceId: string) =>
      f.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refreshToken, deviceId } });

    it('accepts the access token until its lifetime ends, then answers token_expired', async () => {
      const start = f.clock.now;
      const login = await signIn();
      expect(login.expiresIn).toBe(accessSeconds);
      f.clock.now = start + accessSeconds * 1000 - 1000;
      expect((await me(login.accessToken)).statusCode).toBe(200);
      f.clock.now = start + accessSeconds * 1000;
      const expired = await me(login.accessToken);
      expect(expired.statusCode).toBe(401);
      expect(JSON.parse(expired.body)).toMatchObject({ code: 'token_expired' });
      // The refresh gives a token that works now, for a whole lifetime again.
      const renewed = JSON.parse((await refresh(login.refreshToken, login.deviceId)).body) as {
        accessToken: string;
        refreshToken: string;
        expiresIn: number;
      };
      expect(renewed.expiresIn).toBe(accessSeconds);
      expect((await me(renewed.accessToken)).statusCode).toBe(200);
      f.clock.now = start + 2 * accessSeconds * 1000 - 1000;
      expect((await me(renewed.accessToken)).statusCode).toBe(200);
      f.clock.now = start + 2 * accessSeconds * 1000;
      expect((await me(renewed.accessToken)).statusCode).toBe(401);
      f.clock.now = start;
    });

    it('refreshes until the refresh token’s lifetime ends, and never after', async () => {
      const start = f.clock.now;
      const early = await signIn();
      const late = await signIn();
      f.clock.now = start + refreshDays * DAY_MS - 1000;
      const inTime = await refresh(early.refreshToken, early.deviceId);
      expect(inTime.statusCode).toBe(200);
      // The rotated token lives a whole lifetime from now.
      const rotated = JSON.parse(inTime.body) as { refreshToken: string };
      f.clock.now = start + refreshDays * DAY_MS;
      const tooLate = await refresh(late.refreshToken, late.deviceId);
      expect(tooLate.statusCode).toBe(401);
      expect(JSON.parse(tooLate.body)).toMatchObject({ code: 'unauthenticated' });
      f.clock.now = start + 2 * refreshDays * DAY_MS - 2000;
      expect((await refresh(rotated.refreshToken, early.deviceId)).statusCode).toBe(200);
      f.clock.now = start;
    });
  });
}

describe('a disabled account', () => {
  let f: FuzzApp;
  beforeAll(async () => {
    f = await startFuzzApp();
  }, 60_000);
  afterAll(async () => f?.close());

  it('loses its access and refresh tokens at once', async () => {
    const login = loginResponseSchema.parse(
      JSON.parse(
        (
          await f.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { username: 'spare1', password: PASSWORD, deviceName: '将被停用' },
          })
        ).body,
      ),
    );
    const disabled = await f.app.inject({
      method: 'POST',
      url: '/api/admin/users/u-spare/disable',
      headers: bearer(f.tokens.admin1),
    });
    expect(disabled.statusCode).toBe(200);
    const me = await f.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(login.accessToken) });
    expect(me.statusCode).toBe(401);
    const renewed = await f.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      payload: { refreshToken: login.refreshToken, deviceId: login.deviceId },
    });
    expect(renewed.statusCode).toBe(401);
    const again = await f.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'spare1', password: PASSWORD },
    });
    expect(again.statusCode).toBe(403);
  });
});
