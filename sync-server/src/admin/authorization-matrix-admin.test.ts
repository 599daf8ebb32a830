/**
 * The authorization matrix of the report, export, audit and administration endpoints (the replication rows
 * are in replication/authorization-matrix.test.ts): every endpoint × role × inside/outside the caller's
 * jurisdiction, plus no token. Every 403 body is the same bare { code, message }.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../src/domain/roles';
import { ERROR_MESSAGES_ZH } from '../http/api-error';
import { SCHEDULE, VILLAGE_A1, VILLAGE_B1 } from '../store/store-contract-fixtures';
import {
  itemBody,
  OTHER_DISTRICT_VILLAGE,
  startRoleApp,
  storeCase,
  type RoleApp,
} from '../reports/report-test-fixtures';

const FORBIDDEN_BODY = { code: 'forbidden', message: ERROR_MESSAGES_ZH.forbidden };

interface Caller {
  username: string;
  role: Role;
  /** a village and a scope inside the caller's jurisdiction, and outside it */
  inside: string;
  outside: string;
  insideScope: string;
  outsideScope: string;
}

const CALLERS: Caller[] = [
  {
    username: 'agent1',
    role: 'agent',
    inside: VILLAGE_A1,
    outside: VILLAGE_B1,
    insideScope: VILLAGE_A1,
    outsideScope: VILLAGE_B1,
  },
  {
    username: 'reviewer1',
    role: 'reviewer',
    inside: VILLAGE_A1,
    outside: VILLAGE_B1,
    insideScope: '360799101',
    outsideScope: '360799102',
  },
  {
    username: 'supervisor1',
    role: 'supervisor',
    inside: VILLAGE_B1,
    outside: OTHER_DISTRICT_VILLAGE,
    insideScope: '360799102',
    outsideScope: '360800',
  },
  {
    username: 'admin1',
    role: 'admin',
    inside: VILLAGE_A1,
    outside: OTHER_DISTRICT_VILLAGE,
    insideScope: '360799101',
    outsideScope: '360800',
  },
];

const REPORTS = (scope: string) => [
  `/api/reports/indicators?from=2026-03-01&to=2026-03-31&by=village&scope=${scope}`,
  `/api/reports/monthly.xlsx?month=2026-03&scope=${scope}`,
  `/api/reports/cases.csv?scope=${scope}`,
  `/api/exchange/cases.json?scope=${scope}`,
  `/api/exchange/cases.csv?scope=${scope}`,
];

const expectForbidden = (response: LightMyRequestResponse, what: string) => {
  expect(response.statusCode, what).toBe(403);
  expect(JSON.parse(response.body), what).toEqual(FORBIDDEN_BODY);
};

