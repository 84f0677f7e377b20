import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, MarkLineComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { h } from './dom.ts';
import type { IndicatorEvaluation } from '../server/api-types.ts';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

type Point = [number, number];

/** Baseline → target path, the actual values and the forecast of one indicator. */
export function indicatorChart(indicator: IndicatorEvaluation, actuals: Point[]): HTMLElement {
  const box = h('div', { class: 'chart', role: 'img', 'aria-label': `${indicator.name}：目标路径、实际值与预测` });
  const path: Point[] = [];
  if (indicator.baseline?.value != null && indicator.target?.value != null) {
    path.push([indicator.baseline.year, indicator.baseline.value], [indicator.target.year, indicator.target.value]);
  }
  const forecast: Point[] = [];
  const last = actuals.at(-1);
  if (last && indicator.forecast && indicator.target) forecast.push(last, [indicator.target.year, indicator.forecast.value]);
  const years = [...path, ...actuals, ...forecast].map((p) => p[0]);
  requestAnimationFrame(() => {
    const chart = echarts.init(box, undefined, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: ['规划路径', '实际值', '预测'], bottom: 0 },
      grid: { left: 48, right: 16, top: 24, bottom: 48 },
      xAxis: { type: 'value', min: Math.min(...years), max: Math.max(...years), interval: 1, axisLabel: { formatter: (v: number) => `${v}` } },
      yAxis: { type: 'value', scale: true, name: indicator.unit ?? '' },
      series: [
        { name: '规划路径', type: 'line', data: path, lineStyle: { type: 'dashed', color: '#64748b' }, itemStyle: { color: '#64748b' } },
        { name: '实际值', type: 'line', data: actuals, itemStyle: { color: '#1d4ed8' }, symbolSize: 8 },
        { name: '预测', type: 'line', data: forecast, lineStyle: { type: 'dotted', color: '#d97706' }, itemStyle: { color: '#d97706' } },
      ],
    });
    new ResizeObserver(() => chart.resize()).observe(box);
  });
  return box;
}
