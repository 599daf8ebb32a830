import { describe, expect, it } from 'vitest';
import { createWorkingDayCalendar } from '../../domain/calendar/working-day-calendar';
import { acceptancePreviewOf, calendarNotesBetween } from './deadline-preview';
import { calendar, ITEM } from './review-test-fixtures';

describe('acceptance preview', () => {
  it('promises 7 working days from Tue 2026-09-29 past 国庆节 and the 调休 Saturday: 2026-10-14', () => {
    const preview = acceptancePreviewOf({ item: ITEM, extensionDays: 0 }, '2026-09-29', calendar);
    expect(preview).toMatchObject({ acceptedOn: '2026-09-29', workingDays: 7, deadline: '2026-10-14' });
    expect(preview.notes).toEqual({
      holidays: [{ name: '国庆节', from: '2026-10-01', to: '2026-10-07' }],
      swappedWorkdays: ['2026-10-10'],
    });
  });

  it('adds extensions, and a 即办件 is due the day it is accepted', () => {
    expect(acceptancePreviewOf({ item: ITEM, extensionDays: 3 }, '2026-09-29', calendar).deadline).toBe(
      '2026-10-19',
    );
    const instant = { ...ITEM, caseKind: '即办件' as const, promisedDays: 0 };
    const preview = acceptancePreviewOf({ item: instant, extensionDays: 0 }, '2026-09-29', calendar);
    expect(preview).toMatchObject({ deadline: '2026-09-29', workingDays: 0 });
    expect(preview.notes).toEqual({ holidays: [], swappedWorkdays: [] });
  });
});

describe('calendarNotesBetween', () => {
  it('names 春节 as one run with its weekend days and lists both 调休 Saturdays', () => {
    expect(calendarNotesBetween('2026-02-12', '2026-03-04', calendar)).toEqual({
      holidays: [{ name: '春节', from: '2026-02-15', to: '2026-02-23' }],
      swappedWorkdays: ['2026-02-14', '2026-02-28'],
    });
  });

  it('ignores ordinary weekends, and without names still shows a weekday off', () => {
    const unnamed = createWorkingDayCalendar([
      {
        year: 2030,
        source: 'test',
        publishedAt: '2029-11-01',
        holidays: [{ name: '元旦', from: '2030-01-01', to: '2030-01-01' }],
        workdays: [],
      },
    ]);
    const plain = {
      isWorkingDay: unnamed.isWorkingDay,
      addWorkingDays: unnamed.addWorkingDays,
      workingDaysBetween: unnamed.workingDaysBetween,
      hasSchedule: unnamed.hasSchedule,
    };
    expect(calendarNotesBetween('2029-12-28', '2030-01-07', plain)).toEqual({
      holidays: [{ name: null, from: '2030-01-01', to: '2030-01-01' }],
      swappedWorkdays: [],
    });
    expect(calendarNotesBetween('2029-12-28', '2030-01-07', unnamed).holidays[0]?.name).toBe('元旦');
  });
});
