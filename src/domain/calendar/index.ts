/** 工作日历: working days from the official holiday schedules (行政许可法 §82). */
export type { IsoDate, PauseInterval, WorkingDayCalendar } from './working-day-calendar-type';
export {
  addCalendarDays,
  epochDayOf,
  isIsoDate,
  isoDateOfEpochDay,
  isoDateSchema,
  isWeekend,
  weekdayOf,
  WEEKDAY_NAMES_ZH,
  yearOf,
  type Weekday,
} from './iso-date';
export { chinaDateOf, instantOf, todayInChina } from './china-date';
export {
  holidayBlockSchema,
  holidayScheduleSchema,
  MAX_HOLIDAY_BLOCK_DAYS,
  MAX_SCHEDULE_YEAR,
  MIN_SCHEDULE_YEAR,
  parseHolidaySchedule,
  parseHolidayScheduleJson,
  type HolidayBlock,
  type HolidaySchedule,
  type HolidayScheduleIssue,
  type HolidayScheduleParseResult,
} from './holiday-schedule';
export {
  createOfficialWorkingDayCalendar,
  OFFICIAL_SCHEDULES,
  SCHEDULE_2024,
  SCHEDULE_2025,
  SCHEDULE_2026,
} from './official-schedules';
export {
  createWorkingDayCalendar,
  MAX_WORKING_DAYS,
  type ScheduledWorkingDayCalendar,
  type ScheduleStatus,
} from './working-day-calendar';
