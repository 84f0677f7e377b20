import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, MarkLineComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { h } from './dom.ts';
import { chartDownloads, type ChartSeries } from './chart-downloads.ts';
import type { IndicatorEvaluation } from '../server/api-types.ts';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

type Point = [number, number];

/**
 * The target line: for a growth target the target rate in every year of the period (the actuals are
 * yearly rates); otherwise the yearly path from baseline to target.
 */
function targetLine(indicator: IndicatorEvaluation): { name: string; points: Point[] } {
  const { baseline, target, form } = indicator;
  if (!target || target.value === null) return { name: '目标路径', points: [] };
  if (form === 'growth') {
    const from = (baseline?.year ?? target.year - 5) + 1;
    return { name: '目标增速', points: Array.from({ length: target.year - from + 1 }, (_, i) => [from + i, target.value!] as Point) };
  }
  if (form !== 'cumulative' && indicator.path?.length) return { name: '年度目标路径', points: indicator.path.map((p) => [p.year, p.value] as Point) };
  if (baseline?.value != null && form !== 'cumulative') return { name: '目标路径', points: [[baseline.year, baseline.value], [target.year, target.value]] };
  return { name: '目标值', points: [[target.year, target.value]] };
}

/** Target line, the actual values and the forecast of one indicator, with PNG and CSV downloads. */
export function indicatorChart(indicator: IndicatorEvaluation, actuals: Point[]): HTMLElement {
  const box = h('div', { class: 'chart', role: 'img', 'aria-label': `${indicator.name}：目标线、实际值与预测` });
  const target = targetLine(indicator);
  const forecast: Point[] = [];
  const last = actuals.at(-1);
  if (last && indicator.forecast && indicator.target && indicator.form !== 'growth') forecast.push(last, [indicator.target.year, indicator.forecast.value]);
  const years = [...target.points, ...actuals, ...forecast].map((p) => p[0]);
  if (!actuals.length && target.points.length < 2) return h('p', { class: 'empty' }, '此指标尚无监测数据，也没有可画出的目标路径，暂无图表。录入年度值后显示。');
  const series: ChartSeries[] = [{ name: target.name, points: target.points }, { name: '实际值', points: actuals }, { name: '预测', points: forecast }];
  let chart: echarts.ECharts | null = null;
  requestAnimationFrame(() => {
    chart = echarts.init(box, undefined, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: series.filter((s) => s.points.length).map((s) => s.name), bottom: 0 },
      grid: { left: 48, right: 16, top: 28, bottom: 48 },
      xAxis: { type: 'value', min: Math.min(...years), max: Math.max(...years), interval: 1, axisLabel: { formatter: (v: number) => `${v}` } },
      yAxis: { type: 'value', scale: indicator.form !== 'growth', name: indicator.unit ?? '' },
      series: [
        { name: target.name, type: 'line', data: target.points, step: indicator.form === 'growth' ? 'middle' : undefined, lineStyle: { type: 'dashed', color: '#64748b' }, itemStyle: { color: '#64748b' } },
        { name: '实际值', type: 'line', data: actuals, itemStyle: { color: '#1d4ed8' }, symbolSize: 8, label: { show: true, position: 'top', fontSize: 10 } },
        { name: '预测', type: 'line', data: forecast, lineStyle: { type: 'dotted', color: '#d97706' }, itemStyle: { color: '#d97706' } },
      ],
    });
    // the page may attach the chart after this frame: only a chart that was shown and then left is disposed
    let shown = false;
    const observer = new ResizeObserver(() => {
      if (box.isConnected) {
        shown = true;
        return chart?.resize();
      }
      if (!shown) return;
      observer.disconnect();
      chart?.dispose();
    });
    observer.observe(box);
  });
  const png = () => chart?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }) ?? null;
  return h('div', { class: 'indicator-chart' }, box, chartDownloads(indicator.name, indicator.unit, series, png));
}
