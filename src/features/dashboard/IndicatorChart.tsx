/**
 * One indicator as an Apache ECharts chart: horizontal bars by region or item, a line by month. ECharts is
 * imported from 'echarts/core' with only the bar and line charts, the grid and tooltip components and the
 * canvas renderer; this module is reached only through the dashboard's lazy route chunks, so the first screen
 * never loads it. A click on a bar calls `onSelect` (drill-down); the table next to the chart offers the same
 * figures and links to keyboards and screen readers.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface ChartPoint {
  label: string;
  /** null: nothing to show (a rate without denominator) */
  value: number | null;
}

const BRAND = '#1456b8';
const TEXT = '#1d2129';
const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const ROW_HEIGHT = 30;

export function chartHeightOf(points: number, shape: 'bars' | 'line'): number {
  return shape === 'line' ? 320 : Math.max(220, points * ROW_HEIGHT + 60);
}

export function IndicatorChart({
  points,
  shape,
  label,
  unit,
  onSelect,
}: {
  points: readonly ChartPoint[];
  shape: 'bars' | 'line';
  /** what the chart shows, for screen readers (the table has the numbers) */
  label: string;
  /** appended to values in tooltips and labels ('%' for rates) */
  unit: string;
  onSelect?: (index: number) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const instance = echarts.init(element, null, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event) => {
      if (typeof event.dataIndex === 'number') select.current?.(event.dataIndex);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (instance === null) return;
    const labels = points.map((p) => p.label);
    const values = points.map((p) => p.value);
    const valueText = (value: unknown) => (typeof value === 'number' ? `${String(value)}${unit}` : '—');
    const categoryAxis = {
      type: 'category' as const,
      data: labels,
      axisLabel: { color: TEXT, fontSize: 14, fontFamily: FONT },
      inverse: shape === 'bars',
    };
    const valueAxis = {
      type: 'value' as const,
      axisLabel: { color: TEXT, fontSize: 13, fontFamily: FONT },
      ...(unit === '%' ? { max: 100 } : {}),
    };
    instance.setOption(
      {
        animation: false,
        textStyle: { fontFamily: FONT },
        grid: { left: 16, right: 56, top: 16, bottom: 16, containLabel: true },
        tooltip: { trigger: 'axis', valueFormatter: valueText },
        xAxis: shape === 'bars' ? valueAxis : categoryAxis,
        yAxis: shape === 'bars' ? categoryAxis : valueAxis,
        series: [
          shape === 'bars'
            ? {
                type: 'bar',
                data: values,
                itemStyle: { color: BRAND },
                barMaxWidth: 22,
                cursor: onSelect === undefined ? 'default' : 'pointer',
                label: {
                  show: true,
                  position: 'right',
                  color: TEXT,
                  formatter: (p: { value: unknown }) => valueText(p.value),
                },
              }
            : {
                type: 'line',
                data: values,
                connectNulls: false,
                lineStyle: { color: BRAND, width: 3 },
                itemStyle: { color: BRAND },
                symbolSize: 9,
                label: {
                  show: true,
                  position: 'top',
                  color: TEXT,
                  formatter: (p: { value: unknown }) => valueText(p.value),
                },
              },
        ],
      },
      { notMerge: true },
    );
  }, [points, shape, unit, onSelect]);

  return (
    <div
      ref={container}
      className="db-dash__chart"
      role="img"
      aria-label={label}
      style={{ height: chartHeightOf(points.length, shape) }}
    />
  );
}
