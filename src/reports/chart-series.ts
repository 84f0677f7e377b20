import type { ChartPoint, IndicatorChart } from './report.ts';

/** One drawn line of an indicator chart, in the terms every renderer (SVG, Word, PowerPoint) needs. */
export interface ChartLineSeries {
  readonly name: string;
  /** one value per year of the chart, null where the series has no point */
  readonly values: (number | null)[];
  /** hex without # */
  readonly colour: string;
  readonly width: number;
  readonly dashed: boolean;
  readonly marker: 'circle' | 'diamond';
  readonly markerSize: number;
}

const aligned = (years: readonly number[], points: readonly ChartPoint[]) =>
  years.map((year) => points.find((p) => p.year === year)?.value ?? null);

/** The chart's series: 规划路径, the actual values, the forecast and the target, each only when it has a point. */
export function chartSeriesOf(chart: Omit<IndicatorChart, 'svg'>): { categories: string[]; series: ChartLineSeries[] } {
  const { years } = chart;
  const actualName = chart.form === 'cumulative' ? '累计实际值' : chart.form === 'growth' ? '实际增速' : '实际值';
  const all: ChartLineSeries[] = [
    { name: '规划路径', values: aligned(years, chart.path), colour: '5470C6', width: 1.5, dashed: false, marker: 'circle', markerSize: 4 },
    { name: actualName, values: aligned(years, chart.actuals), colour: '2F9E44', width: 2.5, dashed: false, marker: 'circle', markerSize: 6 },
    { name: '预测', values: aligned(years, chart.forecast), colour: 'E8590C', width: 1.5, dashed: true, marker: 'circle', markerSize: 4 },
    { name: '目标', values: aligned(years, chart.target ? [chart.target] : []), colour: 'C92A2A', width: 1.5, dashed: false, marker: 'diamond', markerSize: 9 },
  ];
  return { categories: years.map((y) => `${y}年`), series: all.filter((s) => s.values.some((v) => v !== null)) };
}
