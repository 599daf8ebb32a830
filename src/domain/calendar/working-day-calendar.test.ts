import { describe, expect, it } from 'vitest';
import { createWorkingDayCalendar } from './working-day-calendar';
import { createOfficialWorkingDayCalendar, OFFICIAL_SCHEDULES } from './official-schedules';
import { addCalendarDays, weekdayOf } from './iso-date';
import type { HolidaySchedule } from './holiday-schedule';

const calendar = createOfficialWorkingDayCalendar();

/** A made-up 2027 schedule, as an admin would upload it (not the real one: it is not published yet). */
const SCHEDULE_2027: HolidaySchedule = {
  year: 2027,
  source: '测试用 2027 年安排',
  publishedAt: '2026-11-10',
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-06', to: '2027-02-13' },
  ],
  workdays: ['2027-01-30', '2027-02-14'],
};

function datesOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) out.push(d);
  return out;
}

describe('official schedules 2024–2026', () => {
  it.each(OFFICIAL_SCHEDULES.flatMap((s) => s.holidays.map((h) => [s.year, h.name, h.from, h.to] as const)))(
    '%i %s %s..%s: every day of the block is a day off',
    (_year, _name, from, to) => {
      for (const d of datesOf(from, to)) expect(calendar.isWorkingDay(d), d).toBe(false);
    },
  );

  it.each(OFFICIAL_SCHEDULES.flatMap((s) => s.workdays))(
    '调休 %s is a weekend day and a working day',
    (d) => {
      expect([0, 6]).toContain(weekdayOf(d));
      expect(calendar.isWorkingDay(d)).toBe(true);
    },
  );

  it.each(['2024-02-04', '2025-01-26', '2026-02-14', '2026-02-28', '2026-01-04', '2026-10-10'])(
    'named 调休 working weekend %s is a working day',
    (d) => {
      expect(calendar.isWorkingDay(d)).toBe(true);
    },
  );

  it('ordinary days: weekdays work, weekends rest', () => {
    expect(calendar.isWorkingDay('2026-03-04')).toBe(true); // Wednesday
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-03-08')).toBe(false); // Sunday
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false); // Monday in 春节
  });

  // Independent count: weekdays of the year − holidays on weekdays + 调休 days.
  it('2024 has 251 working days (262 weekdays − 19 + 8)', () => {
    expect(calendar.workingDaysBetween('2023-12-31', '2024-12-31')).toBe(251);
  });
  it('2025 has 248 working days (261 weekdays − 18 + 5)', () => {
    expect(calendar.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
  });
  it('2026 has 248 working days (261 weekdays − 19 + 6)', () => {
    expect(calendar.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
  });

  it('names the holiday a date falls in', () => {
    expect(calendar.holidayNameOf('2026-02-20')).toBe('春节');
    expect(calendar.holidayNameOf('2025-10-08')).toBe('国庆节、中秋节');
    expect(calendar.holidayNameOf('2026-02-14')).toBeNull();
  });
});

describe('addWorkingDays', () => {
  it(
    '2026-02-12 + 10 = 2026-03-04: Feb 13 Fri=1, Feb 14 Sat 调休=2, Feb 15–23 春节 off, Feb 24–27 = 3–6, ' +
      'Feb 28 Sat 调休=7, Mar 2, 3, 4 = 8, 9, 10',
    () => {
      const steps = Array.from({ length: 10 }, (_, i) => calendar.addWorkingDays('2026-02-12', i + 1));
      expect(steps).toEqual([
        '2026-02-13',
        '2026-02-14',
        '2026-02-24',
        '2026-02-25',
        '2026-02-26',
        '2026-02-27',
        '2026-02-28',
        '2026-03-02',
        '2026-03-03',
        '2026-03-04',
      ]);
      expect(calendar.addWorkingDays('2026-02-12', 10)).toBe('2026-03-04');
      expect(calendar.workingDaysBetween('2026-02-12', '2026-03-04')).toBe(10);
    },
  );

  it('0 days returns the start, even on a holiday', () => {
    expect(calendar.addWorkingDays('2026-02-16', 0)).toBe('2026-02-16');
  });

  it('the day after 受理 is day 1; accepting on a holiday counts from the next working day', () => {
    expect(calendar.addWorkingDays('2026-03-02', 1)).toBe('2026-03-03');
    expect(calendar.addWorkingDays('2026-02-16', 1)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04'); // 元旦 01-01..03, 01-04 Sun 调休
  });

  it('crosses years and 国庆', () => {
    expect(calendar.addWorkingDays('2024-09-27', 1)).toBe('2024-09-29'); // Sun 调休
    expect(calendar.addWorkingDays('2024-09-30', 1)).toBe('2024-10-08');
  });

  it('pauses: days inside [from, to] do not count', () => {
    // 补齐补正 2026-03-03..2026-03-05: Mar 3,4,5 excluded
    const pauses = [{ from: '2026-03-03', to: '2026-03-05' }];
    expect(calendar.addWorkingDays('2026-03-02', 1, pauses)).toBe('2026-03-06');
    expect(calendar.addWorkingDays('2026-03-02', 2, pauses)).toBe('2026-03-09');
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-09', pauses)).toBe(2);
  });

  it('an open pause stops the clock: addWorkingDays refuses, tryAddWorkingDays gives null', () => {
    const open = [{ from: '2026-03-04', to: null }];
    expect(calendar.tryAddWorkingDays('2026-03-02', 1, open)).toBe('2026-03-03');
    expect(calendar.tryAddWorkingDays('2026-03-02', 2, open)).toBeNull();
    expect(() => calendar.addWorkingDays('2026-03-02', 2, open)).toThrow(/暂停尚未结束/);
    expect(calendar.workingDaysBetween('2026-03-02', '2026-12-31', open)).toBe(1);
  });

  it('refuses bad input with Chinese messages', () => {
    expect(() => calendar.addWorkingDays('2026-02-30', 1)).toThrow(/日期格式不正确/);
    expect(() => calendar.addWorkingDays('2026-03-02', -1)).toThrow(/整数/);
    expect(() => calendar.addWorkingDays('2026-03-02', 1.5)).toThrow(/整数/);
    expect(() =>
      calendar.addWorkingDays('2026-03-02', 1, [{ from: '2026-03-05', to: '2026-03-04' }]),
    ).toThrow(/早于开始日期/);
    expect(() => calendar.isWorkingDay('20260302')).toThrow(RangeError);
  });

  it('is fast: 250 working days 2 000 times well under a second', () => {
    const t0 = performance.now();
    for (let i = 0; i < 2000; i++) calendar.addWorkingDays('2024-01-01', 250);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(calendar.addWorkingDays('2024-01-01', 251)).toBe('2024-12-31');
  });
});

describe('workingDaysBetween', () => {
  it('counts (from, to] and is 0 when to <= from', () => {
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(calendar.workingDaysBetween('2026-03-03', '2026-03-02')).toBe(0);
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-03')).toBe(1);
    expect(calendar.workingDaysBetween('2026-03-06', '2026-03-09')).toBe(1); // Fri → Mon
  });
});

describe('a year without a schedule (2027)', () => {
  it('falls back to Monday–Friday and reports it', () => {
    expect(calendar.hasSchedule(2027)).toBe(false);
    const status = calendar.scheduleStatus(2027);
    expect(status).toMatchObject({ year: 2027, hasSchedule: false, fallback: 'weekdays' });
    expect(status.message).toMatch(/2027年.*尚未导入.*周一至周五/);
    expect(calendar.yearsWithoutSchedule(2023, 2028)).toEqual([2023, 2027, 2028]);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(true); // a Friday: 元旦 unknown without the schedule
    expect(calendar.isWorkingDay('2027-01-02')).toBe(false); // Saturday
    expect(calendar.addWorkingDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('reports where a year with a schedule comes from', () => {
    expect(calendar.scheduleStatus(2025)).toMatchObject({
      hasSchedule: true,
      fallback: null,
      source: '国办发明电〔2024〕12号',
      publishedAt: '2024-11-12',
    });
  });

  it('loading a 2027 schedule as data changes the result', () => {
    const withUpload = createOfficialWorkingDayCalendar([SCHEDULE_2027]);
    expect(withUpload.hasSchedule(2027)).toBe(true);
    expect(withUpload.scheduleStatus(2027).fallback).toBeNull();
    expect(withUpload.yearsWithoutSchedule(2024, 2027)).toEqual([]);
    expect(withUpload.isWorkingDay('2027-01-01')).toBe(false);
    expect(withUpload.isWorkingDay('2027-01-30')).toBe(true); // Saturday 调休
    expect(withUpload.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(calendar.addWorkingDays('2027-02-05', 1)).toBe('2027-02-08');
    expect(withUpload.addWorkingDays('2027-02-05', 1)).toBe('2027-02-14'); // Sunday 调休
    // earlier years unchanged
    expect(withUpload.addWorkingDays('2026-02-12', 10)).toBe('2026-03-04');
  });

  it('a later schedule for the same year replaces the earlier one', () => {
    const corrected = {
      ...SCHEDULE_2027,
      holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01' }],
    };
    const c = createWorkingDayCalendar([SCHEDULE_2027, corrected]);
    expect(c.isWorkingDay('2027-02-08')).toBe(true);
    expect(c.schedules).toHaveLength(1);
  });

  it('refuses an invalid schedule with a Chinese message', () => {
    const bad = { ...SCHEDULE_2027, workdays: ['2027-02-15'] }; // a Monday
    expect(() => createWorkingDayCalendar([bad])).toThrow(/2027年节假日安排无效.*星期一/);
  });
});
