import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createOfficialWorkingDayCalendar } from '../calendar/official-schedules';
import { addCalendarDays } from '../calendar/iso-date';
import { DEFAULT_SUPERVISION_THRESHOLDS } from '../supervision/supervision-thresholds';
import {
  closeFollowUp,
  createFollowUp,
  FOLLOW_UP_STATUSES,
  followUpOverdue,
  followUpSchema,
  recordRectification,
  recordReturnVisit,
  type FollowUp,
  type FollowUpResult,
} from './follow-up';

const calendar = createOfficialWorkingDayCalendar();
const thresholds = DEFAULT_SUPERVISION_THRESHOLDS;

function unwrap(r: FollowUpResult): FollowUp {
  if (!r.ok) throw new Error(r.reason);
  return r.followUp;
}

// 差评 on 2026-02-12: 回访 within 3 (02-13, 02-14 调休, 02-24), 整改 within 10 (→ 2026-03-04)
const start = createFollowUp({ evaluatedOn: '2026-02-12', thresholds, calendar });

describe('差评 follow-up', () => {
  it('starts awaiting the visit, with working-day due dates', () => {
    expect(start).toMatchObject({
      status: 'awaiting_visit',
      returnVisitDue: '2026-02-24',
      rectificationDue: '2026-03-04',
    });
    expect(followUpSchema.safeParse(start).success).toBe(true);
  });

  it('uses the district thresholds', () => {
    const f = createFollowUp({
      evaluatedOn: '2026-03-02',
      thresholds: { returnVisitWorkingDays: 1, rectificationWorkingDays: 5 },
      calendar,
    });
    expect(f).toMatchObject({ returnVisitDue: '2026-03-03', rectificationDue: '2026-03-09' });
  });

  it('goes 回访 → 整改 → 办结', () => {
    const visited = unwrap(
      recordReturnVisit(start, { on: '2026-02-13', by: '张三', summary: ' 申请人反映排队时间长 ' }),
    );
    expect(visited.status).toBe('awaiting_rectification');
    expect(visited.returnVisit).toEqual({ on: '2026-02-13', by: '张三', summary: '申请人反映排队时间长' });
    const fixed = unwrap(
      recordRectification(visited, { on: '2026-02-26', by: '李四', measures: '增设周六窗口' }),
    );
    expect(fixed.status).toBe('rectified');
    const closed = unwrap(closeFollowUp(fixed, { on: '2026-02-27', by: '王五' }));
    expect(closed.status).toBe('closed');
    expect(followUpSchema.safeParse(closed).success).toBe(true);
    expect(start.status).toBe('awaiting_visit'); // pure
  });

  it('refuses steps out of order with Chinese reasons', () => {
    expect(recordRectification(start, { on: '2026-02-13', by: '李四', measures: '整改' })).toEqual({
      ok: false,
      code: 'illegal_order',
      reason: '尚未回访：须先回访，再登记整改',
    });
    expect(closeFollowUp(start, { on: '2026-02-13', by: '王五' })).toMatchObject({
      reason: '尚未回访，不能办结',
    });
    const visited = unwrap(recordReturnVisit(start, { on: '2026-02-13', by: '张三', summary: '已联系' }));
    expect(recordReturnVisit(visited, { on: '2026-02-14', by: '张三', summary: '再次联系' })).toMatchObject({
      code: 'illegal_order',
      reason: '已登记回访，不能重复回访',
    });
    expect(closeFollowUp(visited, { on: '2026-02-14', by: '王五' })).toMatchObject({
      reason: '尚未整改，不能办结',
    });
  });

  it('refuses dates before the previous step and missing texts', () => {
    expect(recordReturnVisit(start, { on: '2026-02-11', by: '张三', summary: '已联系' })).toMatchObject({
      code: 'invalid_date',
      reason: '回访日期 2026-02-11 不能早于评价日期 2026-02-12',
    });
    expect(recordReturnVisit(start, { on: '2026-02-31', by: '张三', summary: '已联系' })).toMatchObject({
      code: 'invalid_date',
    });
    expect(recordReturnVisit(start, { on: '2026-02-13', by: ' ', summary: '已联系' })).toMatchObject({
      code: 'missing_text',
      reason: '请填写回访人',
    });
    expect(recordReturnVisit(start, { on: '2026-02-13', by: '张三', summary: '好' })).toMatchObject({
      code: 'missing_text',
      reason: '请填写回访情况，至少2个字',
    });
  });

  it('reports overdue and late steps', () => {
    expect(followUpOverdue(start, '2026-02-24', calendar)).toMatchObject({ overdue: false, late: false });
    const r = followUpOverdue(start, '2026-02-26', calendar);
    expect(r.returnVisit).toEqual({ state: 'overdue', due: '2026-02-24', overdueWorkingDays: 2 });
    expect(r.rectification.state).toBe('pending');
    expect(r.overdue).toBe(true);

    const visitedLate = unwrap(recordReturnVisit(start, { on: '2026-02-25', by: '张三', summary: '已联系' }));
    const later = followUpOverdue(visitedLate, '2026-03-05', calendar);
    expect(later.returnVisit.state).toBe('done_late');
    expect(later.rectification).toMatchObject({ state: 'overdue', overdueWorkingDays: 1 });
    expect(later).toMatchObject({ overdue: true, late: true });
  });
});

describe('follow-up state machine properties', () => {
  const op = fc.record({
    kind: fc.constantFrom('visit', 'rectify', 'close'),
    offset: fc.integer({ min: -3, max: 20 }),
  });

  it('steps only ever advance in order, and a rejection changes nothing', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 8 }), (ops) => {
        let f = start;
        let lastDate = f.evaluatedOn;
        for (const { kind, offset } of ops) {
          const on = addCalendarDays(lastDate, offset);
          const before = f;
          const r =
            kind === 'visit'
              ? recordReturnVisit(f, { on, by: '甲', summary: '已联系' })
              : kind === 'rectify'
                ? recordRectification(f, { on, by: '乙', measures: '已整改' })
                : closeFollowUp(f, { on, by: '丙' });
          const expectedFrom = {
            visit: 'awaiting_visit',
            rectify: 'awaiting_rectification',
            close: 'rectified',
          }[kind];
          const shouldPass = f.status === expectedFrom && offset >= 0;
          expect(r.ok).toBe(shouldPass);
          if (r.ok) {
            const idx = FOLLOW_UP_STATUSES.indexOf(r.followUp.status);
            expect(idx).toBe(FOLLOW_UP_STATUSES.indexOf(before.status) + 1);
            expect(followUpSchema.safeParse(r.followUp).success).toBe(true);
            f = r.followUp;
            lastDate = on;
          } else {
            expect(r.reason.length).toBeGreaterThan(0);
            expect(f).toBe(before);
          }
        }
      }),
    );
  });
});
