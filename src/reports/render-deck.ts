import pptxgenjs from 'pptxgenjs';
import { chartSeriesOf } from './chart-series.ts';
import { draftNotice, statusColours, titlesOf, warningLabel } from './labels.ts';
import type { GapRow, IndicatorChart, IndicatorRow, Report } from './report.ts';
import { typefaces, type Typeface } from './typefaces.ts';

// pptxgenjs is CommonJS typed as an ES module: at run time the default import is the class itself
const PptxGenJS = ((pptxgenjs as { default?: unknown }).default ?? pptxgenjs) as typeof pptxgenjs.default;
type Deck = InstanceType<typeof PptxGenJS>;
type Slide = ReturnType<Deck['addSlide']>;

/** Rows a leaders' meeting discusses one by one: behind, not achieved, or warned. */
const needsSlide = (r: IndicatorRow) => r.status === 'lagging' || r.status === 'regressing' || r.status === 'not-achieved' || r.warning !== null;

/**
 * The briefing deck (PPTX, 16:9): title, the overall status chart with the named findings, one slide
 * per lagging or warned indicator (its chart and why), and the drafted next steps. Charts are native
 * PowerPoint charts, so a planner can restyle them.
 */
export async function renderDeck(report: Report, typeface: Typeface = 'standard'): Promise<Buffer> {
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  deck.title = report.cover.title;
  deck.company = report.cover.preparedBy ?? 'PlanTrack';
  const font = typefaces[typeface].word.body.eastAsia;
  const headingFont = typefaces[typeface].word.heading.eastAsia;
  titleSlide(deck, report, headingFont, font);
  statusSlide(deck, report, headingFont, font);
  const charts = new Map(report.charts.map((c) => [c.indicator, c]));
  const gaps = new Map(report.gaps.map((g) => [g.name, g]));
  for (const row of report.indicators.filter(needsSlide)) indicatorSlide(deck, row, charts.get(row.name), gaps.get(row.name), headingFont, font);
  nextStepsSlide(deck, report, headingFont, font);
  return (await deck.write({ outputType: 'nodebuffer' })) as Buffer;
}


function titleSlide(deck: Deck, report: Report, headingFont: string, font: string): void {
  const slide = deck.addSlide();
  const { cover } = report;
  slide.addText(cover.title, { x: 0.6, y: 2.0, w: 12.1, h: 1.4, fontFace: headingFont, fontSize: 32, bold: true, align: 'center', color: '1F3864' });
  const facts = [cover.region && `地区：${cover.region}`, `评估基准年：${cover.asOf}年`, cover.preparedBy, cover.date].filter(Boolean).join('    ');
  slide.addText(facts, { x: 0.6, y: 3.8, w: 12.1, h: 0.6, fontFace: font, fontSize: 18, align: 'center', color: '404040' });
}

function statusSlide(deck: Deck, report: Report, headingFont: string, font: string): void {
  const slide = deck.addSlide();
  heading(slide, titlesOf(report.kind).summary.replace(/^[一二三四五六七八九十]+、/, ''), headingFont);
  // a bar chart draws its first category at the bottom: reversed, the statuses read from the top
  const counts = report.summary.counts.filter((c) => c.count > 0).reverse();
  if (counts.length) {
    slide.addChart('bar', [{ name: '项数', labels: counts.map((c) => c.label), values: counts.map((c) => c.count) }], {
      x: 0.5, y: 1.2, w: 6.2, h: 5.6, barDir: 'bar', barGapWidthPct: 40, chartColors: counts.map((c) => statusColours[c.status]), valAxisMinVal: 0,
      showValue: true, showLegend: false, showTitle: true, title: `指标评估状态（共${report.summary.total}项）`, titleFontFace: font, titleFontSize: 14,
      catAxisLabelFontFace: font, valAxisLabelFontFace: font, dataLabelFontFace: font,
    });
  }
  const lines = [report.summary.judgement, ...report.summary.named];
  slide.addText(lines.map((text) => ({ text, options: { breakLine: true, paraSpaceAfter: 8 } })), { x: 7.0, y: 1.2, w: 5.8, h: 5.6, fontFace: font, fontSize: 14, valign: 'top', color: '262626' });
}

