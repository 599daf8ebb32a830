/**
 * The statistics input of a scope: its case heads and consultations (listed by prefix in SQL), the working-
 * day calendar (shipped schedules plus uploaded ones, as the push path uses), today in China, and the
 * district's 电子监察 thresholds in force.
 */
import { todayInChina } from '../../../src/domain/calendar/china-date';
import { createOfficialWorkingDayCalendar } from '../../../src/domain/calendar/official-schedules';
import type { WorkingDayCalendar } from '../../../src/domain/calendar/working-day-calendar-type';
import type { CaseHead } from '../../../src/domain/case/case-types';
import type { IndicatorInput, IndicatorPeriod } from '../../../src/domain/statistics';
import type { StoreOps } from '../store/store';
import { currentThresholdsOf } from '../supervision/district-thresholds';

export async function calendarOf(store: Pick<StoreOps, 'listHolidaySchedules'>): Promise<WorkingDayCalendar> {
  const uploaded = (await store.listHolidaySchedules()).map((record) => record.document);
  return createOfficialWorkingDayCalendar(uploaded);
}

export async function headsInScope(
  store: Pick<StoreOps, 'listCaseHeadsInScope'>,
  scope: string,
): Promise<CaseHead[]> {
  return (await store.listCaseHeadsInScope(scope)).map((record) => record.head);
}

export async function indicatorInputOf(
  store: StoreOps,
  scope: string,
  period: IndicatorPeriod,
  now: number,
): Promise<IndicatorInput> {
  const [heads, consultations, calendar, thresholds] = await Promise.all([
    headsInScope(store, scope),
    store.listConsultationsInScope(scope),
    calendarOf(store),
    currentThresholdsOf(store, scope),
  ]);
  return {
    heads,
    consultations: consultations.map((record) => record.document),
    period,
    calendar,
    today: todayInChina(new Date(now)),
    thresholds, // the district's 电子监察 thresholds now in force (supervision/district-thresholds.ts)
    scope,
  };
}

/** The first and last day of a 'YYYY-MM' month. */
export function periodOfMonth(month: string): IndicatorPeriod {
  const [year, monthNumber] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year ?? 1970, monthNumber ?? 1, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
