/**
 * 工作情况统计: the figures of a 工作情况报告 (受理数, 办结数, 办结率, 超期数, 平均办理时长, 满意率, 咨询数, 代办数)
 * over a period, from the case heads and the consultations. Definitions: README.md.
 */
import type { IsoDate, WorkingDayCalendar } from '../calendar/working-day-calendar-type';
import type { CaseHead } from '../case/case-types';
import type { SupervisionThresholds } from '../supervision/supervision-thresholds';
import {
  caseEventsOf,
  consultationDateOf,
  INDICATOR_COUNT_KEYS,
  zeroCounts,
  type ConsultationRecord,
  type IndicatorCounts,
  type IndicatorEvent,
} from './indicator-events';

/** A period of China dates, both ends included. */
export interface IndicatorPeriod {
  from: IsoDate;
  to: IsoDate;
}

export interface IndicatorInput {
  heads: readonly CaseHead[];
  consultations: readonly ConsultationRecord[];
  period: IndicatorPeriod;
  calendar: WorkingDayCalendar;
  /** China date the figures are judged on (超期, 办结率): usually todayInChina(). */
  today: IsoDate;
  thresholds: Pick<SupervisionThresholds, 'yellowWorkingDays'>;
  /** Only cases and consultations whose region code starts with this prefix (6, 9 or 12 digits). */
  scope?: string;
}

/** The figures of one region (or month, or item). Rates are in [0, 1], null when nothing to divide by. */
export interface Indicators extends IndicatorCounts {
  /** 办结率 = acceptedDecided / (accepted − acceptedWithdrawn) */
  completionRate: number | null;
  /** 平均办理时长 (工作日) = workingDaysTotal / decided */
  averageWorkingDays: number | null;
  /** 满意率 = satisfied / ratings */
  satisfactionRate: number | null;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** The indicators of the given counts (the rates derived from them). */
export function indicatorsOf(counts: IndicatorCounts): Indicators {
  return {
    ...counts,
    completionRate: ratio(counts.acceptedDecided, counts.accepted - counts.acceptedWithdrawn),
    averageWorkingDays: ratio(counts.workingDaysTotal, counts.decided),
    satisfactionRate: ratio(counts.satisfied, counts.ratings),
  };
}

/** The indicators of several disjoint groups taken together (e.g. the 合计 row of a report). */
export function combineIndicators(parts: readonly IndicatorCounts[]): Indicators {
  const total = zeroCounts();
  for (const part of parts) {
    for (const key of INDICATOR_COUNT_KEYS) total[key] += part[key];
  }
  return indicatorsOf(total);
}

/** A dated event with the record it came from, for grouping. */
export interface AttributedEvent<S> {
  source: S;
  event: IndicatorEvent;
}

export type IndicatorSource =
  { kind: 'case'; head: CaseHead } | { kind: 'consultation'; consultation: ConsultationRecord };

function isInScope(regionCode: string, scope: string | undefined): boolean {
  return scope === undefined || regionCode.startsWith(scope);
}

/** Every event of the input that falls in the period and the scope, with its source. */
export function eventsInPeriod(input: IndicatorInput): AttributedEvent<IndicatorSource>[] {
  const { period, scope } = input;
  const ctx = { calendar: input.calendar, today: input.today, thresholds: input.thresholds };
  const inPeriod = (date: IsoDate) => date >= period.from && date <= period.to;
  const events: AttributedEvent<IndicatorSource>[] = [];
  for (const head of input.heads) {
    if (!isInScope(head.regionCode, scope)) continue;
    const source: IndicatorSource = { kind: 'case', head };
    for (const event of caseEventsOf(head, ctx)) {
      if (inPeriod(event.date)) events.push({ source, event });
    }
  }
  for (const consultation of input.consultations) {
    if (!isInScope(consultation.regionCode, scope)) continue;
    const date = consultationDateOf(consultation);
    if (!inPeriod(date)) continue;
    events.push({
      source: { kind: 'consultation', consultation },
      event: { count: 'consultations', date, amount: 1 },
    });
  }
  return events;
}

/** Adds events up into counts. */
export function tally(events: readonly { event: IndicatorEvent }[]): IndicatorCounts {
  const counts = zeroCounts();
  for (const { event } of events) counts[event.count] += event.amount;
  return counts;
}

/** The figures of the period (and scope). Pure; never reads the clock. */
export function computeIndicators(input: IndicatorInput): Indicators {
  return indicatorsOf(tally(eventsInPeriod(input)));
}
