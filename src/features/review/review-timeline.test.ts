import { describe, expect, it } from 'vitest';
import type { CaseAction } from '../../domain/case/case-types';
import { refusalsOf, reviewTimelineOf, type LocalAction } from './review-timeline';
import { action, apply, received, REVIEWER_A, REVIEWER_B } from './review-test-fixtures';

function local(
  record: CaseAction,
  status: LocalAction['status'],
  serverTime: string | null,
  reason: string | null = null,
): LocalAction {
  return {
    ...record,
    status,
    serverTime,
    rejection: reason === null ? null : { code: 'illegal_transition', reason },
  };
}

describe('refusals and the timeline after two reviewers acted on one case', () => {
  // Reviewer A accepted first; reviewer B's 一次性告知 reached the server afterwards and was refused.
  const base = received();
  const acceptByA = action('accept', { note: '' }, REVIEWER_A);
  const head = apply(base, acceptByA, REVIEWER_A, '2026-09-29');
  const noticeByB = action(
    'request_correction',
    { items: [{ materialId: 'm-bank', problem: 'missing', note: '' }], note: '请补银行卡复印件' },
    REVIEWER_B,
  );
  const actions: LocalAction[] = [
    local(acceptByA, 'accepted', '2026-09-29T01:00:00.000Z'),
    local(noticeByB, 'rejected', '2026-09-29T02:00:00.000Z', '「已受理」状态下不能「补正告知」'),
  ];

  it('tells reviewer B what was refused, why, who came first, and keeps the content', () => {
    const [refusal, ...rest] = refusalsOf(head, actions, REVIEWER_B.userId);
    expect(rest).toEqual([]);
    expect(refusal).toMatchObject({
      reason: '「已受理」状态下不能「补正告知」',
      cause: { type: 'accept', actorName: '张审核', at: '2026-09-29T01:00:00.000Z' },
    });
    expect(refusal?.summary).toContain('银行卡复印件（缺失）');
    expect(refusal?.summary).toContain('请补银行卡复印件');
  });

  it('shows reviewer A no refusal of someone else', () => {
    expect(refusalsOf(head, actions, REVIEWER_A.userId)).toEqual([]);
    expect(reviewTimelineOf(head, actions, REVIEWER_A.userId).map((i) => i.state)).toEqual([
      'done',
      'done',
      'done',
    ]);
  });

  it('orders accepted, pending and refused steps by time for reviewer B', () => {
    const opinion = action('review', { opinion: '材料齐全，同意' }, REVIEWER_B);
    const shown = apply(head, opinion, REVIEWER_B, '2026-09-30');
    const timeline = reviewTimelineOf(
      shown,
      [...actions, local(opinion, 'pending', null)],
      REVIEWER_B.userId,
    );
    expect(timeline.map((i) => [i.type, i.state])).toEqual([
      ['submit', 'done'],
      ['receive', 'done'],
      ['accept', 'done'],
      ['request_correction', 'refused'],
      ['review', 'pending'],
    ]);
    expect(timeline[3]?.reason).toBe('「已受理」状态下不能「补正告知」');
  });
});
