import { describe, expect, it } from 'vitest';
import { calendar, TOWNSHIP_ITEM } from '../../domain/case/case-test-fixtures';
import { caseLightOf } from '../cases/case-light';
import type { ListedCase } from '../cases/case-list-filter';
import {
  acceptedCase,
  correctionCase,
  decidedCase,
  deliveredCase,
  renamed,
  submittedCase,
} from '../cases/case-test-heads';
import { todaysWorkOf } from './todays-work';

function listed(today: string, ...heads: ReturnType<typeof acceptedCase>[]): ListedCase[] {
  return heads.map((head) => ({
    head,
    light: caseLightOf(head, today, calendar),
    pendingCount: 0,
    rejectedCount: 0,
  }));
}

describe('今日待办 (today’s work)', () => {
  it('puts each case that waits for the agent in its bucket', () => {
    const rated = { ...renamed(deliveredCase(), 'case-0006', '钱'), evaluation: null };
    const work = todaysWorkOf(
      listed(
        '2026-03-03',
        renamed(submittedCase(), 'case-0001', '甲'),
        renamed(correctionCase(), 'case-0002', '乙'),
        renamed(acceptedCase(), 'case-0003', '丙'), // due 03-04: yellow on 03-03
        renamed(decidedCase(), 'case-0004', '丁'),
        renamed(deliveredCase(), 'case-0005', '戊'),
        {
          ...rated,
          evaluation: {
            level: '满意',
            reason: '',
            channel: 'tablet',
            evaluatedAt: '2026-03-02T10:00:00+08:00',
          },
        },
      ),
    );
    const ids = (cases: ListedCase[]) => cases.map((c) => c.head.id);
    expect(ids(work.corrections)).toEqual(['case-0002']);
    expect(ids(work.toDeliver)).toEqual(['case-0004']);
    expect(ids(work.nearDeadline)).toEqual(['case-0003']);
    expect(ids(work.toEvaluate)).toEqual(['case-0005']);
  });

  it('lists overdue cases before the ones still yellow', () => {
    const late = renamed(acceptedCase(TOWNSHIP_ITEM, '2026-02-12'), 'case-late', '甲'); // due 03-04
    const soon = renamed(acceptedCase(TOWNSHIP_ITEM, '2026-02-25'), 'case-soon', '乙');
    const work = todaysWorkOf(listed('2026-03-09', soon, late));
    expect(work.nearDeadline.map((c) => [c.head.id, c.light.light])).toEqual([
      ['case-late', 'red'],
      ['case-soon', 'yellow'],
    ]);
  });
});
