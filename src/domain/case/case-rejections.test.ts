import { describe, expect, it } from 'vitest';
import type { Actor } from '../roles';
import { REJECTION_CODES, type CaseAction, type RejectionCode } from './case-types';
import {
  acceptedCase,
  ADMIN,
  AGENT_A,
  AGENT_B,
  AGENT_C,
  applyOk,
  applyRejected,
  at,
  FILE_A,
  makeAction,
  REVIEWER_T,
  REVIEWER_U,
  SUPERVISOR,
  submitPayload,
  submittedCase,
  TOWNSHIP_ITEM,
  VILLAGE_B,
  VILLAGE_C,
} from './case-test-fixtures';

const HAN = /[\u4e00-\u9fff]/;
const seen = new Set<RejectionCode>();

function expectRejection(
  rejection: { code: RejectionCode; reason: string },
  code: RejectionCode,
  reason?: string | RegExp,
): void {
  expect(rejection.code).toBe(code);
  expect(rejection.reason).toMatch(HAN);
  if (reason !== undefined) expect(rejection.reason).toMatch(reason);
  seen.add(code);
}

describe('rejections', () => {
  it('invalid_action: a malformed record, a wrong case, an invalid server time', () => {
    const garbage = { type: 'accept', id: 'x' } as unknown as CaseAction;
    expectRejection(
      applyRejected(submittedCase(), garbage, REVIEWER_T, at('2026-02-10')),
      'invalid_action',
      /格式不正确/,
    );
    const unknownType = { type: 'approve' } as unknown as CaseAction;
    expectRejection(
      applyRejected(null, unknownType, AGENT_A, at('2026-02-10')),
      'invalid_action',
      /未知的办理环节类型/,
    );
    const other = makeAction('receive', { note: '' }, REVIEWER_T, { caseId: 'case-999999' });
    expectRejection(
      applyRejected(submittedCase(), other, REVIEWER_T, at('2026-02-10')),
      'invalid_action',
      /办件编号/,
    );
    const ok = makeAction('receive', { note: '' }, REVIEWER_T);
    expectRejection(
      applyRejected(submittedCase(), ok, REVIEWER_T, 'yesterday'),
      'invalid_action',
      /服务器时间无效/,
    );
  });

  it('forbidden_role: a record naming someone else, a role not allowed, an admin', () => {
    const impostor = makeAction('accept', { note: '' }, REVIEWER_T);
    const received = applyOk(
      submittedCase(),
      makeAction('receive', { note: '' }, REVIEWER_T),
      REVIEWER_T,
      at('2026-02-10'),
    );
    expectRejection(
      applyRejected(received, impostor, AGENT_A, at('2026-02-10')),
      'forbidden_role',
      '办理环节记录的操作人与当前登录用户不一致',
    );
    const agentAccept = makeAction('accept', { note: '' }, AGENT_A);
    expectRejection(
      applyRejected(received, agentAccept, AGENT_A, at('2026-02-10')),
      'forbidden_role',
      '村代办员不能「受理」（由乡镇审核员办理）',
    );
    const adminRefuse = makeAction('refuse', { reason: '测试' }, ADMIN);
    expectRejection(
      applyRejected(received, adminRefuse, ADMIN, at('2026-02-10')),
      'forbidden_role',
      /^系统管理员不能「不予受理」/,
    );
    const supervisorAtTownship = makeAction('accept', { note: '' }, SUPERVISOR);
    expectRejection(
      applyRejected(received, supervisorAtTownship, SUPERVISOR, at('2026-02-10')),
      'forbidden_role',
      /区监管员不能/,
    );
    const bogusActor = { userId: 'x', name: 'x', role: 'agent', scope: '' } as Actor;
    expectRejection(
      applyRejected(null, makeAction('submit', submitPayload(), bogusActor), bogusActor, at('2026-02-10')),
      'forbidden_role',
      /身份/,
    );
  });

  it('out_of_jurisdiction: an agent of village A cannot act on village B; a reviewer of township T not outside T', () => {
    const caseOfA = submittedCase();
    const byB = makeAction('withdraw', { reason: '撤回' }, AGENT_B);
    expectRejection(
      applyRejected(caseOfA, byB, AGENT_B, at('2026-02-10')),
      'out_of_jurisdiction',
      '该办件不在您的管辖范围内',
    );
    const byU = makeAction('receive', { note: '' }, REVIEWER_U);
    expectRejection(applyRejected(caseOfA, byU, REVIEWER_U, at('2026-02-10')), 'out_of_jurisdiction');
    // an agent cannot start a case for another village
    const foreignSubmit = makeAction('submit', submitPayload(), AGENT_A, {
      regionCode: VILLAGE_B,
      caseId: 'case-000002',
    });
    expectRejection(applyRejected(null, foreignSubmit, AGENT_A, at('2026-02-10')), 'out_of_jurisdiction');
    // a reviewer of T on a case of township U's village C
    const caseOfC = applyOk(
      null,
      makeAction('submit', submitPayload(), AGENT_C, { regionCode: VILLAGE_C, caseId: 'case-000003' }),
      AGENT_C,
      at('2026-02-09'),
    );
    const byT = makeAction('receive', { note: '' }, REVIEWER_T, {
      regionCode: VILLAGE_C,
      caseId: 'case-000003',
    });
    expectRejection(applyRejected(caseOfC, byT, REVIEWER_T, at('2026-02-10')), 'out_of_jurisdiction');
    // jurisdiction is checked before existence: probing a missing case outside the scope reveals nothing
    const probe = makeAction('receive', { note: '' }, REVIEWER_T, { regionCode: VILLAGE_C });
    expectRejection(applyRejected(null, probe, REVIEWER_T, at('2026-02-10')), 'out_of_jurisdiction');
    // the agent of village C acts on its own village's case
    expect(
      applyOk(
        caseOfC,
        makeAction('withdraw', { reason: '撤回' }, AGENT_C, { regionCode: VILLAGE_C, caseId: 'case-000003' }),
        AGENT_C,
        at('2026-02-10'),
      ).status,
    ).toBe('withdrawn');
  });

  it('case_not_found and case_exists', () => {
    expectRejection(
      applyRejected(null, makeAction('receive', { note: '' }, REVIEWER_T), REVIEWER_T, at('2026-02-10')),
      'case_not_found',
      /不存在/,
    );
    const again = makeAction('submit', submitPayload(), AGENT_A);
    expectRejection(
      applyRejected(submittedCase(), again, AGENT_A, at('2026-02-10')),
      'case_exists',
      /已存在/,
    );
  });

  it('illegal_transition names the current status and the action', () => {
    const head = acceptedCase();
    expectRejection(
      applyRejected(head, makeAction('receive', { note: '' }, REVIEWER_T), REVIEWER_T, at('2026-02-13')),
      'illegal_transition',
      '「已受理」状态下不能「收件」',
    );
    expectRejection(
      applyRejected(head, makeAction('resume', { note: '' }, REVIEWER_T), REVIEWER_T, at('2026-02-13')),
      'illegal_transition',
      '「已受理」状态下不能「恢复」',
    );
    const received = applyOk(
      submittedCase(),
      makeAction('receive', { note: '' }, REVIEWER_T),
      REVIEWER_T,
      at('2026-02-10'),
    );
    expectRejection(
      applyRejected(received, makeAction('forward', { note: '' }, REVIEWER_T), REVIEWER_T, at('2026-02-10')),
      'illegal_transition',
      /由乡镇办理，不需转报/,
    );
    const decided = applyOk(
      head,
      makeAction('decide', { outcome: 'approved', documentNo: '1号', reason: '', file: null }, REVIEWER_T),
      REVIEWER_T,
      at('2026-02-13'),
    );
    expectRejection(
      applyRejected(
        decided,
        makeAction('withdraw', { reason: '不要了' }, AGENT_A),
        AGENT_A,
        at('2026-02-13'),
      ),
      'illegal_transition',
      '「已办结」状态下不能「撤回」',
    );
  });

  it('invalid_payload: unknown materials, duplicate notice lines, a denial or a 差评 without reason', () => {
    const unknownSubmit = makeAction('submit', submitPayload(TOWNSHIP_ITEM, ['m-passport']), AGENT_A);
    expectRejection(
      applyRejected(null, unknownSubmit, AGENT_A, at('2026-02-09')),
      'invalid_payload',
      '材料「m-passport」不在事项「城乡居民基本养老保险参保登记」的申请材料清单中',
    );
    const received = applyOk(
      submittedCase(),
      makeAction('receive', { note: '' }, REVIEWER_T),
      REVIEWER_T,
      at('2026-02-10'),
    );
    const dup = {
      items: [
        { materialId: 'm-hukou', problem: 'missing' as const, note: '' },
        { materialId: 'm-hukou', problem: 'defective' as const, note: '' },
      ],
      note: '',
    };
    expectRejection(
      applyRejected(
        received,
        makeAction('request_correction', dup, REVIEWER_T),
        REVIEWER_T,
        at('2026-02-10'),
      ),
      'invalid_payload',
      /同一材料/,
    );
    const notice = { items: [{ materialId: 'm-hukou', problem: 'missing' as const, note: '' }], note: '' };
    const correction = applyOk(
      received,
      makeAction('request_correction', notice, REVIEWER_T),
      REVIEWER_T,
      at('2026-02-10'),
    );
    const wrongMaterial = {
      materials: [{ materialId: 'm-unknown', form: '原件' as const, files: [FILE_A] }],
      note: '',
    };
    expectRejection(
      applyRejected(correction, makeAction('resubmit', wrongMaterial, AGENT_A), AGENT_A, at('2026-02-11')),
      'invalid_payload',
      /m-unknown/,
    );

    const accepted = acceptedCase();
    const denial = { outcome: 'denied' as const, documentNo: '2号', reason: '  ', file: null };
    expectRejection(
      applyRejected(accepted, makeAction('decide', denial, REVIEWER_T), REVIEWER_T, at('2026-02-13')),
      'invalid_payload',
      /须写明理由/,
    );

    let delivered = applyOk(
      accepted,
      makeAction('decide', { ...denial, reason: '不符合条件' }, REVIEWER_T),
      REVIEWER_T,
      at('2026-02-13'),
    );
    delivered = applyOk(
      delivered,
      makeAction('deliver', { method: 'collected', signature: null, note: '' }, AGENT_A),
      AGENT_A,
      at('2026-02-24'),
    );
    const bad = { level: '非常不满意' as const, reason: '差', channel: 'tablet' as const };
    expectRejection(
      applyRejected(delivered, makeAction('evaluate', bad, AGENT_A), AGENT_A, at('2026-02-24')),
      'invalid_payload',
      '「非常不满意」须填写至少2个字的理由',
    );
    expect(
      applyOk(
        delivered,
        makeAction('evaluate', { ...bad, reason: '太慢' }, AGENT_A),
        AGENT_A,
        at('2026-02-24'),
      ).evaluation?.reason,
    ).toBe('太慢');
  });

  it('produced every rejection code', () => {
    expect([...seen].sort()).toEqual([...REJECTION_CODES].sort());
  });
});
