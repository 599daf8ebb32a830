import { describe, expect, it } from 'vitest';
import type { Actor } from '../roles';
import type { ActionPayload, ActionType, CaseHead } from '../case/case-types';
import {
  AGENT_A,
  AGENT_C,
  applyOk,
  at,
  calendar,
  makeAction,
  REVIEWER_T,
  REVIEWER_U,
  submitPayload,
  VILLAGE_A,
  VILLAGE_C,
} from '../case/case-test-fixtures';
import { DEFAULT_SUPERVISION_THRESHOLDS } from '../supervision/supervision-thresholds';
import { combineIndicators, computeIndicators, type IndicatorInput } from './compute-indicators';
import { groupIndicators } from './group-indicators';

type Step = { [T in ActionType]: [T, ActionPayload<T>, Actor, string] }[ActionType];

/** A case folded from its steps (each [type, payload, actor, China date]). */
function caseOf(caseId: string, regionCode: string, steps: readonly Step[]): CaseHead {
  let head: CaseHead | null = null;
  steps.forEach(([type, payload, actor, date], i) => {
    const action = makeAction(type, payload, actor, { caseId, regionCode, id: `${caseId}-${i}` });
    head = applyOk(head, action, actor, at(date, `${String(9 + i).padStart(2, '0')}:00`));
  });
  if (head === null) throw new Error('no steps');
  return head;
}

const note = { note: '' };
const decide = { outcome: 'approved', documentNo: '青岚民〔2026〕1号', reason: '', file: null } as const;
const deliver = { method: 'in_person', signature: null, note: '' } as const;
/** submitted 02-09, received 02-10, accepted 02-12: due 2026-03-04 (10 working days, 春节 and 调休 counted). */
const accepted = (): Step[] => [
  ['submit', submitPayload(), AGENT_A, '2026-02-09'],
  ['receive', note, REVIEWER_T, '2026-02-10'],
  ['accept', note, REVIEWER_T, '2026-02-12'],
];

const onTime = caseOf('case-on-time', VILLAGE_A, [
  ...accepted(),
  ['decide', decide, REVIEWER_T, '2026-03-02'], // 8 working days
  ['deliver', deliver, AGENT_A, '2026-03-03'],
  ['evaluate', { level: '满意', reason: '', channel: 'tablet' }, AGENT_A, '2026-03-03'],
]);
const late = caseOf('case-late', VILLAGE_A, [
  ...accepted(),
  ['decide', decide, REVIEWER_T, '2026-03-06'], // 12 working days: 2 late
  ['deliver', deliver, AGENT_A, '2026-03-09'],
  ['evaluate', { level: '不满意', reason: '等了很久', channel: 'paper' }, AGENT_A, '2026-03-09'],
]);
const open = caseOf('case-open', VILLAGE_A, accepted());
const withdrawn = caseOf('case-withdrawn', VILLAGE_A, [
  ...accepted(),
  ['withdraw', { reason: '申请人主动撤回' }, AGENT_A, '2026-02-20'],
]);
const refused = caseOf('case-refused', VILLAGE_C, [
  ['submit', submitPayload(), AGENT_C, '2026-03-02'],
  ['receive', note, REVIEWER_U, '2026-03-02'],
  ['refuse', { reason: '不符合受理条件' }, REVIEWER_U, '2026-03-03'],
]);

const consultations = [
  { regionCode: VILLAGE_A, clientTime: at('2026-02-10'), serverTime: at('2026-02-10') },
  { regionCode: VILLAGE_C, itemCode: 'x', clientTime: at('2026-02-27'), serverTime: '2026-02-28T16:30:00Z' },
  { regionCode: VILLAGE_A, clientTime: at('2026-03-05'), serverTime: null },
];

function input(from: string, to: string, scope?: string): IndicatorInput {
  return {
    heads: [onTime, late, open, withdrawn, refused],
    consultations,
    period: { from, to },
    calendar,
    today: '2026-03-10',
    thresholds: DEFAULT_SUPERVISION_THRESHOLDS,
    ...(scope === undefined ? {} : { scope }),
  };
}

describe('computeIndicators', () => {
  it('counts February: four cases 代办 and 受理, 办结率 over the accepted cases not withdrawn', () => {
    const f = computeIndicators(input('2026-02-01', '2026-02-28'));
    expect(f).toMatchObject({
      submitted: 4,
      accepted: 4,
      decided: 0,
      acceptedDecided: 2,
      acceptedWithdrawn: 1,
    });
    expect(f.completionRate).toBeCloseTo(2 / 3);
    expect(f.averageWorkingDays).toBeNull();
    expect(f.satisfactionRate).toBeNull();
    // 16:30Z on 02-28 is 00:30 on 03-01 in China: the March figure gets it
    expect(f.consultations).toBe(1);
    expect(f.overdue).toBe(0);
  });

  it('counts March: 办结 2 in 10 working days on average, 超期 2 (one late, one still open), 满意率 50%', () => {
    const f = computeIndicators(input('2026-03-01', '2026-03-31'));
    expect(f).toMatchObject({ submitted: 1, accepted: 0, decided: 2, overdue: 2, ratings: 2, satisfied: 1 });
    expect(f.completionRate).toBeNull();
    expect(f.averageWorkingDays).toBe(10);
    expect(f.satisfactionRate).toBe(0.5);
    expect(f.consultations).toBe(2);
  });

  it('judges the open case on today: not yet overdue before its due date', () => {
    const f = computeIndicators({ ...input('2026-03-01', '2026-03-31'), today: '2026-03-04' });
    // the late case was decided on 03-06, after this "today": on 03-04 it is open and due that very day
    expect(f.overdue).toBe(0);
  });

  it('restricts to a scope (one township)', () => {
    const f = computeIndicators(input('2026-02-01', '2026-03-31', VILLAGE_C.slice(0, 9)));
    expect(f).toMatchObject({ submitted: 1, accepted: 0, consultations: 1 });
  });

  it('groups by month, township, village and item, and the rows add up', () => {
    const whole = input('2026-01-15', '2026-03-31');
    const months = groupIndicators(whole, 'month');
    expect(months.map((r) => r.key)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(months[0]?.figures.submitted).toBe(0);
    const townships = groupIndicators(whole, 'township');
    expect(townships.map((r) => r.key)).toEqual([VILLAGE_A.slice(0, 9), VILLAGE_C.slice(0, 9)]);
    const items = groupIndicators(whole, 'item');
    expect(items.map((r) => r.key)).toEqual(['', onTime.item.code, 'x']);
    for (const by of ['month', 'township', 'village', 'item'] as const) {
      const rows = groupIndicators(whole, by);
      expect(combineIndicators(rows.map((r) => r.figures))).toEqual(computeIndicators(whole));
    }
  });
});
