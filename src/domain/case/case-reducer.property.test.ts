/**
 * Property tests: random sequences of actions, valid and invalid, by random actors, through the reducer.
 * Half the steps are "guided" (an action the UI would offer, from allowedActions) so that sequences reach
 * deep states; the rest are random types, records naming someone else, wrong cases, replays and garbage.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaDateOf } from '../calendar/china-date';
import type { Actor } from '../roles';
import { allowedActions, applyAction, foldActions, INTERNAL_ERROR_REASON } from './case-reducer';
import { CASE_TRANSITIONS } from './case-transitions';
import {
  ACTION_TYPES,
  CASE_STATUSES,
  caseHeadSchema,
  FINAL_STATUSES,
  REJECTION_CODES,
  type ActionPayload,
  type ActionType,
  type CaseAction,
  type CaseHead,
  type CaseStatus,
} from './case-types';
import { step, type Step } from './case-arbitraries';
import {
  AGENT_A,
  ALL_ACTORS,
  calendar,
  makeAction,
  VILLAGE_A,
  VILLAGE_B,
  VILLAGE_C,
} from './case-test-fixtures';

/** What a final status may still accept (designed exceptions): 不予受理 may be archived and rated. */
const AFTER_FINAL: Readonly<Record<string, readonly ActionType[]>> = {
  not_accepted: ['archive', 'evaluate'],
  archived: ['evaluate'],
  withdrawn: [],
};
const ENDINGS: readonly ActionType[] = ['withdraw', 'refuse'];
const STATE_CODES = [
  'forbidden_role',
  'out_of_jurisdiction',
  'illegal_transition',
  'case_exists',
  'case_not_found',
];
const CLOCK_RUNNING: readonly CaseStatus[] = ['accepted', 'under_review', 'suspended', 'decided'];

/** Every (status, action) pair the table allows: the sequences must reach them all. */
const TABLE_PAIRS = ACTION_TYPES.flatMap((type) => {
  const { from } = CASE_TRANSITIONS[type];
  return from === 'none' ? [`new>${type}`] : from.map((status) => `${status}>${type}`);
});
const reached = new Set<string>();

