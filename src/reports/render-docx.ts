import { AlignmentType, Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { byTable, completionCells, countCells, gapCells, indicatorTableOf } from './cells.ts';
import { wordChart } from './docx-chart.ts';
import { fonts, heading, landscapeWidth, paragraph, wordTable } from './docx-parts.ts';
import { completionColumns, coverFacts, gapColumnsOf, measureNotesOf, noGapsText, statusColours, titlesOf, warningColours } from './labels.ts';
import { boxProgressColumns, boxRowCells } from './project-boxes.ts';
import type { CompletionRow, Report } from './report.ts';

/** The report as a Word document: 宋体/黑体, real tables, charts as PNG, page numbers. */
export async function renderDocx(report: Report): Promise<Buffer> {
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
      section(backMatter(report)),
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
    new Paragraph({ pageBreakBefore: true, text: titlesOf(report.kind).summary, heading: 'Heading1' }),
    paragraph(report.summary.judgement, { indent: true }),
    wordTable(['评估状态', '项数'], countCells(report.summary)),
  ];
}

function tables(report: Report) {
  const titles = titlesOf(report.kind);
  const { columns, rows, statusColumn, warningColumn, weights } = indicatorTableOf(report);
  return [
    heading(titles.indicators),
    wordTable([...columns], rows, {
      weights,
      pageWidth: landscapeWidth,
      styleOf: (i, j) => {
        const row = report.indicators[i];
        if (j === statusColumn) return { fill: statusColours[row.status] };
        if (j === warningColumn && row.warning) return { colour: warningColours[row.warning], bold: true };
        return undefined;
      },
    }),
    heading(titles.gaps),
    report.gaps.length
      ? wordTable([...gapColumnsOf(report.kind)], report.gaps.map(gapCells), { weights: [16, 6, 8, 10, 7, 9, 17, 27], pageWidth: landscapeWidth })
      : paragraph(noGapsText(report.kind)),
  ];
}

function backMatter(report: Report) {
  const titles = titlesOf(report.kind);
  const charts = report.charts.flatMap((c, i) => [wordChart(c, 'Noto Sans CJK SC'), paragraph(`图${i + 1}  ${c.title}`, { center: true, size: 18 })]);
  const boxes = report.boxes.flatMap((b) => [heading(b.title, 2), wordTable([...boxProgressColumns], b.rows.map(boxRowCells), { weights: [34, 16, 10, 12, 28] })]);
  const sources = report.appendix.sources.map((s) => [s.indicator, s.what, s.value, [s.title, s.url ?? '', s.quote ? `“${s.quote}”` : ''].filter(Boolean).join(' '), s.note ?? '']);
  return [
    heading(titles.charts),
    ...(charts.length ? charts : [paragraph('（无可绘制的量化指标）')]),
    heading(titles.completion),
    paragraph(report.completion.summary, { indent: true }),
    ...byTable(report.completion.rows).flatMap((g) => [heading(g.caption, 2), completionTable(g.rows)]),
    heading(titles.boxes),
    ...(boxes.length ? boxes : [paragraph('规划未列出专栏项目。')]),
    heading(titles.rules),
    wordTable(['状态', '判断规则'], report.appendix.rules.map((r) => [r.label, r.rule]), { weights: [1, 4] }),
    ...measureNotesOf(report.kind).map((n) => paragraph(n)),
    heading(titles.sources),
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
