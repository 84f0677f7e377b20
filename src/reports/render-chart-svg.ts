import * as echarts from 'echarts';
import { chartSeriesOf } from './chart-series.ts';
import type { IndicatorChart } from './report.ts';

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

function chartOption(model: ChartModel): echarts.EChartsCoreOption {
  const { categories, series: lines } = chartSeriesOf(model);
  const series = lines.map((s) => {
    const colour = `#${s.colour}`;
    const style = { lineStyle: { width: s.width, color: colour, type: s.dashed ? 'dashed' : 'solid' }, itemStyle: { color: colour } };
    if (s.marker === 'diamond') return { name: s.name, type: 'scatter', symbol: 'diamond', symbolSize: 14, data: s.values, ...style };
    return { name: s.name, type: 'line', data: s.values, connectNulls: true, symbolSize: s.markerSize + 2, ...style };
  });
  return {
    animation: false,
    textStyle: { fontFamily: 'Noto Sans CJK SC, Microsoft YaHei, SimHei, sans-serif' },
    title: { text: model.title, left: 'center', top: 6, textStyle: { fontSize: 14 } },
    legend: { bottom: 4, data: series.map((s) => s.name) },
    grid: { left: 56, right: 24, top: 44, bottom: 52 },
    xAxis: { type: 'category', data: categories, boundaryGap: false },
    yAxis: { type: 'value', ...model.axis, name: model.unit, nameTextStyle: { align: 'right' } },
    series,
  };
}
