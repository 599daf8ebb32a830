/**
 * The authorization matrix: every replication and admin endpoint × role (agent, reviewer, supervisor, admin)
 * × inside/outside the caller's jurisdiction, plus no token and a revoked device. Asserts the designed status
 * and that every 403 body is the same bare { code, message }: nothing about the case, region or record.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseAction } from '../../../src/domain/case/case-types';
import { SYNCED_COLLECTIONS } from '../../../src/domain/wire/replication-messages';
import { hashPassword } from '../auth/password-hash';
import { openFileBlobs } from '../files/file-blobs';
import { ERROR_MESSAGES_ZH } from '../http/api-error';
import { PASSWORD, startTestApp, type TestApp } from '../test-support/test-app';
import {
  addRoleUsers,
  bearer,
  consultationDocument,
  newId,
  rowsOf,
  signIn,
  stepDocument,
  submitDocument,
  VILLAGE_A1,
  VILLAGE_B1,
  type Pusher,
} from './replication-test-fixtures';

const OTHER_DISTRICT_VILLAGE = '360800101201';
const FORBIDDEN_BODY = { code: 'forbidden', message: ERROR_MESSAGES_ZH.forbidden };

/** A stored file referred to by an action of a case in `regionCode`. */
async function fileReferencedIn(t: TestApp, regionCode: string): Promise<string> {
  const content = Buffer.from(`照片 ${regionCode}`);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const blobs = await openFileBlobs(join(t.config.dataDir, 'files'));
  const upload = join(blobs.uploadsDir, `upload-${regionCode}`);
  writeFileSync(upload, content);
  await blobs.adopt(upload, sha256, { contentType: 'image/jpeg', size: content.length });
  const action = submitDocument(newId('case'), { regionCode });
  (action.payload as { authorisationSignature: string }).authorisationSignature = sha256;
  await t.store.insertAction({
    id: String(action.id),
    caseId: String(action.caseId),
    regionCode,
    status: 'accepted',
    rejection: null,
    action: action as unknown as CaseAction,
    authorId: 'u-test',
    serverTime: new Date(t.clock.now).toISOString(),
  });
  return sha256;
}

interface Caller extends Pusher {
  username: string;
  /** A village inside the caller's jurisdiction, and one outside it. */
  inside: string;
  outside: string;
}

const CALLERS: Caller[] = [
  {
    username: 'agent1',
    userId: 'u-agent',
    name: '张代办',
    role: 'agent',
    inside: VILLAGE_A1,
    outside: VILLAGE_B1,
  },
  {
    username: 'reviewer1',
    userId: 'u-reviewer',
    name: '李审核',
    role: 'reviewer',
    inside: VILLAGE_A1,
    outside: VILLAGE_B1,
  },
  {
    username: 'supervisor1',
    userId: 'u-supervisor',
    name: '孙监管',
    role: 'supervisor',
    inside: VILLAGE_B1,
    outside: OTHER_DISTRICT_VILLAGE,
  },
  {
    username: 'admin1',
    userId: 'u-admin',
    name: '周管理',
    role: 'admin',
    inside: VILLAGE_A1,
    outside: OTHER_DISTRICT_VILLAGE,
  },
];