function indicatorSlide(deck: Deck, row: IndicatorRow, chart: IndicatorChart | undefined, gap: GapRow | undefined, headingFont: string, font: string): void {
  const slide = deck.addSlide();
  const warning = warningLabel(row.warning);
  heading(slide, `${row.name}：${row.label}${warning ? `，${warning}` : ''}`, headingFont);
  const facts = [
    `目标值：${row.target}${row.unit && row.unit !== '%' ? ` ${row.unit}` : ''}（${row.attribute || '未注明属性'}）`,
    `基期值：${row.baseline}`,
    `最新值：${row.latest}`,
    `年度目标：${row.annualTarget}`,
    ...(gap ? [`差距：${gap.gap}`, `所需进度：${gap.neededPace}`] : []),
    `判断依据：${row.explanation}`,
  ];
  const textX = chart ? 7.9 : 0.6;
  if (chart) addIndicatorChart(slide, chart, font);
  else slide.addText('暂无监测数据，未绘制走势图', { x: 0.6, y: 6.4, w: 6, h: 0.5, fontFace: font, fontSize: 12, color: '7F7F7F' });
  slide.addText(facts.map((text) => ({ text, options: { breakLine: true, paraSpaceAfter: 6 } })), {
    x: textX, y: 1.2, w: 13.33 - textX - 0.5, h: 5.4, fontFace: font, fontSize: 14, valign: 'top', color: '262626',
  });
}

function addIndicatorChart(slide: Slide, chart: IndicatorChart, font: string): void {
  const { categories, series } = chartSeriesOf(chart);
  slide.addChart('line', series.map((s) => ({ name: s.name, labels: categories, values: s.values as number[] })), {
    x: 0.4, y: 1.2, w: 7.3, h: 5.6, chartColors: series.map((s) => s.colour), lineDataSymbolSize: 7, displayBlanksAs: 'span',
    valAxisMinVal: chart.axis.min, valAxisMaxVal: chart.axis.max, valAxisMajorUnit: chart.axis.interval,
    showLegend: true, legendPos: 'b', legendFontFace: font, catAxisLabelFontFace: font, valAxisLabelFontFace: font,
    showTitle: true, title: chart.title, titleFontFace: font, titleFontSize: 14,
    showValAxisTitle: Boolean(chart.unit), valAxisTitle: chart.unit || undefined,
  });
}

function nextStepsSlide(deck: Deck, report: Report, headingFont: string, font: string): void {
  const slide = deck.addSlide();
  heading(slide, titlesOf(report.kind).suggestions.replace(/^[一二三四五六七八九十]+、/, ''), headingFont);
  slide.addText(draftNotice, { x: 0.6, y: 1.1, w: 12.1, h: 0.5, fontFace: font, fontSize: 12, italic: true, color: 'C00000' });
  const items = report.findings.suggestions.map((text, n) => ({ text: `${n + 1}. ${text}`, options: { breakLine: true, paraSpaceAfter: 8 } }));
  slide.addText(items, { x: 0.6, y: 1.7, w: 12.1, h: 5.3, fontFace: font, fontSize: 16, valign: 'top', color: '262626', fit: 'shrink' });
}

/** Points per character that keep a slide title on one line of the 12.3-inch title box. */
const titleFontSize = (text: string) => Math.max(18, Math.min(26, Math.floor((12.3 * 72) / text.length)));

function heading(slide: Slide, text: string, fontFace: string): void {
  slide.addText(text, { x: 0.5, y: 0.3, w: 12.3, h: 0.8, fontFace, fontSize: titleFontSize(text), bold: true, color: '1F3864', fit: 'shrink' });
  slide.addShape('line', { x: 0.5, y: 1.05, w: 12.3, h: 0, line: { color: '1F3864', width: 1.5 } });
}
