/** 工作情况统计: indicators of the 工作情况报告, grouped for the dashboards, and the monthly sentence. */
export {
  INDICATOR_COUNT_KEYS,
  zeroCounts,
  type ConsultationRecord,
  type IndicatorCountKey,
  type IndicatorCounts,
} from './indicator-events';
export {
  combineIndicators,
  computeIndicators,
  indicatorsOf,
  type IndicatorInput,
  type IndicatorPeriod,
  type Indicators,
} from './compute-indicators';
export {
  GENERAL_ENQUIRY_KEY,
  groupIndicators,
  INDICATOR_GROUPINGS,
  monthsOf,
  type IndicatorGrouping,
  type IndicatorRow,
} from './group-indicators';
export { formatRate, monthlyReportText, monthNameZh, NO_RATE_TEXT } from './monthly-report-text';
export { figuresByRegion, type NamedRegion, type RegionFigures } from './region-figures';
