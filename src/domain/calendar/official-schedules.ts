/**
 * The official schedules shipped with the app (国务院办公厅 部分节假日安排的通知), dates inclusive.
 * Later years are uploaded by an admin as data (see holiday-schedule.ts); until then a year falls back to
 * Monday–Friday and the calendar says so (scheduleStatus).
 */
import type { HolidaySchedule } from './holiday-schedule';
import { createWorkingDayCalendar, type ScheduledWorkingDayCalendar } from './working-day-calendar';

/** 2024年 — 国办发明电〔2023〕7号, 2023-10-25 */
export const SCHEDULE_2024 = {
  year: 2024,
  source: '国办发明电〔2023〕7号',
  publishedAt: '2023-10-25',
  holidays: [
    { name: '元旦', from: '2024-01-01', to: '2024-01-01' },
    { name: '春节', from: '2024-02-10', to: '2024-02-17' },
    { name: '清明节', from: '2024-04-04', to: '2024-04-06' },
    { name: '劳动节', from: '2024-05-01', to: '2024-05-05' },
    { name: '端午节', from: '2024-06-10', to: '2024-06-10' },
    { name: '中秋节', from: '2024-09-15', to: '2024-09-17' },
    { name: '国庆节', from: '2024-10-01', to: '2024-10-07' },
  ],
  workdays: [
    '2024-02-04', // 春节 (Sun)
    '2024-02-18', // 春节 (Sun)
    '2024-04-07', // 清明节 (Sun)
    '2024-04-28', // 劳动节 (Sun)
    '2024-05-11', // 劳动节 (Sat)
    '2024-09-14', // 中秋节 (Sat)
    '2024-09-29', // 国庆节 (Sun)
    '2024-10-12', // 国庆节 (Sat)
  ],
} satisfies HolidaySchedule;

/** 2025年 — 国办发明电〔2024〕12号, 2024-11-12 */
export const SCHEDULE_2025 = {
  year: 2025,
  source: '国办发明电〔2024〕12号',
  publishedAt: '2024-11-12',
  holidays: [
    { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
    { name: '春节', from: '2025-01-28', to: '2025-02-04' },
    { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
    { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
    { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
    { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
  ],
  workdays: [
    '2025-01-26', // 春节 (Sun)
    '2025-02-08', // 春节 (Sat)
    '2025-04-27', // 劳动节 (Sun)
    '2025-09-28', // 国庆节、中秋节 (Sun)
    '2025-10-11', // 国庆节、中秋节 (Sat)
  ],
} satisfies HolidaySchedule;

/** 2026年 — 国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04 */
export const SCHEDULE_2026 = {
  year: 2026,
  source: '国务院办公厅关于2026年部分节假日安排的通知',
  publishedAt: '2025-11-04',
  holidays: [
    { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
    { name: '春节', from: '2026-02-15', to: '2026-02-23' },
    { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
    { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
    { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
    { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
    { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
  ],
  workdays: [
    '2026-01-04', // 元旦 (Sun)
    '2026-02-14', // 春节 (Sat)
    '2026-02-28', // 春节 (Sat)
    '2026-05-09', // 劳动节 (Sat)
    '2026-09-20', // 国庆节 (Sun)
    '2026-10-10', // 国庆节 (Sat)
  ],
} satisfies HolidaySchedule;

/** All shipped schedules, oldest first. */
export const OFFICIAL_SCHEDULES: readonly HolidaySchedule[] = [SCHEDULE_2024, SCHEDULE_2025, SCHEDULE_2026];

/**
 * The calendar from the shipped schedules plus any uploaded ones (an upload for a shipped year replaces it).
 * createOfficialWorkingDayCalendar([schedule2027]) once the 2027 notice has been uploaded.
 */
export function createOfficialWorkingDayCalendar(
  uploaded: readonly HolidaySchedule[] = [],
): ScheduledWorkingDayCalendar {
  return createWorkingDayCalendar([...OFFICIAL_SCHEDULES, ...uploaded]);
}