describe('authorization matrix', () => {
  let t: TestApp;
  let base: string;
  const tokens = new Map<string, string>();
  let revokedToken = '';
  let insideDevice = '';
  let outsideDevice = '';
  const files = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp();
    const now = new Date(t.clock.now).toISOString();
    await addRoleUsers(t.store, now);
    await t.store.insertUser(
      {
        id: 'u-far',
        username: 'far1',
        name: '外区代办',
        role: 'agent',
        scope: OTHER_DISTRICT_VILLAGE,
        passwordHash: await hashPassword(PASSWORD),
      },
      now,
    );
    for (const caller of CALLERS) tokens.set(caller.username, (await signIn(t, caller.username)).token);
    insideDevice = (await signIn(t, 'agentB')).deviceId;
    outsideDevice = (await signIn(t, 'far1')).deviceId;
    const revoked = await signIn(t, 'agent1');
    revokedToken = revoked.token;
    await t.store.revokeDevice(revoked.deviceId, now);
    for (const region of [VILLAGE_A1, VILLAGE_B1, OTHER_DISTRICT_VILLAGE])
      files.set(region, await fileReferencedIn(t, region));
    base = await t.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await t.close();
  });

  const call = async (method: 'GET' | 'POST', path: string, token: string | null, body?: unknown) => {
    const headers: Record<string, string> = token === null ? {} : bearer(token);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const abort = new AbortController();
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: abort.signal,
    });
    // A stream that opened answers 200 and stays open: read nothing more.
    const text = response.headers.get('content-type')?.startsWith('text/event-stream')
      ? ''
      : await response.text();
    abort.abort();
    return { status: response.status, text };
  };

  const actionFor = (caller: Caller, region: string) =>
    caller.role === 'agent'
      ? submitDocument(newId('case'), { regionCode: region, actor: caller })
      : stepDocument('receive', newId('case'), caller, { regionCode: region });

  for (const caller of CALLERS) {
    describe(caller.role, () => {
      const token = () => tokens.get(caller.username) ?? '';

      it('pulls and streams every collection (200), never a record outside its jurisdiction', async () => {
        for (const collection of SYNCED_COLLECTIONS) {
          const pull = await call('GET', `/api/replication/${collection}/pull?seq=0&limit=500`, token());
          expect(pull.status, collection).toBe(200);
          expect(pull.text).not.toContain(caller.outside);
          expect((await call('GET', `/api/replication/${collection}/stream`, token())).status).toBe(200);
        }
      });

      it('pushes actions and consultations inside (200) but not outside (403, bare body)', async () => {
        const inside = await call(
          'POST',
          '/api/replication/actions/push',
          token(),
          rowsOf(actionFor(caller, caller.inside)),
        );
        expect(inside.status).toBe(200);
        const outside = await call(
          'POST',
          '/api/replication/actions/push',
          token(),
          rowsOf(actionFor(caller, caller.outside)),
        );
        expect(outside.status).toBe(403);
        expect(JSON.parse(outside.text)).toEqual(FORBIDDEN_BODY);
        const consultIn = consultationDocument(caller.userId, { regionCode: caller.inside });
        expect(
          (await call('POST', '/api/replication/consultations/push', token(), rowsOf(consultIn))).status,
        ).toBe(200);
        const consultOut = consultationDocument(caller.userId, { regionCode: caller.outside });
        const refused = await call(
          'POST',
          '/api/replication/consultations/push',
          token(),
          rowsOf(consultOut),
        );
        expect(refused.status).toBe(403);
        expect(JSON.parse(refused.text)).toEqual(FORBIDDEN_BODY);
        for (const collection of ['regions', 'users', 'catalogue', 'holidays', 'caseHeads']) {
          expect(
            (await call('POST', `/api/replication/${collection}/push`, token(), rowsOf({ id: 'x' }))).status,
          ).toBe(404);
        }
      });

      it(
        caller.role === 'admin'
          ? 'lists and revokes devices in its jurisdiction only'
          : 'may not administer devices (403)',
        async () => {
          const list = await call('GET', '/api/admin/devices', token());
          const revokeInside = await call('POST', `/api/admin/devices/${insideDevice}/revoke`, token());
          const revokeOutside = await call('POST', `/api/admin/devices/${outsideDevice}/revoke`, token());
          if (caller.role === 'admin') {
            expect(list.status).toBe(200);
            expect(list.text).toContain(insideDevice);
            expect(list.text).not.toContain(outsideDevice);
            expect(revokeInside.status).toBe(200);
            expect(revokeOutside.status).toBe(404);
            const unknown = await call('POST', '/api/admin/devices/no-such-device/revoke', token());
            expect(revokeOutside.text).toBe(unknown.text);
            expect((await t.store.listAudit({ target: `device:${insideDevice}` }))[0]).toMatchObject({
              action: 'device.revoke',
              actorId: 'u-admin',
            });
          } else {
            for (const response of [list, revokeInside, revokeOutside]) {
              expect(response.status).toBe(403);
              expect(JSON.parse(response.text)).toEqual(FORBIDDEN_BODY);
            }
          }
        },
      );
    });
  }

  const ENDPOINTS: ['GET' | 'POST', string, unknown?][] = [
    ...SYNCED_COLLECTIONS.flatMap((c): ['GET' | 'POST', string][] => [
      ['GET', `/api/replication/${c}/pull`],
      ['GET', `/api/replication/${c}/stream`],
    ]),
    ['POST', '/api/replication/actions/push', rowsOf(submitDocument('case-anon-0001'))],
    ['POST', '/api/replication/consultations/push', rowsOf(consultationDocument('u-agent'))],
    ['GET', `/api/files/${'a'.repeat(64)}`],
    ['POST', '/api/files/uploads'],
    ['GET', '/api/admin/devices'],
    ['POST', '/api/admin/devices/any-device/revoke'],
  ];

  it('answers 401 unauthenticated without a token, 401 device_revoked for a revoked device', async () => {
    for (const [method, path, body] of ENDPOINTS) {
      const anonymous = await call(method, path, null, body);
      expect(anonymous.status, `${method} ${path}`).toBe(401);
      expect(JSON.parse(anonymous.text).code).toBe('unauthenticated');
      const revoked = await call(method, path, revokedToken, body);
      expect(revoked.status, `${method} ${path}`).toBe(401);
      expect(JSON.parse(revoked.text).code).toBe('device_revoked');
    }
  });
});
