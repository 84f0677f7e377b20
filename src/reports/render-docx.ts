import { AlignmentType, Document, Footer, ImageRun, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { byTable, completionCells, countCells, gapCells, indicatorCells } from './cells.ts';
import { svgToPng } from './chart-png.ts';
import { fonts, heading, landscapeWidth, paragraph, wordTable } from './docx-parts.ts';
import { completionColumns, coverFacts, gapColumns, indicatorColumns, measureNotes, sectionTitles, statusColours, warningColours } from './labels.ts';
import { chartSize } from './render-chart-svg.ts';
import type { CompletionRow, Report } from './report.ts';

/** The report as a Word document: 宋体/黑体, real tables, charts as PNG, page numbers. */
export async function renderDocx(report: Report): Promise<Buffer> {
  const pngs = await Promise.all(report.charts.map((c) => svgToPng(c.svg, chartSize.width * 2)));
  const document = new Document({
    creator: 'PlanTrack 规划监测',
    title: report.cover.title,
    styles: {
      default: {
        document: { run: { font: fonts.body, size: 21 } },
        heading1: { run: { font: fonts.heading, size: 30, bold: true }, paragraph: { spacing: { before: 360, after: 180 } } },
        heading2: { run: { font: fonts.heading, size: 24, bold: true }, paragraph: { spacing: { before: 240, after: 120 } } },
      },
    },
    sections: [
      section(frontMatter(report)),
      section(tables(report), true),
      section(backMatter(report, pngs)),
    ],
  });
  return Packer.toBuffer(document);
}

function section(children: ISectionOptions['children'], landscape = false): ISectionOptions {
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页，共 ', PageNumber.TOTAL_PAGES, ' 页'] })] })],
  });
  return {
    properties: { page: { size: { orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } } },
    footers: { default: footer },
    children,
  };
}

function frontMatter(report: Report) {
  const { cover } = report;
  const lines = coverFacts(cover);
  return [
    new Paragraph({ spacing: { before: 2400, after: 600 }, alignment: AlignmentType.CENTER, children: [new TextRun({ text: cover.title, font: fonts.heading, size: 40, bold: true })] }),
    ...lines.map((l) => paragraph(l, { center: true, size: 28 })),
    new Paragraph({ pageBreakBefore: true, text: sectionTitles.summary, heading: 'Heading1' }),
    paragraph(report.summary.judgement, { indent: true }),
    wordTable(['评估状态', '项数'], countCells(report.summary)),
  ];
}

function tables(report: Report) {
  const statusColumn = indicatorColumns.indexOf('评估状态');
  const warningColumn = indicatorColumns.indexOf('预警');
  return [
    heading(sectionTitles.indicators),
    wordTable([...indicatorColumns], report.indicators.map(indicatorCells), {
      weights: [8, 19, 5, 7, 7, 6, 11, 9, 7, 7, 9, 7],
      pageWidth: landscapeWidth,
      styleOf: (i, j) => {
        const row = report.indicators[i];
        if (j === statusColumn) return { fill: statusColours[row.status] };
        if (j === warningColumn && row.warning) return { colour: warningColours[row.warning], bold: true };
        return undefined;
      },
    }),
    heading(sectionTitles.gaps),
    report.gaps.length ? wordTable([...gapColumns], report.gaps.map(gapCells), { weights: [16, 6, 8, 10, 7, 9, 17, 27], pageWidth: landscapeWidth }) : paragraph('无相对滞后或约束性指标。'),
  ];
}

function backMatter(report: Report, pngs: readonly Buffer[]) {
  const charts = report.charts.flatMap((c, i) => [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [new ImageRun({ type: 'png', data: pngs[i], transformation: { ...chartSize } })] }),
    paragraph(`图：${c.title}`, { center: true, size: 18 }),
  ]);
  const boxes = report.boxes.flatMap((b) => [heading(b.title, 2), ...b.items.map((i) => paragraph(`· ${i}`))]);
  const sources = report.appendix.sources.map((s) => [s.indicator, s.what, s.value, [s.title, s.url ?? '', s.quote ? `“${s.quote}”` : ''].filter(Boolean).join(' '), s.note ?? '']);
  return [
    heading(sectionTitles.charts),
    ...(charts.length ? charts : [paragraph('（无可绘制的量化指标）')]),
    heading(sectionTitles.completion),
    paragraph(report.completion.summary, { indent: true }),
    ...byTable(report.completion.rows).flatMap((g) => [heading(g.caption, 2), completionTable(g.rows)]),
    heading(sectionTitles.boxes),
    ...(boxes.length ? boxes : [paragraph('规划未列出专栏项目。')]),
    heading(sectionTitles.rules),
    wordTable(['状态', '判断规则'], report.appendix.rules.map((r) => [r.label, r.rule]), { weights: [1, 4] }),
    ...measureNotes.map((n) => paragraph(n)),
    heading(sectionTitles.sources),
    wordTable(['指标', '数值', '内容', '来源', '备注'], sources, { weights: [14, 10, 14, 52, 8] }),
  ];
}

function completionTable(rows: readonly CompletionRow[]) {
  const fills = { achieved: statusColours.achieved, 'not-achieved': statusColours.regressing, 'no-data': statusColours['no-data'] };
  return wordTable([...completionColumns], rows.map(completionCells), {
    weights: [40, 10, 16, 16, 14],
    styleOf: (i, j) => (j === completionColumns.length - 1 ? { fill: fills[rows[i].status] } : undefined),
  });
}
