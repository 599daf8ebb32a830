import { describe, expect, it } from 'vitest';
import { caseHeadSchema, type CaseHead } from './case-types';
import { foldActions } from './case-reducer';
import {
  acceptedCase,
  AGENT_A,
  applyOk,
  applyRejected,
  at,
  calendar,
  FILE_A,
  INSTANT_ITEM,
  makeAction,
  REVIEWER_T,
  submitPayload,
  submittedCase,
  TOWNSHIP_ITEM,
} from './case-test-fixtures';

function expectValid(head: CaseHead): void {
  const parsed = caseHeadSchema.safeParse(head);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
}

describe('happy path through every state (official 2026 calendar)', () => {
  it('submit → receive → 补正 → resubmit → accept → review → 挂起 → resume → extend → decide → deliver → evaluate → archive', () => {
    let head = applyOk(null, makeAction('submit', submitPayload(), AGENT_A), AGENT_A, at('2026-02-09'));
    expect(head).toMatchObject({ status: 'submitted', handlingLevel: 'township', createdBy: 'agent-a' });
    expect(head.submittedAt).toBe(at('2026-02-09'));

    head = applyOk(
      head,
      makeAction('receive', { note: '材料已收到' }, REVIEWER_T),
      REVIEWER_T,
      at('2026-02-10'),
    );
    expect(head).toMatchObject({ status: 'received', receivedAt: at('2026-02-10') });

    // 补齐补正: all missing items at once; the clock pauses from that date
    const notice = {
      items: [
        { materialId: 'm-hukou', problem: 'missing' as const, note: '' },
        { materialId: 'm-income', problem: 'defective' as const, note: '需盖章' },
      ],
      note: '请一次补齐',
    };
    head = applyOk(
      head,
      makeAction('request_correction', notice, REVIEWER_T),
      REVIEWER_T,
      at('2026-02-10', '15:00'),
    );
    expect(head.status).toBe('correction');
    expect(head.pauses).toEqual([
      { kind: 'correction', from: '2026-02-10', to: null, reason: '一次性告知补正 2 项' },
    ]);
    expect(head.correctionNotice).toMatchObject({ items: notice.items, issuedBy: '张审核' });

    // a second notice while the first is open is illegal (一次性告知)
    const second = applyRejected(
      head,
      makeAction('request_correction', notice, REVIEWER_T),
      REVIEWER_T,
      at('2026-02-11'),
    );
    expect(second).toEqual({ code: 'illegal_transition', reason: '「待补正」状态下不能「补正告知」' });

    const supplied = [
      { materialId: 'm-hukou', form: '原件' as const, files: [FILE_A] },
      { materialId: 'm-income', form: '电子' as const, files: [FILE_A] },
    ];
    head = applyOk(
      head,
      makeAction('resubmit', { materials: supplied, note: '' }, AGENT_A),
      AGENT_A,
      at('2026-02-11'),
    );
    expect(head.status).toBe('received');
    expect(head.pauses[0]?.to).toBe('2026-02-11');
    expect(head.materials.map((m) => m.materialId)).toEqual(['m-id-card', 'm-hukou', 'm-income']);

    // 受理 on 2026-02-12 with 10 working days: 春节 (02-15..02-23) skipped, 02-14 and 02-28 are 调休 working days.
    // The 补正 pause lies before 受理, when the clock had not started: it does not move the date.
    head = applyOk(
      head,
      makeAction('accept', { note: '' }, REVIEWER_T),
      REVIEWER_T,
      at('2026-02-12', '10:30'),
    );
    expect(head).toMatchObject({
      status: 'accepted',
      acceptedAt: at('2026-02-12', '10:30'),
      deadline: '2026-03-04',
    });

    head = applyOk(
      head,
      makeAction('review', { opinion: '材料齐全，符合条件' }, REVIEWER_T),
      REVIEWER_T,
      at('2026-02-13'),
    );
    expect(head.status).toBe('under_review');

    // 挂起 from Tue 02-24 to Thu 02-26: three working days stopped
    const suspend = { kind: 'inspection' as const, reason: '需现场核查家庭情况' };
    head = applyOk(head, makeAction('suspend', suspend, REVIEWER_T), REVIEWER_T, at('2026-02-24'));
    expect(head).toMatchObject({
      status: 'suspended',
      statusBeforeSuspension: 'under_review',
      deadline: '2026-03-04',
    });
    head = applyOk(
      head,
      makeAction('resume', { note: '核查完毕' }, REVIEWER_T),
      REVIEWER_T,
      at('2026-02-26'),
    );
    expect(head).toMatchObject({
      status: 'under_review',
      statusBeforeSuspension: null,
      deadline: '2026-03-09',
    });
    expect(head.pauses[1]).toEqual({
      kind: 'suspension',
      from: '2026-02-24',
      to: '2026-02-26',
      reason: suspend.reason,
    });

    // 延长 3 working days: 03-10, 03-11, 03-12
    head = applyOk(
      head,
      makeAction('extend', { days: 3, reason: '经负责人批准延长' }, REVIEWER_T),
      REVIEWER_T,
      at('2026-03-02'),
    );
    expect(head).toMatchObject({ status: 'under_review', extensionDays: 3, deadline: '2026-03-12' });

    const decision = {
      outcome: 'approved' as const,
      documentNo: '历下养保〔2026〕15号',
      reason: '',
      file: FILE_A,
    };
    head = applyOk(head, makeAction('decide', decision, REVIEWER_T), REVIEWER_T, at('2026-03-05'));
    expect(head.status).toBe('decided');
    expect(head.decision).toEqual({ ...decision, decidedAt: at('2026-03-05') });

    const delivery = { method: 'in_person' as const, signature: FILE_A, note: '' };
    head = applyOk(head, makeAction('deliver', delivery, AGENT_A), AGENT_A, at('2026-03-06'));
    expect(head).toMatchObject({
      status: 'delivered',
      delivery: { method: 'in_person', deliveredAt: at('2026-03-06') },
    });

    const rating = { level: '非常满意' as const, reason: '', channel: 'tablet' as const };
    head = applyOk(head, makeAction('evaluate', rating, AGENT_A), AGENT_A, at('2026-03-06', '10:00'));
    expect(head.status).toBe('delivered');
    expect(head.evaluation?.level).toBe('非常满意');

    head = applyOk(head, makeAction('archive', { note: '' }, REVIEWER_T), REVIEWER_T, at('2026-03-09'));
    expect(head.status).toBe('archived');

    // 好差评 once only
    const again = applyRejected(head, makeAction('evaluate', rating, AGENT_A), AGENT_A, at('2026-03-10'));
    expect(again).toEqual({ code: 'illegal_transition', reason: '该办件已评价，每件只评价一次' });

    expect(head.timeline.map((e) => e.type)).toEqual([
      'submit',
      'receive',
      'request_correction',
      'resubmit',
      'accept',
      'review',
      'suspend',
      'resume',
      'extend',
      'decide',
      'deliver',
      'evaluate',
      'archive',
    ]);
    expect(head.timeline[4]).toMatchObject({
      actorName: '张审核',
      actorRole: 'reviewer',
      at: at('2026-02-12', '10:30'),
      summary: '受理，承诺办结日期 2026-03-04',
    });
    expect(head.timeline[2]?.summary).toBe(
      '一次性告知补正 2 项：户口簿（缺失）、家庭收入证明（有误）：请一次补齐',
    );
    expectValid(head);
  });

  it('a 补正 pause inside the counting window moves the deadline like a 挂起 (the clock is kind-blind)', () => {
    const accepted = acceptedCase();
    // Simulate a head where a correction pause covers 03-02..03-03 after 受理 (2 working days).
    const paused: CaseHead = {
      ...accepted,
      pauses: [{ kind: 'correction', from: '2026-03-02', to: '2026-03-03', reason: '补正' }],
    };
    const extended = applyOk(
      paused,
      makeAction('extend', { days: 1, reason: '延长' }, REVIEWER_T),
      REVIEWER_T,
      at('2026-03-04'),
    );
    // 03-04 + 2 paused + 1 extension = 03-09 (03-05, 03-06, 03-09)
    expect(extended.deadline).toBe('2026-03-09');
  });

  it('即办件: the deadline is the 受理 date, a China date even when the server time is in UTC', () => {
    const received = applyOk(
      submittedCase(INSTANT_ITEM),
      makeAction('receive', { note: '' }, REVIEWER_T),
      REVIEWER_T,
      at('2026-02-10'),
    );
    // 2026-02-12T23:30Z is 2026-02-13 07:30 in Beijing
    const accepted = applyOk(
      received,
      makeAction('accept', { note: '' }, REVIEWER_T),
      REVIEWER_T,
      '2026-02-12T23:30:00Z',
    );
    expect(accepted.deadline).toBe('2026-02-13');
    expect(accepted.timeline.at(-1)?.summary).toBe('受理（即办件），承诺办结日期 2026-02-13');
  });

  it('uses the server time, never the device clock (clientTime)', () => {
    const received = applyOk(
      submittedCase(),
      makeAction('receive', { note: '' }, REVIEWER_T),
      REVIEWER_T,
      at('2026-02-10'),
    );
    const action = makeAction('accept', { note: '' }, REVIEWER_T, {
      clientTime: '2025-06-01T08:00:00+08:00',
    });
    const accepted = applyOk(received, action, REVIEWER_T, at('2026-02-12'));
    expect(accepted).toMatchObject({
      acceptedAt: at('2026-02-12'),
      deadline: '2026-03-04',
      updatedAt: at('2026-02-12'),
    });
  });

  it('foldActions folds in order and reports rejected actions', () => {
    const submit = makeAction('submit', submitPayload(), AGENT_A);
    const accept = makeAction('accept', { note: '' }, REVIEWER_T);
    const receive = makeAction('receive', { note: '' }, REVIEWER_T);
    const byUser = new Map([AGENT_A, REVIEWER_T].map((a) => [a.userId, a]));
    const { head, rejected } = foldActions([submit, accept, receive], {
      now: at('2026-02-10'),
      calendar,
      actorOf: (a) => byUser.get(a.actorId) ?? AGENT_A,
      nowOf: (a) => (a.type === 'submit' ? at('2026-02-09') : at('2026-02-10')),
    });
    expect(head?.status).toBe('received');
    expect(head?.submittedAt).toBe(at('2026-02-09'));
    expect(rejected).toEqual([
      { action: accept, rejection: { code: 'illegal_transition', reason: '「已报送」状态下不能「受理」' } },
    ]);
  });

  it('does not mutate the head it is given', () => {
    const head = acceptedCase();
    const snapshot = structuredClone(head);
    applyOk(
      head,
      makeAction('extend', { days: 2, reason: '延长' }, REVIEWER_T),
      REVIEWER_T,
      at('2026-02-13'),
    );
    expect(head).toEqual(snapshot);
    expect(TOWNSHIP_ITEM.promisedDays).toBe(10);
  });
});