interface Played {
  action: CaseAction;
  actor: Actor;
  now: string;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function shiftClientTime(action: CaseAction, days: number): CaseAction {
  const ms = Date.parse(action.clientTime);
  if (!Number.isFinite(ms)) return action;
  return { ...action, clientTime: new Date(ms + days * 86_400_000).toISOString() };
}

/** Runs the steps one by one, checking each result; returns what was played. */
function play(steps: readonly Step[], startMs: number) {
  let head: CaseHead | null = null;
  let time = startMs;
  let accepted = 0;
  const played: Played[] = [];
  for (const s of steps) {
    time += s.hours * 3_600_000;
    const now = new Date(time).toISOString();
    let type: ActionType = ACTION_TYPES[s.typePick % ACTION_TYPES.length] ?? 'receive';
    let actor = s.actor;
    if (s.kind === 'guided') {
      // someone with a button to press; the endings (撤回, 不予受理) only now and then, so that sequences go deep
      const current = head;
      const wantEnding = s.endingRoll === 0;
      const choices = (a: Actor) =>
        allowedActions(current, a).filter((t) => ENDINGS.includes(t) === wantEnding);
      const able = ALL_ACTORS.filter((a) => choices(a).length > 0);
      actor = able[s.actorPick % Math.max(able.length, 1)] ?? actor;
      const pool = choices(actor);
      type = pool[s.typePick % Math.max(pool.length, 1)] ?? type;
    }
    const overrides =
      s.place === 'other-case'
        ? { caseId: 'case-000002' }
        : {
            regionCode:
              s.place === 'other-village' ? (actor.scope.length === 12 ? VILLAGE_C : VILLAGE_B) : VILLAGE_A,
            caseId: 'case-000001',
          };
    const claimed = s.kind === 'impostor' ? s.other : actor;
    // a copy, so that foldActions' actorOf (keyed by object) can tell the replay from the original
    const original =
      s.kind === 'replay' ? played[s.typePick % Math.max(played.length, 1)]?.action : undefined;
    const replayed = typeof original === 'object' && original !== null ? { ...original } : undefined;
    const action: CaseAction =
      s.kind === 'garbage'
        ? (s.garbage as CaseAction)
        : (replayed ?? makeAction(type, s.payloads[type] as ActionPayload<typeof type>, claimed, overrides));

    const before: CaseHead | null = head;
    const allowed = allowedActions(before, actor);
    const result = applyAction(before, action, { actor, now, calendar });
    played.push({ action, actor, now });

    if (result.ok) {
      if (result.head === before) continue; // replay of an action already applied
      accepted++;
      const next: CaseHead = deepFreeze(result.head);
      expect(caseHeadSchema.safeParse(next).success).toBe(true);
      expect(CASE_STATUSES).toContain(next.status);
      expect(allowed).toContain(action.type);
      if (before !== null && FINAL_STATUSES.includes(before.status)) {
        expect(AFTER_FINAL[before.status]).toContain(action.type);
      }
      expect(next.timeline).toHaveLength(accepted);
      expect(next.timeline.at(-1)).toMatchObject({ actionId: action.id, at: now, actorName: actor.name });
      // the clock: running statuses have a 受理 time and a deadline not before the 受理 date
      if (CLOCK_RUNNING.includes(next.status)) {
        expect(next.acceptedAt).not.toBeNull();
        expect(next.deadline).not.toBeNull();
        expect(String(next.deadline) >= chinaDateOf(String(next.acceptedAt))).toBe(true);
      }
      // one open pause exactly while in 补正 or 挂起
      const open = next.pauses.filter((p) => p.to === null).length;
      expect(open).toBe(next.status === 'correction' || next.status === 'suspended' ? 1 : 0);
      reached.add(`${before?.status ?? 'new'}>${action.type}`);
      head = next;
    } else {
      const { code, reason } = result.rejection;
      expect(REJECTION_CODES).toContain(code);
      expect(reason.trim().length).toBeGreaterThan(0);
      expect(reason.startsWith(INTERNAL_ERROR_REASON)).toBe(false);
      if (s.kind === 'garbage' || s.kind === 'replay') continue;
      // an action the UI offered, honestly signed, on this case: refused only for its payload
      const honest = action.actorId === actor.userId && action.actorRole === actor.role;
      const samePlace =
        before === null
          ? action.regionCode.startsWith(actor.scope)
          : action.caseId === before.id && action.regionCode === before.regionCode;
      if (honest && samePlace && allowed.includes(action.type)) expect(STATE_CODES).not.toContain(code);
    }
  }
  return { head, played, accepted };
}

/** A random sequence: every step checked by play, then the whole log folded again three ways. */
const sequenceProperty = fc.property(
  fc.array(step, { maxLength: 50, size: 'max' }),
  fc.integer({ min: 0, max: 700 }),
  fc.integer({ min: -3, max: 3 }),
  (steps, startDay, shiftDays) => {
    const startMs = Date.parse('2026-01-01T01:00:00Z') + startDay * 86_400_000;
    const { head, played, accepted } = play(steps, startMs);

    const byAction = new Map(played.map((p) => [p.action, p]));
    const fold = (actions: readonly CaseAction[]) =>
      foldActions(actions, {
        now: '2030-01-01T00:00:00Z',
        calendar,
        actorOf: (a) => byAction.get(a)?.actor ?? AGENT_A,
        nowOf: (a) => byAction.get(a)?.now ?? '2030-01-01T00:00:00Z',
      });
    const actions = played.map((p) => p.action);
    const first = fold(actions);
    expect(first.head).toEqual(head);
    expect(first.head?.timeline.length ?? 0).toBe(accepted);
    // determinism: the same log folds to the same head and the same rejections
    expect(fold(actions)).toEqual(first);

    // the device clock is shown, never used: shifting every clientTime by ±3 days changes nothing
    const shifted = actions.map((a) => {
      const original = byAction.get(a);
      if (typeof a !== 'object' || a === null || typeof a.clientTime !== 'string' || !original) return a;
      const moved = shiftClientTime(a, shiftDays);
      byAction.set(moved, original);
      return moved;
    });
    expect(fold(shifted).head).toEqual(first.head);
  },
);

describe('case reducer properties', () => {
  it('random sequences never throw and keep every invariant; folding is deterministic and ignores clientTime', () => {
    fc.assert(sequenceProperty, { numRuns: 400 });
  }, 60_000);

  it('the guided steps reach every (status, action) pair of the table (fixed seed, so not flaky)', () => {
    reached.clear();
    fc.assert(sequenceProperty, { numRuns: 400, seed: 20_260_212 });
    expect(TABLE_PAIRS.filter((pair) => !reached.has(pair))).toEqual([]);
  }, 60_000);

  it('never throws on any value as action, head or context', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (action, head, now) => {
        const result = applyAction(head as CaseHead | null, action as CaseAction, {
          actor: AGENT_A,
          now: now as string,
          calendar,
        });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
