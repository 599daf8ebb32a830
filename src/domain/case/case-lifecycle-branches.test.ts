import { describe, expect, it } from 'vitest';
import { applyAction } from './case-reducer';
import { caseHeadSchema, type CaseHead } from './case-types';
import {
  acceptedCase,
  AGENT_A,
  applyOk,
  applyRejected,
  at,
  calendar,
  DISTRICT_ITEM,
  makeAction,
  REVIEWER_T,
  SUPERVISOR,
  submittedCase,
} from './case-test-fixtures';

function expectValid(head: CaseHead): void {
  const parsed = caseHeadSchema.safeParse(head);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
}

describe('branches of the lifecycle: 转报, 不予受理, 撤回, replays', () => {
  it('转报: a district item is received by the township, forwarded, then handled by the district supervisor', () => {
    let head = submittedCase(DISTRICT_ITEM);
    head = applyOk(head, makeAction('receive', { note: '' }, REVIEWER_T), REVIEWER_T, at('2026-03-02'));
    head = applyOk(
      head,
      makeAction('forward', { note: '转区残联' }, REVIEWER_T),
      REVIEWER_T,
      at('2026-03-02', '11:00'),
    );
    expect(head).toMatchObject({ status: 'submitted', handlingLevel: 'district', receivedAt: null });

    // the township no longer receives or decides it
    expect(
      applyRejected(head, makeAction('receive', { note: '' }, REVIEWER_T), REVIEWER_T, at('2026-03-03')),
    ).toEqual({
      code: 'forbidden_role',
      reason: '乡镇审核员不能「收件」（由区监管员办理）',
    });
    head = applyOk(head, makeAction('receive', { note: '' }, SUPERVISOR), SUPERVISOR, at('2026-03-03'));
    expect(head.timeline.at(-1)?.summary).toBe('区级收件');
    head = applyOk(
      head,
      makeAction('accept', { note: '' }, SUPERVISOR),
      SUPERVISOR,
      at('2026-03-03', '14:00'),
    );
    // 15 working days after Tue 03-03 (no holiday until 清明 04-04): 03-24
    expect(head.deadline).toBe('2026-03-24');
    const decision = {
      outcome: 'denied' as const,
      documentNo: '历残〔2026〕3号',
      reason: '残疾等级评定未达标准',
      file: null,
    };
    head = applyOk(head, makeAction('decide', decision, SUPERVISOR), SUPERVISOR, at('2026-03-10'));
    head = applyOk(
      head,
      makeAction('deliver', { method: 'post', signature: null, note: '' }, AGENT_A),
      AGENT_A,
      at('2026-03-11'),
    );
    head = applyOk(head, makeAction('archive', { note: '' }, SUPERVISOR), SUPERVISOR, at('2026-03-12'));
    expect(head.status).toBe('archived');
    expect(head.decision?.outcome).toBe('denied');
    expectValid(head);
  });

  it('不予受理 from 补正, then archive and a 差评 with a reason', () => {
    let head = applyOk(
      submittedCase(),
      makeAction('receive', { note: '' }, REVIEWER_T),
      REVIEWER_T,
      at('2026-03-02'),
    );
    const notice = {
      items: [{ materialId: null, problem: 'missing' as const, note: '缺少村委会证明' }],
      note: '',
    };
    head = applyOk(head, makeAction('request_correction', notice, REVIEWER_T), REVIEWER_T, at('2026-03-02'));
    head = applyOk(
      head,
      makeAction('refuse', { reason: '逾期未补正，且不符合参保条件' }, REVIEWER_T),
      REVIEWER_T,
      at('2026-03-20'),
    );
    expect(head).toMatchObject({ status: 'not_accepted', refusalReason: '逾期未补正，且不符合参保条件' });
    expect(head.pauses[0]).toMatchObject({ from: '2026-03-02', to: '2026-03-20' });
    const rating = { level: '不满意' as const, reason: '等待太久', channel: 'paper' as const };
    head = applyOk(head, makeAction('evaluate', rating, AGENT_A), AGENT_A, at('2026-03-21'));
    head = applyOk(head, makeAction('archive', { note: '' }, AGENT_A), AGENT_A, at('2026-03-23'));
    expect(head.status).toBe('archived');
    expect(head.refusalReason).not.toBeNull();
    expectValid(head);
  });

  it('撤回 while suspended closes the pause; nothing is accepted afterwards, not even 归档', () => {
    let head = acceptedCase();
    head = applyOk(
      head,
      makeAction('suspend', { kind: 'hearing', reason: '听证' }, REVIEWER_T),
      REVIEWER_T,
      at('2026-02-25'),
    );
    head = applyOk(
      head,
      makeAction('withdraw', { reason: '申请人不再申请' }, AGENT_A),
      AGENT_A,
      at('2026-02-27'),
    );
    expect(head).toMatchObject({
      status: 'withdrawn',
      statusBeforeSuspension: null,
      withdrawnReason: '申请人不再申请',
    });
    expect(head.pauses.at(-1)?.to).toBe('2026-02-27');
    expect(
      applyRejected(head, makeAction('archive', { note: '' }, REVIEWER_T), REVIEWER_T, at('2026-03-01')),
    ).toEqual({
      code: 'illegal_transition',
      reason: '「已撤回」状态下不能「归档」',
    });
    expectValid(head);
  });

  it('a reviewer may record a withdrawal; an action already on the timeline is a no-op (replay)', () => {
    const head = submittedCase();
    const withdraw = makeAction('withdraw', { reason: '申请人电话告知撤回' }, REVIEWER_T);
    const withdrawn = applyOk(head, withdraw, REVIEWER_T, at('2026-02-10'));
    const replay = applyAction(withdrawn, withdraw, { actor: REVIEWER_T, now: at('2026-02-11'), calendar });
    expect(replay).toEqual({ ok: true, head: withdrawn });
    const submit = withdrawn.timeline[0];
    expect(submit?.type).toBe('submit');
  });
});
