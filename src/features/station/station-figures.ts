/**
 * 本月工作情况 of the station: 代办数, 办结数, 办结率, 咨询数 and 满意率 of the calendar month of `today`,
 * computed by the domain's `computeIndicators` (definitions in src/domain/statistics/README.md) over the
 * cases and consultations on the device, limited to the station's region. Pure.
 */
import type { IsoDate, WorkingDayCalendar } from '../../domain/calendar/working-day-calendar-type';
import type { CaseHead } from '../../domain/case/case-types';
import {
  computeIndicators,
  type IndicatorPeriod,
  type Indicators,
} from '../../domain/statistics/compute-indicators';
import type { ConsultationRecord } from '../../domain/statistics/indicator-events';
import { DEFAULT_SUPERVISION_THRESHOLDS } from '../../domain/supervision/supervision-thresholds';

/** The calendar month of a China date: its first and last day. */
export function monthPeriodOf(today: IsoDate): IndicatorPeriod {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const prefix = today.slice(0, 7);
  return { from: `${prefix}-01`, to: `${prefix}-${String(lastDay).padStart(2, '0')}` };
}

export interface StationFiguresInput {
  heads: readonly CaseHead[];
  consultations: readonly ConsultationRecord[];
  today: IsoDate;
  calendar: WorkingDayCalendar;
  /** The station's 12-digit region code (the agent's scope). */
  scope: string;
}

export function stationFiguresOf(input: StationFiguresInput): Indicators {
  return computeIndicators({
    heads: input.heads,
    consultations: input.consultations,
    period: monthPeriodOf(input.today),
    calendar: input.calendar,
    today: input.today,
    thresholds: DEFAULT_SUPERVISION_THRESHOLDS,
    scope: input.scope,
  });
}
