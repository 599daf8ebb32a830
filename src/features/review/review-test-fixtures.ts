/**
 * Test helpers of the review desk: one township, its reviewers and agent, an item, and cases taken through the
 * real reducer with the official calendar. Used only by *.test.ts files in this folder.
 */
import { createOfficialWorkingDayCalendar } from '../../domain/calendar/official-schedules';
import { applyAction } from '../../domain/case/case-reducer';
import type { ActionPayload, ActionType, CaseAction, CaseHead } from '../../domain/case/case-types';
import type { ServiceItemSnapshot } from '../../domain/catalogue/service-item';
import type { Actor } from '../../domain/roles';

export const calendar = createOfficialWorkingDayCalendar();
export const VILLAGE = '360799101201';
export const AGENT: Actor = { userId: 'agent-1', name: '王代办', role: 'agent', scope: VILLAGE };
export const REVIEWER_A: Actor = { userId: 'rev-a', name: '张审核', role: 'reviewer', scope: '360799101' };
export const REVIEWER_B: Actor = { userId: 'rev-b', name: '李审核', role: 'reviewer', scope: '360799101' };

/** 临时救助申请: a township item, 7 working days promised. */
export const ITEM: ServiceItemSnapshot = {
  code: 'TEST-ITEM-0001',
  version: 1,
  name: '临时救助申请',
  caseKind: '承诺件',
  legalDays: 10,
  promisedDays: 7,
  handledAt: 'township',
  materials: [
    { id: 'm-id', name: '居民身份证', originals: 1, copies: 1, necessity: '必要', form: '纸质' },
    { id: 'm-bank', name: '银行卡复印件', originals: 0, copies: 1, necessity: '必要', form: '纸质' },
    { id: 'm-proof', name: '困难情况证明', originals: 1, copies: 0, necessity: '容缺', form: '纸质或电子' },
  ],
};

export const FILE_A = 'a'.repeat(64);

let counter = 0;

export function action<T extends ActionType>(
  type: T,
  payload: ActionPayload<T>,
  actor: Actor,
  caseId = 'case-0001',
): CaseAction {
  counter += 1;
  const built = {
    id: `act-${String(counter).padStart(6, '0')}`,
    caseId,
    regionCode: VILLAGE,
    actorId: actor.userId,
    actorName: actor.name,
    actorRole: actor.role,
    deviceId: 'dev-1',
    clientTime: '2026-09-01T09:00:00+08:00',
    type,
    payload,
  };
  // The mapped CaseAction union cannot be built generically; the reducer parses it.
  return built as unknown as CaseAction;
}

/** Applies the action at Beijing time `at` (YYYY-MM-DD, 09:00) or throws with the rejection. */
export function apply(head: CaseHead | null, next: CaseAction, actor: Actor, date: string): CaseHead {
  const result = applyAction(head, next, { actor, now: `${date}T09:00:00+08:00`, calendar });
  if (!result.ok) throw new Error(`${next.type} refused: ${result.rejection.reason}`);
  return result.head;
}

export function submitted(caseId = 'case-0001', date = '2026-09-21', item = ITEM): CaseHead {
  return apply(
    null,
    action(
      'submit',
      {
        receiptNo: `RCPT-${caseId.toUpperCase()}`,
        item,
        applicant: {
          kind: 'person',
          name: '孙秀英',
          idNumber: '11010519491231002X',
          phone: '13800138000',
          address: '永湖村一组',
        },
        proxy: null,
        fields: {},
        materials: [{ materialId: 'm-id', form: '原件', files: [FILE_A] }],
        authorisationSignature: FILE_A,
      },
      AGENT,
      caseId,
    ),
    AGENT,
    date,
  );
}

export function received(caseId = 'case-0001', date = '2026-09-22'): CaseHead {
  return apply(submitted(caseId), action('receive', { note: '' }, REVIEWER_A, caseId), REVIEWER_A, date);
}

export function accepted(caseId = 'case-0001', date = '2026-09-29'): CaseHead {
  return apply(received(caseId), action('accept', { note: '' }, REVIEWER_A, caseId), REVIEWER_A, date);
}
