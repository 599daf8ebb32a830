import { describe, expect, it } from 'vitest';
import { createOfficialWorkingDayCalendar } from '../../../src/domain/calendar/official-schedules';
import type { CaseHead } from '../../../src/domain/case/case-types';
import { DEFAULT_SUPERVISION_THRESHOLDS } from '../../../src/domain/supervision/supervision-thresholds';
import { caseHead, VILLAGE_A1, VILLAGE_A2, VILLAGE_B1 } from '../store/store-contract-fixtures';
import { thresholdsAt } from './district-thresholds';
import { lightCountsBy, overdueRows } from './overdue-list';

const calendar = createOfficialWorkingDayCalendar();
const ctx = { today: '2026-03-09', calendar, thresholds: DEFAULT_SUPERVISION_THRESHOLDS };

function head(id: string, regionCode: string, overrides: Partial<CaseHead>): CaseHead {
  return { ...caseHead(id, regionCode), receiptNo: `R-${id}`, ...overrides };
}
// accepted Monday 2026-03-02, 承诺 5 working days → due 2026-03-09
const acceptedHead = (id: string, regionCode = VILLAGE_A1, overrides: Partial<CaseHead> = {}) =>
  head(id, regionCode, {
    status: 'accepted',
    acceptedAt: '2026-03-02T02:00:00.000Z',
    item: { ...caseHead(id, regionCode).item, promisedDays: 5 },
    deadline: '2026-03-09',
    ...overrides,
  });

describe('overdueRows (超期预警清单)', () => {
  it('shows a case due today as yellow and one past its date as red with the working days late', () => {
    const rows = overdueRows(
      [acceptedHead('due-today'), acceptedHead('late', VILLAGE_A2, { deadline: '2026-03-04' })],
      ctx,
    );
    expect(rows.map((r) => [r.caseId, r.light, r.remainingWorkingDays, r.overdueWorkingDays])).toEqual([
      ['late', 'red', 0, 3],
      ['due-today', 'yellow', 0, 0],
    ]);
  });

  it('never lists a decided, withdrawn or refused case, nor one far from its date', () => {
    const decision = {
      outcome: 'approved' as const,
      documentNo: 'x',
      reason: '',
      file: null,
      decidedAt: '2026-03-06T02:00:00.000Z',
    };
    const rows = overdueRows(
      [
        acceptedHead('decided', VILLAGE_A1, { status: 'decided', deadline: '2026-03-04', decision }),
        acceptedHead('withdrawn', VILLAGE_A1, { status: 'withdrawn', deadline: '2026-03-04' }),
        head('refused', VILLAGE_A1, { status: 'not_accepted', receivedAt: '2026-02-02T02:00:00.000Z' }),
        acceptedHead('far', VILLAGE_A1, { deadline: '2026-03-31' }),
      ],
      ctx,
    );
    expect(rows).toEqual([]);
  });

  it('freezes the clock of a case whose 挂起 is still open: not red, however late the calendar is', () => {
    const paused = acceptedHead('paused', VILLAGE_A1, {
      status: 'suspended',
      deadline: null,
      pauses: [{ kind: 'suspension', from: '2026-03-06', to: null, reason: '专家评审' }],
    });
    const [row] = overdueRows([paused], { ...ctx, today: '2026-04-30' });
    // the clock stopped on 03-05 with 2 working days left (03-06, 03-09): yellow and paused, never red
    expect(row).toMatchObject({ light: 'yellow', isPaused: true });
  });

  it('flags a received case not answered within the 一次性告知 limit, and counts lights by region', () => {
    const received = head('waiting', VILLAGE_B1, {
      status: 'received',
      receivedAt: '2026-03-02T02:00:00.000Z',
    });
    const late = overdueRows([received], { ...ctx, today: '2026-03-10' });
    expect(late[0]).toMatchObject({ kind: 'notice', light: 'red', due: '2026-03-09', overdueWorkingDays: 1 });
    expect(overdueRows([received], { ...ctx, today: '2026-03-04' })).toEqual([]);
    const rows = overdueRows(
      [received, acceptedHead('a'), acceptedHead('b', VILLAGE_A2, { deadline: '2026-03-04' })],
      {
        ...ctx,
        today: '2026-03-10',
      },
    );
    expect(lightCountsBy(rows, 'township')).toEqual([
      { key: '360799101', red: 2, yellow: 0 },
      { key: '360799102', red: 1, yellow: 0 },
    ]);
  });
});

describe('thresholdsAt (监察阈值 in force)', () => {
  const setting = (id: number, setAt: string, yellowWorkingDays: number) => ({
    id,
    districtCode: '360799',
    thresholds: { ...DEFAULT_SUPERVISION_THRESHOLDS, yellowWorkingDays },
    setBy: 'u',
    setAt,
  });
  it('takes the newest setting made at or before the instant, the defaults before any', () => {
    const settings = [setting(2, '2026-03-05T00:00:00.000Z', 4), setting(1, '2026-03-01T00:00:00.000Z', 1)];
    expect(thresholdsAt(settings, '2026-02-28T00:00:00.000Z')).toEqual(DEFAULT_SUPERVISION_THRESHOLDS);
    expect(thresholdsAt(settings, '2026-03-01T00:00:00.000Z').yellowWorkingDays).toBe(1);
    expect(thresholdsAt(settings, '2026-03-04T23:59:59.000Z').yellowWorkingDays).toBe(1);
    expect(thresholdsAt(settings, '2026-03-06T00:00:00.000Z').yellowWorkingDays).toBe(4);
  });
});
