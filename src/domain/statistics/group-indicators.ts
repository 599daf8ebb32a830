/**
 * 分组统计 for the dashboards: the same figures by month, township, village or item (事项). Drill-down is a
 * scope plus a grouping: townships within the district (`scope` 6 digits, by 'township'), villages within a
 * township (`scope` 9 digits, by 'village').
 *
 * Each event belongs to exactly one row, so the counts of the rows add up to the ungrouped figures
 * (combineIndicators(rows) equals computeIndicators(input)).
 */
import { epochDayOf } from '../calendar/iso-date';
import {
  eventsInPeriod,
  indicatorsOf,
  tally,
  type AttributedEvent,
  type IndicatorInput,
  type Indicators,
  type IndicatorSource,
} from './compute-indicators';

export const INDICATOR_GROUPINGS = ['month', 'township', 'village', 'item'] as const;
export type IndicatorGrouping = (typeof INDICATOR_GROUPINGS)[number];

/** Key of the item row of consultations that name no item (综合咨询). */
export const GENERAL_ENQUIRY_KEY = '';

export interface IndicatorRow {
  /** 'YYYY-MM', 9-digit township code, 12-digit village code, or the item's 实施编码 */
  key: string;
  figures: Indicators;
}

function regionOf(source: IndicatorSource): string {
  return source.kind === 'case' ? source.head.regionCode : source.consultation.regionCode;
}

function keyOf(by: IndicatorGrouping, { source, event }: AttributedEvent<IndicatorSource>): string {
  switch (by) {
    case 'month':
      return event.date.slice(0, 7);
    case 'township':
      return regionOf(source).slice(0, 9);
    case 'village':
      return regionOf(source);
    case 'item':
      return source.kind === 'case'
        ? source.head.item.code
        : (source.consultation.itemCode ?? GENERAL_ENQUIRY_KEY);
  }
}

/** Every month 'YYYY-MM' the period touches, in order. */
export function monthsOf(period: { from: string; to: string }): string[] {
  if (epochDayOf(period.to) < epochDayOf(period.from)) return [];
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${String(year)}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/**
 * Rows of figures grouped by month (every month of the period, empty ones included), township, village or
 * item (only the keys that have events), sorted by key.
 */
export function groupIndicators(input: IndicatorInput, by: IndicatorGrouping): IndicatorRow[] {
  const groups = new Map<string, AttributedEvent<IndicatorSource>[]>();
  if (by === 'month') for (const month of monthsOf(input.period)) groups.set(month, []);
  for (const attributed of eventsInPeriod(input)) {
    const key = keyOf(by, attributed);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [attributed]);
    else group.push(attributed);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, events]) => ({ key, figures: indicatorsOf(tally(events)) }));
}
