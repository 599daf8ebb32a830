/**
 * The grouped figures: a grouping switch (按乡镇/按村, 按月份, 按事项), the figure to chart, the ECharts chart
 * and the full table (every figure of every row, a 合计 row, drill-down links).
 */
import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import {
  GENERAL_ENQUIRY_KEY,
  indicatorsOf,
  zeroCounts,
  type IndicatorGrouping,
  type Indicators,
} from '../../domain/statistics';
import { useT } from '../../ui/i18n/use-t';
import {
  chartValueOf,
  DASHBOARD_INDICATORS,
  GROUPING_COLUMN_KEYS,
  GROUPING_LABEL_KEYS,
  INDICATOR_LABEL_KEYS,
  indicatorKind,
  indicatorText,
  rowLabel,
  subRegionKeys,
  TREND_MONTHS,
  type DashboardIndicator,
} from './dashboard-model';
import { IndicatorChart, type ChartPoint } from './IndicatorChart';
import { useMonthName } from './use-dashboard-texts';
import type { IndicatorsAnswer, ReferenceNames } from './use-server-data';

/** Items charted at most (the table lists every one). */
const MAX_ITEM_BARS = 15;

interface Row {
  key: string;
  label: string;
  figures: Indicators;
  drillPath: string | null;
}

export function IndicatorPanel({
  answer,
  by,
  groupings,
  indicator,
  scope,
  month,
  names,
  onGrouping,
  onIndicator,
  onDrill,
  drillPathOf,
}: {
  answer: IndicatorsAnswer;
  by: IndicatorGrouping;
  groupings: readonly IndicatorGrouping[];
  indicator: DashboardIndicator;
  scope: string;
  month: string;
  names: ReferenceNames;
  onGrouping: (by: IndicatorGrouping) => void;
  onIndicator: (indicator: DashboardIndicator) => void;
  onDrill: (key: string) => void;
  drillPathOf: (key: string) => string | null;
}) {
  const t = useT();
  const ids = useId();
  const monthName = useMonthName();

  const rows: Row[] = useMemo(() => {
    const answered = new Map((answer.rows ?? []).map((row) => [row.key, row.figures]));
    // every township (village) of the scope, quiet ones at zero
    if (by === 'township' || by === 'village')
      for (const key of subRegionKeys(scope, names.regions))
        if (!answered.has(key)) answered.set(key, indicatorsOf(zeroCounts()));
    const texts = { generalEnquiry: t('supervision.generalEnquiry'), month: monthName };
    const built = [...answered.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, figures]) => ({
        key,
        label: rowLabel(by, key, { regions: names.regionNames, items: names.itemNames }, texts),
        figures,
        drillPath: drillPathOf(key),
      }));
    // items by name (codes mean nothing to a reader), 综合咨询 last; regions and months keep code order
    if (by === 'item')
      built.sort((a, b) =>
        a.key === GENERAL_ENQUIRY_KEY
          ? 1
          : b.key === GENERAL_ENQUIRY_KEY
            ? -1
            : a.label.localeCompare(b.label, 'zh-CN'),
      );
    return built;
  }, [answer.rows, by, scope, names, t, monthName, drillPathOf]);

  const charted = useMemo(() => {
    if (by !== 'item') return rows;
    return [...rows]
      .sort((a, b) => (chartValueOf(b.figures, indicator) ?? -1) - (chartValueOf(a.figures, indicator) ?? -1))
      .slice(0, MAX_ITEM_BARS);
  }, [rows, by, indicator]);
  const points: ChartPoint[] = charted.map((row) => ({
    label: row.label,
    value: chartValueOf(row.figures, indicator),
  }));
  const kind = indicatorKind(indicator);
  const groupingName = t(GROUPING_LABEL_KEYS[by]);
  const indicatorName = t(INDICATOR_LABEL_KEYS[indicator]);
  const period =
    by === 'month' ? t('supervision.dashboard.trend', { months: TREND_MONTHS }) : monthName(month);

  return (
    <section className="db-dash__panel" aria-labelledby={`${ids}-title`}>
      <div className="db-dash__toolbar">
        <h2 id={`${ids}-title`} className="db-dash__panel-title">
          {t('supervision.dashboard.panelTitle', { by: groupingName, period })}
        </h2>
        <div className="db-dash__groupings" role="group" aria-label={t('supervision.dashboard.grouping')}>
          {groupings.map((grouping) => (
            <button
              key={grouping}
              type="button"
              className="db-dash__grouping"
              aria-pressed={grouping === by}
              onClick={() => onGrouping(grouping)}
            >
              {t(GROUPING_LABEL_KEYS[grouping])}
            </button>
          ))}
        </div>
        <div className="db-field db-dash__indicator">
          <label className="db-field__label" htmlFor={`${ids}-indicator`}>
            {t('supervision.dashboard.chartIndicator')}
          </label>
          <select
            id={`${ids}-indicator`}
            className="db-input"
            value={indicator}
            onChange={(event) => onIndicator(event.target.value as DashboardIndicator)}
          >
            {DASHBOARD_INDICATORS.map((value) => (
              <option key={value} value={value}>
                {t(INDICATOR_LABEL_KEYS[value])}
              </option>
            ))}
          </select>
        </div>
      </div>

      <figure className="db-dash__figure">
        <IndicatorChart
          points={points}
          shape={by === 'month' ? 'line' : 'bars'}
          unit={kind === 'rate' ? '%' : ''}
          label={t('supervision.dashboard.chartLabel', {
            indicator: indicatorName,
            by: groupingName,
            period,
          })}
          onSelect={
            by === 'township' || by === 'village' ? (index) => onDrill(charted[index]?.key ?? '') : undefined
          }
        />
        <figcaption className="db-dash__caption">
          {by === 'item' && rows.length > MAX_ITEM_BARS
            ? t('supervision.dashboard.topItems', { count: MAX_ITEM_BARS })
            : by === 'township' || by === 'village'
              ? t('supervision.dashboard.drillHint')
              : t('supervision.dashboard.chartHint')}
        </figcaption>
      </figure>

      <div className="db-dash__table-wrap">
        <table className="db-dash__table">
          <caption>{t('supervision.dashboard.tableCaption', { by: groupingName, period })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(GROUPING_COLUMN_KEYS[by])}</th>
              {DASHBOARD_INDICATORS.map((value) => (
                <th key={value} scope="col" className="db-dash__num">
                  {t(INDICATOR_LABEL_KEYS[value])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-key={row.key}>
                <th scope="row">
                  {row.drillPath === null ? (
                    row.label
                  ) : (
                    <Link to={row.drillPath}>
                      {row.label}
                      <span className="db-visually-hidden">{t('supervision.dashboard.drillSuffix')}</span>
                    </Link>
                  )}
                </th>
                {DASHBOARD_INDICATORS.map((value) => (
                  <td key={value} className="db-dash__num">
                    {indicatorText(row.figures, value)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">
                {by === 'month'
                  ? t('supervision.dashboard.trendTotal', { months: TREND_MONTHS })
                  : t('supervision.total')}
              </th>
              {DASHBOARD_INDICATORS.map((value) => (
                <td key={value} className="db-dash__num">
                  {indicatorText(answer.total, value)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