describe('authorization matrix: reports, exports, audit, administration', () => {
  let r: RoleApp;
  beforeAll(async () => {
    r = await startRoleApp();
    for (const region of [VILLAGE_A1, VILLAGE_B1, OTHER_DISTRICT_VILLAGE])
      await storeCase(r.t.store, `case-${region}`, region);
    await r.t.store.appendAudit({
      actorId: 'u-far',
      action: 'case.reveal',
      target: 'case:far',
      at: '2026-03-02T08:00:00.000Z',
    });
  });
  afterAll(async () => {
    await r.t.close();
  });

  const get = (caller: Caller, url: string) =>
    r.t.app.inject({ method: 'GET', url, headers: r.as(caller.username) });
  const post = (caller: Caller, url: string, payload?: object) =>
    r.t.app.inject({ method: 'POST', url, headers: r.as(caller.username), ...(payload ? { payload } : {}) });

  for (const caller of CALLERS) {
    describe(caller.role, () => {
      const mayReport = caller.role === 'reviewer' || caller.role === 'supervisor';

      it(
        mayReport
          ? 'reads reports and exports inside (200), not outside (403)'
          : 'may not read reports or exports (403)',
        async () => {
          for (const url of REPORTS(caller.insideScope)) {
            const response = await get(caller, url);
            if (mayReport) expect(response.statusCode, url).toBe(200);
            else expectForbidden(response, url);
          }
          for (const url of REPORTS(caller.outsideScope)) expectForbidden(await get(caller, url), url);
        },
      );

      it(
        caller.role === 'supervisor'
          ? 'may reveal ID numbers in exports'
          : 'may not reveal ID numbers in exports (403)',
        async () => {
          const response = await get(caller, `/api/exchange/cases.json?reveal=true`);
          if (caller.role === 'supervisor') expect(response.statusCode).toBe(200);
          else expectForbidden(response, 'reveal');
        },
      );

      it('records a reveal inside (204); outside and unknown answer the same 403', async () => {
        expect(
          (await post(caller, '/api/audit/reveal', { caseId: `case-${caller.inside}`, field: 'idNumber' }))
            .statusCode,
        ).toBe(204);
        expectForbidden(
          await post(caller, '/api/audit/reveal', { caseId: `case-${caller.outside}`, field: 'phone' }),
          'outside',
        );
        expectForbidden(
          await post(caller, '/api/audit/reveal', { caseId: 'no-such-case', field: 'phone' }),
          'unknown',
        );
      });

      it(
        caller.role === 'admin' || caller.role === 'supervisor'
          ? 'reads the audit log of its jurisdiction only'
          : 'may not read the audit log (403)',
        async () => {
          const response = await get(caller, '/api/admin/audit?pageSize=200');
          if (caller.role === 'admin' || caller.role === 'supervisor') {
            expect(response.statusCode).toBe(200);
            expect(response.body).not.toContain('u-far');
          } else expectForbidden(response, 'audit');
        },
      );

      it(
        caller.role === 'admin' || caller.role === 'supervisor'
          ? 'publishes catalogue items and holiday schedules (201)'
          : 'may not publish catalogue items or holidays (403)',
        async () => {
          const item = await post(caller, '/api/admin/catalogue', itemBody(`ITEM-${caller.role}`));
          const holidays = await post(caller, '/api/admin/holidays', SCHEDULE);
          if (caller.role === 'admin' || caller.role === 'supervisor') {
            expect(item.statusCode).toBe(201);
            expect(holidays.statusCode).toBe(201);
          } else {
            expectForbidden(item, 'catalogue');
            expectForbidden(holidays, 'holidays');
          }
        },
      );

      it(
        caller.role === 'admin'
          ? 'administers users inside only (outside: 403 / same 404 as unknown)'
          : 'may not administer users (403)',
        async () => {
          const list = await get(caller, '/api/admin/users');
          const newUser = (scope: string, username: string) => ({
            username,
            name: '新代办',
            role: 'agent',
            scope,
            password: 'initial-pass-123',
          });
          const createIn = await post(
            caller,
            '/api/admin/users',
            newUser(caller.inside, `new-${caller.role}-in`),
          );
          const createOut = await post(
            caller,
            '/api/admin/users',
            newUser(caller.outside, `new-${caller.role}-out`),
          );
          const disableIn = await post(caller, '/api/admin/users/u-agent-b/disable');
          const disableOut = await post(caller, '/api/admin/users/u-far/disable');
          if (caller.role === 'admin') {
            expect(list.statusCode).toBe(200);
            expect(list.body).not.toContain('u-far');
            expect(list.body).not.toContain('passwordHash');
            expect(createIn.statusCode).toBe(201);
            expectForbidden(createOut, 'create outside');
            expect(disableIn.statusCode).toBe(200);
            expect(disableOut.statusCode).toBe(404);
            expect(disableOut.body).toBe((await post(caller, '/api/admin/users/no-such-user/disable')).body);
          } else {
            for (const response of [list, createIn, createOut, disableIn, disableOut])
              expectForbidden(response, 'users');
          }
        },
      );
    });
  }

  const ENDPOINTS: ['GET' | 'POST', string, object?][] = [
    ...REPORTS('360799').map((url): ['GET', string] => ['GET', url]),
    ['POST', '/api/audit/reveal', { caseId: 'x', field: 'phone' }],
    ['GET', '/api/admin/audit'],
    ['POST', '/api/admin/catalogue', itemBody('ITEM-ANON')],
    ['POST', '/api/admin/holidays', SCHEDULE],
    ['GET', '/api/admin/users'],
    ['POST', '/api/admin/users', {}],
    ['POST', '/api/admin/users/u-agent/disable'],
  ];

  it('answers 401 unauthenticated without a token', async () => {
    for (const [method, url, payload] of ENDPOINTS) {
      const response = await r.t.app.inject({ method, url, ...(payload ? { payload } : {}) });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(JSON.parse(response.body).code).toBe('unauthenticated');
    }
  });
});
