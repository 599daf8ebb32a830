import { describe, expect, it } from 'vitest';
import { AGENT_A, makeAction } from '../../domain/case/case-test-fixtures';
import type { WireAction } from '../../db/record-sealing';
import { timelineRowsOf } from './case-timeline';
import { correctionCase, deliveredCase } from './case-test-heads';

function wire(
  action: ReturnType<typeof makeAction>,
  status: WireAction['status'],
  reason?: string,
): WireAction {
  return {
    ...action,
    status,
    rejection: reason ? { code: 'illegal_transition', reason } : null,
    serverTime: null,
  } as WireAction;
}

describe('timelineRowsOf', () => {
  it('lists every step with who and when, in order', () => {
    const rows = timelineRowsOf(correctionCase(), []);
    expect(rows.map((r) => [r.type, r.actorName, r.state])).toEqual([
      ['submit', '王代办', 'synced'],
      ['receive', '张审核', 'synced'],
      ['request_correction', '张审核', 'synced'],
    ]);
    expect(rows[2]?.summary).toContain('户口簿');
    expect(rows[1]?.at).toBe('2026-02-10T09:00:00+08:00');
  });

  it('marks this device’s unconfirmed steps and appends refused ones with the reason', () => {
    const head = deliveredCase();
    const deliver = head.timeline.at(-1);
    const pending = { ...makeAction('deliver', { method: 'in_person', signature: null, note: '' }, AGENT_A) };
    const refused = makeAction('withdraw', { reason: '申请人要求' }, AGENT_A, {
      clientTime: '2026-03-03T09:00:00+08:00',
    });
    const rows = timelineRowsOf(head, [
      wire({ ...pending, id: deliver?.actionId ?? '' }, 'pending'),
      wire(refused, 'rejected', '「已送达」状态下不能「撤回」'),
    ]);
    expect(rows.at(-2)).toMatchObject({ type: 'deliver', state: 'pending' });
    expect(rows.at(-1)).toMatchObject({
      type: 'withdraw',
      state: 'rejected',
      summary: '「已送达」状态下不能「撤回」',
      at: '2026-03-03T09:00:00+08:00',
    });
  });
});
