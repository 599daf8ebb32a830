/**
 * Test helpers for the replication routes: action and consultation documents as a tablet pushes them
 * (status 'pending', serverTime null), extra users for every role, and a login that returns the token.
 * Used only by *.test.ts files.
 */
import { generateReceiptNo } from '../../../src/domain/case/receipt-number';
import type { ServiceItemSnapshot } from '../../../src/domain/catalogue/service-item';
import type { Role } from '../../../src/domain/roles';
import { hashPassword } from '../auth/password-hash';
import type { Store } from '../store/store';
import { TOWNSHIP_B, VILLAGE_A1, VILLAGE_B1 } from '../store/store-contract-fixtures';
import { bodyOf, PASSWORD, type TestApp } from '../test-support/test-app';

export { VILLAGE_A1, VILLAGE_B1 };
export const FILE_A = 'a'.repeat(64);

export const ITEM: ServiceItemSnapshot = {
  code: 'ITEM-A',
  version: 2,
  name: '最低生活保障申请',
  caseKind: '承诺件',
  legalDays: 20,
  promisedDays: 10,
  handledAt: 'township',
  materials: [{ id: 'm1', name: '户口簿', originals: 1, copies: 1, necessity: '必要', form: '纸质' }],
};

export interface Pusher {
  userId: string;
  name: string;
  role: Role;
}
/** The fixture users of test-app.ts plus the ones addRoleUsers adds. */
export const AGENT: Pusher = { userId: 'u-agent', name: '张代办', role: 'agent' };
export const REVIEWER: Pusher = { userId: 'u-reviewer', name: '李审核', role: 'reviewer' };

let counter = 0;
export function newId(prefix: string): string {
  counter += 1;
  return `${prefix}-${String(Date.now() % 1_000_000)}-${String(counter).padStart(5, '0')}`;
}

/** A submit action document as RxDB pushes it. */
export function submitDocument(
  caseId: string,
  options: { id?: string; regionCode?: string; actor?: Pusher } = {},
): Record<string, unknown> {
  const regionCode = options.regionCode ?? VILLAGE_A1;
  const actor = options.actor ?? AGENT;
  return {
    id: options.id ?? newId('act'),
    caseId,
    regionCode,
    actorId: actor.userId,
    actorName: actor.name,
    actorRole: actor.role,
    deviceId: 'dev-test',
    clientTime: '2026-03-02T09:00:00+08:00',
    type: 'submit',
    payload: {
      receiptNo: generateReceiptNo({
        regionCode,
        deviceSeq: 1,
        date: '2026-03-02',
        counter: (counter % 9000) + 1,
      }),
      item: ITEM,
      applicant: {
        kind: 'person',
        name: '测试申请人',
        idNumber: '11010519491231002X',
        phone: '',
        address: '',
      },
      proxy: null,
      fields: {},
      materials: [{ materialId: 'm1', form: '原件', files: [FILE_A] }],
      authorisationSignature: FILE_A,
    },
    status: 'pending',
    rejection: null,
    serverTime: null,
    _deleted: false,
  };
}

/** A follow-up action (receive, accept, …) with an empty-note payload. */
export function stepDocument(
  type: 'receive' | 'accept' | 'forward',
  caseId: string,
  actor: Pusher,
  options: { id?: string; regionCode?: string } = {},
): Record<string, unknown> {
  return {
    id: options.id ?? newId('act'),
    caseId,
    regionCode: options.regionCode ?? VILLAGE_A1,
    actorId: actor.userId,
    actorName: actor.name,
    actorRole: actor.role,
    deviceId: 'dev-test',
    clientTime: '2026-03-02T10:00:00+08:00',
    type,
    payload: { note: '' },
    status: 'pending',
    rejection: null,
    serverTime: null,
    _deleted: false,
  };
}

export function consultationDocument(
  actorId: string,
  options: { id?: string; regionCode?: string } = {},
): Record<string, unknown> {
  return {
    id: options.id ?? newId('cons'),
    regionCode: options.regionCode ?? VILLAGE_A1,
    itemCode: null,
    topic: '咨询低保申请条件',
    minutes: 10,
    actorId,
    clientTime: '2026-03-02T09:00:00+08:00',
    serverTime: null,
    _deleted: false,
  };
}

/** Rows of a push request. */
export const rowsOf = (...documents: Record<string, unknown>[]) =>
  documents.map((newDocumentState) => ({ assumedMasterState: null, newDocumentState }));

/** More fixture users: an agent and a reviewer outside the first township, a supervisor, an admin. */
export async function addRoleUsers(store: Store, now: string): Promise<void> {
  const passwordHash = await hashPassword(PASSWORD);
  const users = [
    { id: 'u-agent-b', username: 'agentB', name: '赵代办', role: 'agent', scope: VILLAGE_B1 },
    {
      id: 'u-reviewer-b',
      username: 'reviewerB',
      name: '钱审核',
      role: 'reviewer',
      scope: TOWNSHIP_B.slice(0, 9),
    },
    { id: 'u-supervisor', username: 'supervisor1', name: '孙监管', role: 'supervisor', scope: '360799' },
    { id: 'u-admin', username: 'admin1', name: '周管理', role: 'admin', scope: '360799' },
  ] as const;
  for (const user of users) await store.insertUser({ ...user, passwordHash }, now);
}

/** Signs in and returns the access token and device id. */
export async function signIn(t: TestApp, username: string): Promise<{ token: string; deviceId: string }> {
  const response = await t.login(username);
  if (response.statusCode !== 200)
    throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  const body = bodyOf(response);
  return { token: String(body.accessToken), deviceId: String(body.deviceId) };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
