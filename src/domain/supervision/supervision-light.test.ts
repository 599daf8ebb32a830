import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createOfficialWorkingDayCalendar } from '../calendar/official-schedules';
import { addCalendarDays, epochDayOf, isoDateOfEpochDay } from '../calendar/iso-date';
import { DEFAULT_SUPERVISION_THRESHOLDS } from './supervision-thresholds';
import { describeSupervisionLight, SUPERVISION_LIGHT_LABELS, supervisionLight } from './supervision-light';
import type { PauseInterval } from '../calendar/working-day-calendar-type';

const calendar = createOfficialWorkingDayCalendar();
const thresholds = DEFAULT_SUPERVISION_THRESHOLDS;
// 受理 2026-02-12, 承诺 10 working days → 2026-03-04 (春节 and two 调休 Saturdays in between)
const deadline = calendar.addWorkingDays('2026-02-12', 10);

const at = (today: string, extra: { finishedOn?: string | null; pauses?: PauseInterval[] } = {}) =>
  supervisionLight({ deadline, today, calendar, thresholds, ...extra });

describe('supervisionLight', () => {
  it('labels the lights in Chinese', () => {
    expect(SUPERVISION_LIGHT_LABELS.green.label).toBe('绿灯 正常');
    expect(SUPERVISION_LIGHT_LABELS.yellow.label).toBe('黄灯 预警');
    expect(SUPERVISION_LIGHT_LABELS.red.label).toBe('红灯 超期');
  });

  it('none before 受理 (no deadline yet)', () => {
    const r = supervisionLight({ deadline: null, today: '2026-03-01', calendar, thresholds });
    expect(r).toMatchObject({ light: 'none', remainingWorkingDays: null, overdueWorkingDays: 0 });
    expect(describeSupervisionLight(r)).toBe('未计时：尚未受理');
  });

  it('green while more than 2 working days remain; 春节 days do not count down', () => {
    expect(at('2026-02-13')).toMatchObject({ light: 'green', remainingWorkingDays: 9 });
    expect(at('2026-02-16').remainingWorkingDays).toBe(8); // in 春节: Feb 14 (调休) was the last counted day
    expect(at('2026-02-23').remainingWorkingDays).toBe(8);
    expect(at('2026-02-27')).toMatchObject({ light: 'green', remainingWorkingDays: 4 }); // 02-28 调休 still ahead
  });

  it('yellow when ≤ 2 working days remain, including the due date', () => {
    expect(at('2026-03-02')).toMatchObject({ light: 'yellow', remainingWorkingDays: 2 });
    expect(at('2026-03-04')).toMatchObject({ light: 'yellow', remainingWorkingDays: 0 });
    expect(describeSupervisionLight(at('2026-03-04'))).toBe('黄灯 预警：今日到期');
    expect(describeSupervisionLight(at('2026-03-03'))).toBe('黄灯 预警：剩余 1 个工作日');
  });

  it('the yellow threshold is configurable', () => {
    const strict = { yellowWorkingDays: 0 };
    expect(supervisionLight({ deadline, today: '2026-03-03', calendar, thresholds: strict }).light).toBe(
      'green',
    );
    expect(supervisionLight({ deadline, today: '2026-03-04', calendar, thresholds: strict }).light).toBe(
      'yellow',
    );
    const early = { yellowWorkingDays: 5 };
    expect(supervisionLight({ deadline, today: '2026-02-26', calendar, thresholds: early }).light).toBe(
      'yellow',
    );
  });

  it('red after the deadline, counting overdue working days', () => {
    expect(at('2026-03-05')).toMatchObject({ light: 'red', remainingWorkingDays: 0, overdueWorkingDays: 1 });
    expect(at('2026-03-08')).toMatchObject({ light: 'red', overdueWorkingDays: 2 }); // Sunday
    expect(describeSupervisionLight(at('2026-03-09'))).toBe('红灯 超期：已超期 3 个工作日');
  });

  it('a finished case is judged on its 办结 date and stays fixed', () => {
    const onTime = at('2026-04-30', { finishedOn: '2026-03-04' });
    expect(onTime).toMatchObject({ light: 'green', remainingWorkingDays: 0, finished: true });
    expect(describeSupervisionLight(onTime)).toBe('绿灯 正常：按期办结');
    const late = at('2026-04-30', { finishedOn: '2026-03-06' });
    expect(late).toMatchObject({ light: 'red', overdueWorkingDays: 2, finished: true });
    expect(describeSupervisionLight(late)).toBe('红灯 超期：超期 2 个工作日办结');
  });

  it('an open pause (补齐补正 still waiting) freezes the count and keeps the case from turning red', () => {
    const pauses = [{ from: '2026-03-02', to: null }];
    const before = at('2026-02-28');
    for (const today of ['2026-03-02', '2026-03-05', '2026-04-20']) {
      const r = at(today, { pauses });
      expect(r).toMatchObject({ light: 'green', remainingWorkingDays: 3, paused: true });
      expect(r.remainingWorkingDays).toBe(before.remainingWorkingDays);
    }
    expect(describeSupervisionLight(at('2026-03-05', { pauses }))).toBe(
      '绿灯 正常：剩余 3 个工作日（暂停计时）',
    );
  });

  it('an ended pause: the head deadline includes it, and its days are not counted', () => {
    const pauses = [{ from: '2026-03-02', to: '2026-03-05' }];
    const extended = calendar.addWorkingDays('2026-02-12', 10, pauses);
    expect(extended).toBe('2026-03-10');
    const light = (today: string) =>
      supervisionLight({ deadline: extended, today, pauses, calendar, thresholds });
    expect(light('2026-02-28').remainingWorkingDays).toBe(3);
    expect(light('2026-03-03')).toMatchObject({ remainingWorkingDays: 3, paused: true });
    expect(light('2026-03-05')).toMatchObject({ remainingWorkingDays: 3, paused: true });
    expect(light('2026-03-06')).toMatchObject({ light: 'yellow', remainingWorkingDays: 2, paused: false });
    expect(light('2026-03-11')).toMatchObject({ light: 'red', overdueWorkingDays: 1 });
  });
});

