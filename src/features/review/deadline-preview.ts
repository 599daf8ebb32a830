/**
 * What 受理 today would promise (承诺办结日期), and which official holidays (法定节假日) and 调休 working
 * weekends the count crosses — shown before the reviewer accepts, so the date is never a surprise.
 * Pure: the day, the case and the calendar come in.
 */
import { addCalendarDays, isWeekend } from '../../domain/calendar/iso-date';
import type { IsoDate, WorkingDayCalendar } from '../../domain/calendar/working-day-calendar-type';
import { caseDeadlineOf, promisedWorkingDaysOf } from '../../domain/case/case-deadline';
import type { CaseHead } from '../../domain/case/case-types';

/** A run of days off that are not ordinary weekends (a 放假 block), e.g. 国庆节 10-01…10-07. */
export interface HolidayRun {
  name: string | null;
  from: IsoDate;
  to: IsoDate;
}

export interface CalendarNotes {
  holidays: HolidayRun[];
  /** 调休: weekend days that are working days. */
  swappedWorkdays: IsoDate[];
}

/** The calendar may name its holidays (the official calendar does). */
function holidayNameOf(calendar: WorkingDayCalendar, date: IsoDate): string | null {
  const named = calendar as WorkingDayCalendar & { holidayNameOf?: (date: IsoDate) => string | null };
  return typeof named.holidayNameOf === 'function' ? named.holidayNameOf(date) : null;
}

/** Holidays and 调休 days in (from, to]; weekends inside a named holiday belong to that holiday. */
export function calendarNotesBetween(
  from: IsoDate,
  to: IsoDate,
  calendar: WorkingDayCalendar,
): CalendarNotes {
  const holidays: HolidayRun[] = [];
  const swappedWorkdays: IsoDate[] = [];
  let run: HolidayRun | null = null;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    const isWorking = calendar.isWorkingDay(day);
    const name = holidayNameOf(calendar, day);
    const isHoliday = !isWorking && (name !== null || !isWeekend(day));
    if (isWorking && isWeekend(day)) swappedWorkdays.push(day);
    if (isHoliday) {
      if (run !== null && run.name === name && addCalendarDays(run.to, 1) === day) run.to = day;
      else {
        run = { name, from: day, to: day };
        holidays.push(run);
      }
    }
  }
  return { holidays, swappedWorkdays };
}

export interface AcceptancePreview {
  acceptedOn: IsoDate;
  /** 承诺时限 (0 for a 即办件) + extensions. */
  workingDays: number;
  deadline: IsoDate;
  notes: CalendarNotes;
}

/** The date a 受理 on `today` would set (the reducer computes the same with the server's date). */
export function acceptancePreviewOf(
  head: Pick<CaseHead, 'item' | 'extensionDays'>,
  today: IsoDate,
  calendar: WorkingDayCalendar,
): AcceptancePreview {
  const acceptedAt = `${today}T12:00:00+08:00`;
  const deadline = caseDeadlineOf(
    { acceptedAt, item: head.item, extensionDays: head.extensionDays, pauses: [] },
    calendar,
  );
  const end = deadline ?? today;
  return {
    acceptedOn: today,
    workingDays: promisedWorkingDaysOf(head.item) + head.extensionDays,
    deadline: end,
    notes: calendarNotesBetween(today, end, calendar),
  };
}
