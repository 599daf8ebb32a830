/**
 * Test helpers for the report, export, audit, admin and progress routes: case heads stored directly, a valid
 * catalogue item body, and an app with every role signed in. Used only by *.test.ts files.
 */
import type { CaseHead } from '../../../src/domain/case/case-types';
import type { ServiceItem } from '../../../src/domain/catalogue/service-item';
import { hashPassword } from '../auth/password-hash';
import { addRoleUsers, bearer, signIn } from '../replication/replication-test-fixtures';
import type { Store } from '../store/store';
import { caseHead, serviceItem } from '../store/store-contract-fixtures';
import { PASSWORD, startTestApp, type TestApp } from '../test-support/test-app';

export const OTHER_DISTRICT_VILLAGE = '360800101201';
export const ID_NUMBER = '11010519491231002X';

/** Stores a case head (as the push path would) and returns it. */
export async function storeCase(
  store: Store,
  caseId: string,
  regionCode: string,
  overrides: Partial<CaseHead> = {},
): Promise<CaseHead> {
  const head: CaseHead = {
    ...caseHead(caseId, regionCode),
    receiptNo: `R${caseId.toUpperCase()}`.replace(/[^A-Z0-9-]/g, '-').padEnd(8, '0'),
    ...overrides,
  };
  await store.upsertCaseHead({ caseId, regionCode, head, updatedAt: head.updatedAt });
  return head;
}

/** A catalogue item body as an admin submits it (no version, no publishedAt). */
export function itemBody(code: string, name = '临时救助申请'): Record<string, unknown> {
  const { version: _v, publishedAt: _p, ...body }: ServiceItem = serviceItem(code, 1, name);
  return body;
}

export interface RoleApp {
  t: TestApp;
  /** Bearer headers of agent1, reviewer1, supervisor1, admin1 (and far1, an agent in another district). */
  as(username: string): Record<string, string>;
}

/** The test app with the role users of addRoleUsers, an agent of another district, everyone signed in. */
export async function startRoleApp(): Promise<RoleApp> {
  const t = await startTestApp();
  const now = new Date(t.clock.now).toISOString();
  await addRoleUsers(t.store, now);
  const passwordHash = await hashPassword(PASSWORD);
  await t.store.insertUser(
    {
      id: 'u-far',
      username: 'far1',
      name: '外区代办',
      role: 'agent',
      scope: OTHER_DISTRICT_VILLAGE,
      passwordHash,
    },
    now,
  );
  const tokens = new Map<string, string>();
  for (const username of ['agent1', 'reviewer1', 'supervisor1', 'admin1', 'far1', 'reviewerB'])
    tokens.set(username, (await signIn(t, username)).token);
  return { t, as: (username) => bearer(tokens.get(username) ?? '') };
}
