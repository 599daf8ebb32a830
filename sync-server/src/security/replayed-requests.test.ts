/**
 * Replayed requests: what a tablet on a flaky link sends twice, and what someone who copied a request or a
 * token sends again. A replayed push changes nothing; a refresh token presented after its rotation is refused
 * and ends the whole session of that device; a revoked device's token is refused everywhere, with nothing
 * written; administrative actions replayed change nothing more.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginResponseSchema } from '../../../src/domain/wire/auth-messages';
import { REFRESH_REUSE_GRACE_MS } from '../auth/auth-service';
import { openApiDocument } from '../openapi/openapi-document';
import {
  bearer,
  consultationDocument,
  rowsOf,
  submitDocument,
  VILLAGE_A1,
} from '../replication/replication-test-fixtures';
import { PASSWORD } from '../test-support/test-app';
import { startFuzzApp, type FuzzApp } from './fuzz-app';
import { baselinesOf, EXTRA_OPERATIONS, STREAMING_OPERATIONS } from './fuzz-baselines';
import { operationKey, operationsOf } from './route-table';
import { describeChanges } from './store-digest';

let serial = 0;
const freshId = (prefix: string) => {
  serial += 1;
  return `${prefix}-rp-${String(serial).padStart(6, '0')}`;
};

describe('replayed requests', () => {
  let f: FuzzApp;
  beforeAll(async () => {
    f = await startFuzzApp();
  }, 60_000);
  afterAll(async () => f?.close());

  const push = (collection: 'actions' | 'consultations', documents: Record<string, unknown>[]) =>
    f.app.inject({
      method: 'POST',
      url: `/api/replication/${collection}/push`,
      headers: bearer(f.tokens.agent1),
      payload: rowsOf(...documents),
    });
  const refresh = (refreshToken: string, deviceId: string) =>
    f.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refreshToken, deviceId } });

  it('changes nothing when a push is replayed, whole or in part, in any order', async () => {
    const batch = fc.record({
      actions: fc.integer({ min: 1, max: 5 }),
      consultations: fc.integer({ min: 0, max: 3 }),
      replays: fc.array(fc.tuple(fc.boolean(), fc.nat()), { minLength: 1, maxLength: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(batch, async ({ actions, consultations, replays }) => {
        const submits = Array.from({ length: actions }, () =>
          submitDocument(freshId('case'), { id: freshId('act') }),
        );
        const records = Array.from({ length: consultations }, () =>
          consultationDocument('u-agent', { id: freshId('cons') }),
        );
        expect((await push('actions', submits)).statusCode).toBe(200);
        if (records.length > 0) expect((await push('consultations', records)).statusCode).toBe(200);
        const after = await f.digest();
        for (const [isActions, skip] of replays) {
          const documents = isActions ? submits : records;
          if (documents.length === 0) continue;
          // The whole batch again, or a rotated part of it (a retry after a lost answer).
          const start = skip % documents.length;
          const replay = [...documents.slice(start), ...documents.slice(0, start)];
          const response = await push(isActions ? 'actions' : 'consultations', replay);
          expect(response.statusCode).toBe(200);
          // A retry learns the stored record it missed (an action's verdict, a consultation's serverTime).
          const { conflicts } = JSON.parse(response.body) as { conflicts: { id: string; status?: string }[] };
          expect(conflicts.map((document) => document.id).sort()).toEqual(
            replay.map((document) => String(document.id)).sort(),
          );
          await f.expectUnchanged(after, 'a replayed push');
        }
      }),
      { seed: 4_411, numRuns: 25 },
    );
  }, 120_000);

  it('refuses a refresh token presented again after its rotation, and ends that device’s session', async () => {
    const login = loginResponseSchema.parse(
      JSON.parse(
        (
          await f.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { username: 'agent1', password: PASSWORD, deviceName: '被复制令牌的平板' },
          })
        ).body,
      ),
    );
    const rotated = await refresh(login.refreshToken, login.deviceId);
    expect(rotated.statusCode).toBe(200);
    const next = JSON.parse(rotated.body) as { refreshToken: string; accessToken: string };
    // Within REFRESH_REUSE_GRACE_MS a second presentation is taken as a retry after a lost answer; later
    // it is a copy.
    f.clock.now += REFRESH_REUSE_GRACE_MS + 1_000;

    const before = await f.digest();
    const replayed = await refresh(login.refreshToken, login.deviceId);
    expect(replayed.statusCode).toBe(401);
    expect(JSON.parse(replayed.body)).toMatchObject({ code: 'unauthenticated' });
    // The copy and the legitimate next token are both dead now: whoever holds either must sign in again.
    expect((await refresh(next.refreshToken, login.deviceId)).statusCode).toBe(401);
    expect((await refresh(login.refreshToken, login.deviceId)).statusCode).toBe(401);
    // Only the session records changed (tokens revoked, one audit entry), nothing of the cases.
    const changes = describeChanges(before, await f.digest());
    expect(changes).toMatch(/refresh_tokens/);
    expect(changes.replace(/table (refresh_tokens|audit_log):[^;]*(; )?/g, '')).toBe('');
    const [audit] = await f.store.listAudit({ target: `device:${login.deviceId}` });
    expect(audit).toMatchObject({ action: 'auth.refresh_reused', actorId: 'u-agent' });
    // A token signed out of is just as dead, and signing out twice changes nothing more.
    const other = loginResponseSchema.parse(
      JSON.parse(
        (
          await f.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { username: 'agent1', password: PASSWORD, deviceName: '注销的平板' },
          })
        ).body,
      ),
    );
    const logout = () =>
      f.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        payload: { refreshToken: other.refreshToken },
      });
    expect((await logout()).statusCode).toBe(204);
    const afterLogout = await f.digest();
    expect((await logout()).statusCode).toBe(204);
    expect((await refresh(other.refreshToken, other.deviceId)).statusCode).toBe(401);
    await f.expectUnchanged(afterLogout, 'a replayed logout and refresh');
  });

  it('refuses a revoked device’s token on every endpoint with device_revoked, writing nothing', async () => {
    const uploadId = 'no-upload';
    const baselines = baselinesOf(f, uploadId);
    const operations = [...operationsOf(openApiDocument()), ...EXTRA_OPERATIONS].filter(
      (operation) => operation.isBearer,
    );
    expect(operations.length).toBeGreaterThan(20);
    const before = await f.digest();
    for (const operation of operations) {
      const key = operationKey(operation);
      const baseline = baselines[key];
      const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) =>
        encodeURIComponent(baseline?.path?.[name] ?? 'x'),
      );
      const hasBody = baseline?.body !== undefined;
      const response = await f.app.inject({
        method: operation.method,
        url: path,
        headers: {
          ...baseline?.headers,
          authorization: `Bearer ${f.bad.revokedDevice}`,
          ...(hasBody ? { 'content-type': 'application/json' } : {}),
        },
        payload: hasBody ? JSON.stringify(baseline?.body) : undefined,
      });
      expect(response.statusCode, key).toBe(401);
      if (operation.method !== 'HEAD' && !STREAMING_OPERATIONS.has(key))
        expect(JSON.parse(response.body), key).toMatchObject({ code: 'device_revoked' });
    }
    await f.expectUnchanged(before, 'requests of a revoked device');
    // Its refresh token and a new login naming it are refused the same way.
    const relogin = await f.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'agent1', password: PASSWORD, deviceId: 'tablet-revoked-0001' },
    });
    expect(relogin.statusCode).toBe(401);
    expect(JSON.parse(relogin.body)).toMatchObject({ code: 'device_revoked' });
  });

  it('changes nothing more when an administrator’s revocation or a user creation is replayed', async () => {
    const admin = bearer(f.tokens.admin1);
    const revoke = () =>
      f.app.inject({ method: 'POST', url: '/api/admin/devices/tablet-spare-0001/revoke', headers: admin });
    expect(JSON.parse((await revoke()).body)).toMatchObject({ wasRevokedNow: true });
    const create = () =>
      f.app.inject({
        method: 'POST',
        url: '/api/admin/users',
        headers: admin,
        payload: {
          username: 'replay.user',
          name: '重放测试',
          role: 'agent',
          scope: VILLAGE_A1,
          password: 'long-enough-9',
        },
      });
    expect((await create()).statusCode).toBe(201);
    const before = await f.digest();
    const again = await revoke();
    expect(again.statusCode).toBe(200);
    expect(JSON.parse(again.body)).toMatchObject({ wasRevokedNow: false });
    const duplicate = await create();
    expect(duplicate.statusCode).toBeGreaterThanOrEqual(400);
    expect(duplicate.statusCode).toBeLessThan(500);
    await f.expectUnchanged(before, 'a replayed revocation and user creation');
  });
});