const dateArb = fc
  .integer({ min: epochDayOf('2024-01-01'), max: epochDayOf('2026-10-31') })
  .map((d) => isoDateOfEpochDay(d));

describe('supervisionLight properties', () => {
  it('without pauses: red iff today is after the deadline; remaining + elapsed = limit', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 120 }),
        (accepted, n, k) => {
          const d = calendar.addWorkingDays(accepted, n);
          const today = addCalendarDays(accepted, k);
          const r = supervisionLight({ deadline: d, today, calendar, thresholds });
          expect(r.light === 'red').toBe(today > d);
          if (today <= d) {
            expect(
              (r.remainingWorkingDays ?? Number.NaN) + calendar.workingDaysBetween(accepted, today),
            ).toBe(n);
            expect(r.light).toBe(
              (r.remainingWorkingDays ?? Number.NaN) <= thresholds.yellowWorkingDays ? 'yellow' : 'green',
            );
          } else {
            expect(r.overdueWorkingDays + n).toBe(calendar.workingDaysBetween(accepted, today));
          }
        },
      ),
    );
  });

  it('remaining never increases as days pass, and paused days never count down', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (accepted, n, pauseStart, length) => {
          const from = addCalendarDays(accepted, pauseStart);
          const pauses = [{ from, to: addCalendarDays(from, length) }];
          const d = calendar.addWorkingDays(accepted, n, pauses);
          const seen: number[] = [];
          for (let today = accepted; today <= addCalendarDays(d, 3); today = addCalendarDays(today, 1)) {
            const r = supervisionLight({ deadline: d, today, pauses, calendar, thresholds });
            const left = r.light === 'red' ? -r.overdueWorkingDays : (r.remainingWorkingDays ?? Number.NaN);
            if (r.paused) expect(left).toBe(seen[seen.length - 1] ?? n);
            seen.push(left);
          }
          seen.forEach((left, i) => expect(left).toBeLessThanOrEqual(seen[i - 1] ?? left));
          expect(seen[0]).toBe(n);
        },
      ),
    );
  });

  it('while an open pause runs, the light does not depend on today', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 60 }),
        fc.nat(200),
        (a, n, p, k) => {
          const deadlineAt = calendar.addWorkingDays(a, n);
          const from = addCalendarDays(a, p);
          const pauses = [{ from, to: null }];
          const first = supervisionLight({ deadline: deadlineAt, today: from, pauses, calendar, thresholds });
          const later = supervisionLight({
            deadline: deadlineAt,
            today: addCalendarDays(from, k),
            pauses,
            calendar,
            thresholds,
          });
          expect(later).toEqual(first);
          expect(first.paused).toBe(true);
        },
      ),
    );
  });
});

describe('supervisionLight with the promise instead of a deadline (head date unknown while paused)', () => {
  it('counts the promise over closed pauses and freezes on the open one', () => {
    const ended = { from: '2026-02-24', to: '2026-02-25' }; // 补齐补正: 2 working days added
    const pauses = [ended, { from: '2026-03-04', to: null }]; // 挂起 still open
    const promised = { acceptedOn: '2026-02-12', workingDays: 10 };
    const r = supervisionLight({
      deadline: null,
      promised,
      today: '2026-03-20',
      pauses,
      calendar,
      thresholds,
    });
    // without the open pause the date would be 2026-03-06; on 03-03 (the day before it) 3 days remained
    expect(r).toMatchObject({ light: 'green', remainingWorkingDays: 3, paused: true });
    const deadlineKnown = calendar.addWorkingDays('2026-02-12', 10, [ended]);
    expect(deadlineKnown).toBe('2026-03-06');
    expect(
      supervisionLight({ deadline: null, promised: null, today: '2026-03-20', calendar, thresholds }).light,
    ).toBe('none');
  });
});
