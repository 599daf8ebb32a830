/**
 * 分区统计: the figures of every township and village of a district, named, for the monthly report
 * (月度汇总) and the dashboards' tables. Regions without any event get a row of zeros.
 */
import { indicatorsOf, type IndicatorInput, type Indicators } from './compute-indicators';
import { groupIndicators } from './group-indicators';
import { zeroCounts } from './indicator-events';

export interface NamedRegion {
  /** 12-digit 行政区划 code */
  code: string;
  name: string;
  level: 'township' | 'village';
}

export interface RegionFigures extends NamedRegion {
  figures: Indicators;
}

/** Region code → key of groupIndicators: 9 digits for a township, 12 for a village. */
function keyOf(region: NamedRegion): string {
  return region.level === 'township' ? region.code.slice(0, 9) : region.code;
}

/** The figures of each given township and village (in the order given), zero when it has no event. */
export function figuresByRegion(input: IndicatorInput, regions: readonly NamedRegion[]): RegionFigures[] {
  const rows = new Map<string, Indicators>();
  for (const by of ['township', 'village'] as const) {
    for (const row of groupIndicators(input, by)) rows.set(`${by}:${row.key}`, row.figures);
  }
  return regions.map((region) => ({
    ...region,
    figures: rows.get(`${region.level}:${keyOf(region)}`) ?? indicatorsOf(zeroCounts()),
  }));
}
