/**
 * The dashboards' pure side: which figures they show (受理数, 办结数, 办结率, 超期数, 平均办理时长, 满意率,
 * 咨询数), how each is written, the month and the trend period, the groupings a scope offers, drill-down
 * (区 → 乡镇 → 村) and the breadcrumb back up. No React, no I/O.
 */
import { todayInChina } from '../../domain/calendar/china-date';
import { GENERAL_ENQUIRY_KEY, formatRate, type Indicators } from '../../domain/statistics';
import type { IndicatorGrouping } from '../../domain/statistics';
import type { MessageKey } from '../../ui/i18n/i18n';

/** The dashboard's figures, in the order of the 工作情况报告. */
export const DASHBOARD_INDICATORS = [
  'accepted',
  'decided',
  'completionRate',
  'overdue',
  'averageWorkingDays',
  'satisfactionRate',
  'consultations',
] as const;
export type DashboardIndicator = (typeof DASHBOARD_INDICATORS)[number];

export const INDICATOR_LABEL_KEYS: Readonly<Record<DashboardIndicator, MessageKey>> = {
  accepted: 'supervision.indicator.accepted',
  decided: 'supervision.indicator.decided',
  completionRate: 'supervision.indicator.completionRate',
  overdue: 'supervision.indicator.overdue',
  averageWorkingDays: 'supervision.indicator.averageWorkingDays',
  satisfactionRate: 'supervision.indicator.satisfactionRate',
  consultations: 'supervision.indicator.consultations',
};

export type IndicatorKind = 'count' | 'rate' | 'days';

export function indicatorKind(indicator: DashboardIndicator): IndicatorKind {
  if (indicator === 'completionRate' || indicator === 'satisfactionRate') return 'rate';
  return indicator === 'averageWorkingDays' ? 'days' : 'count';
}

/** The indicator's value for a chart: counts as they are, rates in percent, days with one decimal; null: none. */
export function chartValueOf(figures: Indicators, indicator: DashboardIndicator): number | null {
  const value = figures[indicator];
  if (value === null) return null;
  const kind = indicatorKind(indicator);
  if (kind === 'rate') return Math.round(value * 1000) / 10;
  if (kind === 'days') return Math.round(value * 10) / 10;
  return value;
}

/** The indicator as text: '12', '83.3%', '4.5' (days; the unit is in the label); '—' when none. */
export function indicatorText(figures: Indicators, indicator: DashboardIndicator): string {
  const value = figures[indicator];
  const kind = indicatorKind(indicator);
  if (kind === 'rate') return formatRate(value);
  if (value === null) return '—';
  return kind === 'days' ? value.toFixed(1) : String(value);
}

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is string {
  return typeof value === 'string' && MONTH_PATTERN.test(value);
}

/** The current month in China ('YYYY-MM'). */
export function currentMonth(now: Date = new Date()): string {
  return todayInChina(now).slice(0, 7);
}

/** 'YYYY-MM' moved by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** First and last day of a month. */
export function periodOfMonth(month: string): { from: string; to: string } {
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  const last = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** How many months the trend (按月) shows, ending with the chosen month. */
export const TREND_MONTHS = 6;

export function trendPeriod(month: string): { from: string; to: string } {
  return { from: periodOfMonth(shiftMonth(month, -(TREND_MONTHS - 1))).from, to: periodOfMonth(month).to };
}

/** The groupings a scope offers: its sub-regions first (townships of a district, villages of a township). */
export function groupingsFor(scope: string): IndicatorGrouping[] {
  if (scope.length === 6) return ['township', 'month', 'item'];
  if (scope.length === 9) return ['village', 'month', 'item'];
  return ['month', 'item'];
}

export const GROUPING_LABEL_KEYS: Readonly<Record<IndicatorGrouping, MessageKey>> = {
  township: 'supervision.by.township',
  village: 'supervision.by.village',
  month: 'supervision.by.month',
  item: 'supervision.by.item',
};

/** The heading of a table's first column per grouping: 乡镇（街道）, 村（社区）, 月份, 事项. */
export const GROUPING_COLUMN_KEYS: Readonly<Record<IndicatorGrouping, MessageKey>> = {
  township: 'supervision.col.township',
  village: 'supervision.col.village',
  month: 'supervision.col.month',
  item: 'supervision.col.item',
};

/** The scope a row drills down to (a township's or a village's code), or null (months, items). */
export function drillScopeOf(by: IndicatorGrouping, key: string): string | null {
  if (by === 'township' && /^\d{9}$/.test(key)) return key;
  if (by === 'village' && /^\d{12}$/.test(key)) return key;
  return null;
}

/** Whether `scope` is a valid drill-down of the user's own scope (digits, 6/9/12 long, inside it). */
export function isScopeWithin(userScope: string, scope: string): boolean {
  return /^(\d{6}|\d{9}|\d{12})$/.test(scope) && scope.startsWith(userScope);
}

/** Region code of a scope (12 digits): '360799101' → '360799101000'. */
export function regionCodeOf(scope: string): string {
  return scope.padEnd(12, '0');
}

/** The scopes from the user's own down to `scope` (区 → 乡镇 → 村), for the breadcrumb. */
export function scopeTrail(userScope: string, scope: string): string[] {
  const trail: string[] = [];
  for (const length of [6, 9, 12]) {
    if (length < userScope.length || length > scope.length) continue;
    trail.push(scope.slice(0, length));
  }
  return trail;
}

export interface NameLookups {
  /** 12-digit region code → name */
  regions: ReadonlyMap<string, string>;
  /** 实施编码 → item name */
  items: ReadonlyMap<string, string>;
}

/** A row's label: the region's or item's name, the month as written, 综合咨询 for enquiries without item. */
export function rowLabel(
  by: IndicatorGrouping,
  key: string,
  names: NameLookups,
  texts: { generalEnquiry: string; month: (month: string) => string },
): string {
  switch (by) {
    case 'township':
    case 'village':
      return names.regions.get(regionCodeOf(key)) ?? key;
    case 'month':
      return texts.month(key);
    case 'item':
      return key === GENERAL_ENQUIRY_KEY ? texts.generalEnquiry : (names.items.get(key) ?? key);
  }
}

/** A region as GET /api/regions answers it (the fields the dashboards use). */
export interface RegionEntry {
  code: string;
  name: string;
  level: 'county' | 'township' | 'village';
}

/**
 * The keys of the sub-regions of `scope` (9-digit townships of a district, 12-digit villages of a township),
 * so the tables list every one of them, quiet ones at zero.
 */
export function subRegionKeys(scope: string, regions: readonly RegionEntry[]): string[] {
  const keys: string[] = [];
  for (const region of regions) {
    if (!region.code.startsWith(scope)) continue;
    if (scope.length === 6 && region.level === 'township') keys.push(region.code.slice(0, 9));
    if (scope.length === 9 && region.level === 'village') keys.push(region.code);
  }
  return keys.sort();
}
