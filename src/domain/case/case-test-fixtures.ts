/**
 * Test helpers for the case reducer: a small district, its actors, service items and an action builder.
 * Used only by *.test.ts files in this folder.
 */
import { createOfficialWorkingDayCalendar } from '../calendar/official-schedules';
import type { ServiceItemSnapshot } from '../catalogue/service-item';
import type { Actor } from '../roles';
import { applyAction, type ReduceResult } from './case-reducer';
import type { ActionPayload, ActionType, CaseAction, CaseHead } from './case-types';
import { generateReceiptNo } from './receipt-number';

/** 济南市历下区 (370102): two villages of one township, one village of another. */
export const DISTRICT = '370102';
export const TOWNSHIP_T = '370102103';
export const TOWNSHIP_U = '370102104';
export const VILLAGE_A = '370102103201';
export const VILLAGE_B = '370102103202';
export const VILLAGE_C = '370102104201';

export const AGENT_A: Actor = { userId: 'agent-a', name: '王代办', role: 'agent', scope: VILLAGE_A };
export const AGENT_B: Actor = { userId: 'agent-b', name: '李代办', role: 'agent', scope: VILLAGE_B };
export const AGENT_C: Actor = { userId: 'agent-c', name: '赵代办', role: 'agent', scope: VILLAGE_C };
export const REVIEWER_T: Actor = {
  userId: 'reviewer-t',
  name: '张审核',
  role: 'reviewer',
  scope: TOWNSHIP_T,
};
export const REVIEWER_U: Actor = {
  userId: 'reviewer-u',
  name: '陈审核',
  role: 'reviewer',
  scope: TOWNSHIP_U,
};
export const SUPERVISOR: Actor = {
  userId: 'supervisor-d',
  name: '刘监管',
  role: 'supervisor',
  scope: DISTRICT,
};
export const ADMIN: Actor = { userId: 'admin-d', name: '系统管理员', role: 'admin', scope: DISTRICT };
export const ALL_ACTORS: readonly Actor[] = [
  AGENT_A,
  AGENT_B,
  AGENT_C,
  REVIEWER_T,
  REVIEWER_U,
  SUPERVISOR,
  ADMIN,
];

export const FILE_A = 'a'.repeat(64);
export const FILE_B = 'b'.repeat(64);

const MATERIALS: ServiceItemSnapshot['materials'] = [
  { id: 'm-id-card', name: '居民身份证', originals: 1, copies: 1, necessity: '必要', form: '纸质' },
  { id: 'm-hukou', name: '户口簿', originals: 1, copies: 1, necessity: '必要', form: '纸质' },
  { id: 'm-income', name: '家庭收入证明', originals: 1, copies: 0, necessity: '容缺', form: '纸质或电子' },
];

/** 承诺件 decided at the township, 10 working days promised. */
export const TOWNSHIP_ITEM: ServiceItemSnapshot = {
  code: '11370102MB0000000X4000000000001',
  version: 3,
  name: '城乡居民基本养老保险参保登记',
  caseKind: '承诺件',
  legalDays: 20,
  promisedDays: 10,
  handledAt: 'township',
  materials: MATERIALS,
};

/** 即办件: decided on the day of 受理. */
export const INSTANT_ITEM: ServiceItemSnapshot = {
  ...TOWNSHIP_ITEM,
  code: '11370102MB0000000X4000000000002',
  name: '城乡居民医疗保险参保信息变更',
  caseKind: '即办件',
  legalDays: 1,
  promisedDays: 0,
};

/** 承诺件 decided at the district: the township receives it and forwards it (转报). */
export const DISTRICT_ITEM: ServiceItemSnapshot = {
  ...TOWNSHIP_ITEM,
  code: '11370102MB0000000X4000000000003',
  name: '残疾人证新办',
  legalDays: 20,
  promisedDays: 15,
  handledAt: 'district',
};

export const calendar = createOfficialWorkingDayCalendar();

/** Beijing time on a date: at('2026-02-12') = 2026-02-12T09:00:00+08:00. */
export function at(date: string, time = '09:00'): string {
  return `${date}T${time}:00+08:00`;
}

export function submitPayload(
  item: ServiceItemSnapshot = TOWNSHIP_ITEM,
  materialIds: readonly string[] = ['m-id-card'],
): ActionPayload<'submit'> {
  return {
    receiptNo: generateReceiptNo({ regionCode: VILLAGE_A, deviceSeq: 7, date: '2026-02-09', counter: 1 }),
    item,
    applicant: {
      kind: 'person',
      name: '孙秀英',
      idNumber: '11010519491231002X',
      phone: '13800138000',
      address: '山东省济南市历下区某村',
    },
    proxy: null,
    fields: { householdSize: 3 },
    materials: materialIds.map((materialId) => ({ materialId, form: '原件', files: [FILE_A] })),
    authorisationSignature: FILE_B,
  };
}

let nextId = 1;

/** An action record by the actor, with defaults for everything the test does not care about. */
export function makeAction<T extends ActionType>(
  type: T,
  payload: ActionPayload<T>,
  actor: Actor,
  overrides: Partial<Pick<CaseAction, 'id' | 'caseId' | 'regionCode' | 'clientTime'>> = {},
): CaseAction {
  const action = {
    id: `act-${String(nextId++).padStart(6, '0')}`,
    caseId: 'case-000001',
    regionCode: VILLAGE_A,
    actorId: actor.userId,
    actorName: actor.name,
    actorRole: actor.role,
    deviceId: 'device-01',
    clientTime: '2026-01-01T08:00:00+08:00',
    type,
    payload,
    ...overrides,
  };
  // The mapped CaseAction union cannot be built generically; the shape is checked by parseCaseAction in the reducer.
  return action as unknown as CaseAction;
}

/** Applies an action and fails the test with the rejection if it was refused. */
export function applyOk(head: CaseHead | null, action: CaseAction, actor: Actor, now: string): CaseHead {
  const result = applyAction(head, action, { actor, now, calendar });
  if (!result.ok)
    throw new Error(`${action.type} rejected: ${result.rejection.code} ${result.rejection.reason}`);
  return result.head;
}

/** Applies an action expected to be refused, returning the rejection. */
export function applyRejected(head: CaseHead | null, action: CaseAction, actor: Actor, now: string) {
  const result: ReduceResult = applyAction(head, action, { actor, now, calendar });
  if (result.ok) throw new Error(`${action.type} was accepted, expected a rejection`);
  return result.rejection;
}

/** A submitted case in village A (township item unless given). */
export function submittedCase(item: ServiceItemSnapshot = TOWNSHIP_ITEM, date = '2026-02-09'): CaseHead {
  return applyOk(null, makeAction('submit', submitPayload(item), AGENT_A), AGENT_A, at(date));
}

/** A case in village A taken to 受理 on acceptDate. */
export function acceptedCase(item: ServiceItemSnapshot = TOWNSHIP_ITEM, acceptDate = '2026-02-12'): CaseHead {
  const submitted = submittedCase(item);
  const received = applyOk(
    submitted,
    makeAction('receive', { note: '' }, REVIEWER_T),
    REVIEWER_T,
    at('2026-02-10'),
  );
  return applyOk(received, makeAction('accept', { note: '' }, REVIEWER_T), REVIEWER_T, at(acceptDate));
}
