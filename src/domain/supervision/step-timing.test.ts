import { describe, expect, it } from 'vitest';
import { createOfficialWorkingDayCalendar } from '../calendar/official-schedules';
import { DEFAULT_SUPERVISION_THRESHOLDS } from './supervision-thresholds';
import { stepTiming } from './step-timing';
import { correctionNoticeDue, correctionNoticeTiming } from './correction-notice-due';

const calendar = createOfficialWorkingDayCalendar();
const thresholds = DEFAULT_SUPERVISION_THRESHOLDS;

describe('stepTiming', () => {
  it('pending, overdue, done on time, done late', () => {
    const due = '2026-03-04';
    expect(stepTiming({ due, doneOn: null, today: '2026-03-04', calendar }).state).toBe('pending');
    expect(stepTiming({ due, doneOn: null, today: '2026-03-06', calendar })).toEqual({
      state: 'overdue',
      due,
      overdueWorkingDays: 2,
    });
    expect(stepTiming({ due, doneOn: '2026-03-04', today: '2026-04-01', calendar }).state).toBe(
      'done_on_time',
    );
    expect(stepTiming({ due, doneOn: '2026-03-05', today: '2026-04-01', calendar })).toEqual({
      state: 'done_late',
      due,
      overdueWorkingDays: 1,
    });
  });
});

describe('一次性告知 within 5 working days of 收件', () => {
  it('counts working days: received before 春节 2026', () => {
    // 02-13 Fri = 1, 02-14 Sat 调休 = 2, 02-15..23 春节, 02-24 = 3, 02-25 = 4, 02-26 = 5
    expect(correctionNoticeDue({ receivedOn: '2026-02-12', calendar, thresholds })).toBe('2026-02-26');
    expect(
      correctionNoticeDue({ receivedOn: '2026-02-12', calendar, thresholds: { correctionNoticeDays: 0 } }),
    ).toBe('2026-02-12');
  });

  it('flags a received case nobody answered', () => {
    const base = { receivedOn: '2026-02-12', calendar, thresholds };
    expect(correctionNoticeTiming({ ...base, respondedOn: null, today: '2026-02-27' })).toMatchObject({
      state: 'overdue',
      overdueWorkingDays: 1,
    });
    expect(correctionNoticeTiming({ ...base, respondedOn: '2026-02-24', today: '2026-03-27' }).state).toBe(
      'done_on_time',
    );
  });
});
