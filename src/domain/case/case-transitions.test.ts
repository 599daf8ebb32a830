import { describe, expect, it } from 'vitest';
import type { Actor } from '../roles';
import { allowedActions, applyAction } from './case-reducer';
import { CASE_TRANSITIONS } from './case-transitions';
import { ACTION_TYPES } from './case-types';
import {
  acceptedCase,
  ADMIN,
  AGENT_A,
  AGENT_B,
  applyOk,
  at,
  calendar,
  DISTRICT_ITEM,
  makeAction,
  REVIEWER_T,
  REVIEWER_U,
  SUPERVISOR,
  submittedCase,
} from './case-test-fixtures';

describe('allowedActions and the transition table', () => {
  it('shows only the legal buttons', () => {
    expect(allowedActions(null, AGENT_A)).toEqual(['submit']);
    expect(allowedActions(null, REVIEWER_T)).toEqual([]);
    const head = submittedCase();
    expect(allowedActions(head, AGENT_A)).toEqual(['withdraw']);
    expect(allowedActions(head, REVIEWER_T)).toEqual(['receive', 'withdraw']);
    expect(allowedActions(head, AGENT_B)).toEqual([]);
    expect(allowedActions(head, REVIEWER_U)).toEqual([]);
    expect(allowedActions(head, ADMIN)).toEqual([]);
    expect(allowedActions(acceptedCase(), REVIEWER_T)).toEqual([
      'review',
      'suspend',
      'extend',
      'decide',
      'withdraw',
    ]);
    const district = applyOk(
      submittedCase(DISTRICT_ITEM),
      makeAction('receive', { note: '' }, REVIEWER_T),
      REVIEWER_T,
      at('2026-02-10'),
    );
    expect(allowedActions(district, REVIEWER_T)).toEqual([
      'request_correction',
      'refuse',
      'accept',
      'forward',
      'withdraw',
    ]);
  });

  it('admin takes no case action; every action has someone at the township', () => {
    for (const type of ACTION_TYPES) {
      const { roles } = CASE_TRANSITIONS[type];
      expect([...roles.township, ...roles.district]).not.toContain('admin');
      expect(roles.township.length).toBeGreaterThan(0);
    }
  });

  it('agrees with applyAction on the first check that fails', () => {
    const head = acceptedCase();
    const actors: Actor[] = [AGENT_A, REVIEWER_T, SUPERVISOR];
    for (const actor of actors) {
      const allowed = allowedActions(head, actor);
      const extend = applyAction(head, makeAction('extend', { days: 1, reason: '延长' }, actor), {
        actor,
        now: at('2026-02-13'),
        calendar,
      });
      expect(extend.ok).toBe(allowed.includes('extend'));
    }
  });
});
