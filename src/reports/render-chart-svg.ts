import * as echarts from 'echarts';
import type { ChartPoint, IndicatorChart } from './report.ts';

export const chartSize = { width: 560, height: 300 } as const;

type ChartModel = Omit<IndicatorChart, 'svg'>;

/** Renders an indicator chart with ECharts on the server (SVG, no DOM, no animation). */
export function renderChartSvg(model: ChartModel): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...chartSize });
  try {
    chart.setOption(chartOption(model));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Values aligned to the category axis, null where a series has no point. */
const aligned = (years: readonly number[], points: readonly ChartPoint[]) =>
  years.map((year) => points.find((p) => p.year === year)?.value ?? null);

function chartOption(model: ChartModel): echarts.EChartsCoreOption {
  const { years } = model;
  const actualName = model.form === 'cumulative' ? '累计实际值' : model.form === 'growth' ? '实际增速' : '实际值';
  const series = [
    { name: '规划路径', type: 'line', data: aligned(years, model.path), connectNulls: true, symbolSize: 4, lineStyle: { color: '#5470c6' }, itemStyle: { color: '#5470c6' } },
    { name: actualName, type: 'line', data: aligned(years, model.actuals), connectNulls: true, symbolSize: 7, lineStyle: { width: 3, color: '#2f9e44' }, itemStyle: { color: '#2f9e44' } },
    { name: '预测', type: 'line', data: aligned(years, model.forecast), connectNulls: true, symbolSize: 5, lineStyle: { type: 'dashed', color: '#e8590c' }, itemStyle: { color: '#e8590c' } },
    { name: '目标', type: 'scatter', symbol: 'diamond', symbolSize: 14, data: aligned(years, model.target ? [model.target] : []), itemStyle: { color: '#c92a2a' } },
  ];
  return {
    animation: false,
    textStyle: { fontFamily: 'Noto Sans CJK SC, Microsoft YaHei, SimHei, sans-serif' },
    title: { text: model.title, left: 'center', top: 6, textStyle: { fontSize: 14 } },
    legend: { bottom: 4, data: series.map((s) => s.name) },
    grid: { left: 56, right: 24, top: 44, bottom: 52 },
    xAxis: { type: 'category', data: years.map((y) => `${y}年`), boundaryGap: false },
    yAxis: { type: 'value', scale: true, name: model.unit, nameTextStyle: { align: 'right' } },
    series,
  };
}
