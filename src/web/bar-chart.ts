import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { h } from './dom.ts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface BarSeries {
  readonly name: string;
  readonly values: Array<number | null>;
  readonly color: string;
}

/** Grouped bars: one group per category (地区, 规划), one bar per series; labels wrap on narrow screens. */
export function barChart(label: string, categories: string[], series: BarSeries[], unit = ''): HTMLElement {
  const box = h('div', { class: 'chart', role: 'img', 'aria-label': label });
  requestAnimationFrame(() => {
    const chart = echarts.init(box, undefined, { renderer: 'canvas' });
    const slot = box.clientWidth / Math.max(1, categories.length);
    const values = slot / Math.max(1, series.length) >= 36;
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { data: series.map((s) => s.name), bottom: 0 },
      grid: { left: 48, right: 16, top: 28, bottom: 64, containLabel: true },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, width: Math.max(36, slot - 8), overflow: 'break', fontSize: slot < 80 ? 10 : 12 } },
      yAxis: { type: 'value', name: unit, scale: false },
      series: series.map((s) => ({ name: s.name, type: 'bar', data: s.values, itemStyle: { color: s.color }, label: { show: values, position: 'top', fontSize: 10 } })),
    });
    new ResizeObserver(() => chart.resize()).observe(box);
  });
  return box;
}
