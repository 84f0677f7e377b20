import { AlignmentType, Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import { chartSeriesOf } from './chart-series.ts';
import type { IndicatorChart } from './report.ts';

/**
 * An indicator's chart as a real Word chart (its data in an embedded workbook, so 编辑数据 works and
 * nothing is rasterised): the same series and value axis as the HTML version.
 */
export function wordChart(chart: IndicatorChart, fontName: string): Paragraph {
  const { categories, series } = chartSeriesOf(chart);
  const run = new ChartRun({
    type: 'line',
    title: { text: chart.title, font: { size: 12, bold: true } },
    font: { name: fontName },
    categories,
    emptyValues: 'connect',
    series: series.map((s) => ({
      name: s.name, values: s.values, color: s.colour,
      line: { color: s.colour, width: s.width, dash: s.dashed ? 'dash' : 'solid' },
      markers: { shape: s.marker, size: s.markerSize },
    })),
    valueAxis: { minimum: chart.axis.min, maximum: chart.axis.max, interval: chart.axis.interval, title: chart.unit || undefined },
    legend: { position: 'bottom' },
    transformation: { width: 576, height: 300 },
    altText: { name: chart.title, description: `${chart.title}：规划路径、实际值、预测与目标` },
  });
  return new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [run] });
}
