import { AlignmentType, Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, TableOfContents, TextRun, type ISectionOptions } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { byTable, completionCells, countCells, gapCells, indicatorTableOf } from './cells.ts';
import { wordChart } from './docx-chart.ts';
import { heading, landscapeWidth, paragraph, wordTable } from './docx-parts.ts';
import { completionColumns, coverFacts, draftNotice, gapColumnsOf, noGapsText, statusColours, titlesOf, warningColours } from './labels.ts';
import { boxProgressColumns, boxRowCells, boxesSummary } from './project-boxes.ts';
import type { CompletionRow, Report } from './report.ts';
import { typefaces, type Typeface, type TypefaceSet } from './typefaces.ts';

/**
 * The report as a Word document: a cover, a 目录 (TOC field, entries and page numbers written so it
 * reads before Word updates it), real tables, native Word charts, page numbers; 宋体/黑体 or the
 * 公文 typefaces.
 */
export async function renderDocx(report: Report, typeface: Typeface = 'standard'): Promise<Buffer> {
  const set = typefaces[typeface];
  const document = new Document({
    creator: 'PlanTrack 规划监测',
    title: report.cover.title,
    pageNumbers: estimatePageNumbers,
    styles: {
      default: {
        document: { run: { font: set.word.body, size: set.bodySize } },
        title: { run: { font: set.word.title, size: 44 } },
        heading1: { run: { font: set.word.heading, size: set.bodySize + 8, bold: typeface === 'standard' }, paragraph: { spacing: { before: 360, after: 180 } } },
        heading2: { run: { font: set.word.subheading, size: set.bodySize + 2, bold: typeface === 'standard' }, paragraph: { spacing: { before: 240, after: 120 } } },
      },
    },
    sections: [
      section(cover(report, set), { footer: false }),
      section(frontMatter(report)),
      section(tables(report), { landscape: true }),
      section(backMatter(report, set)),
    ],
  });
  return Packer.toBuffer(document);
}

function section(children: ISectionOptions['children'], options: { landscape?: boolean; footer?: boolean } = {}): ISectionOptions {
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页，共 ', PageNumber.TOTAL_PAGES, ' 页'] })] })],
  });
  return {
    properties: { page: { size: { orientation: options.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } } },
    footers: options.footer === false ? undefined : { default: footer },
    children,
  };
}

function cover(report: Report, set: TypefaceSet) {
  const { cover } = report;
  return [
    // 《规划名称》 on one line and 中期评估报告 on the next, rather than a break inside a word
    ...titleLines(cover.title).map((line, i) =>
      new Paragraph({
        spacing: { before: i === 0 ? 3000 : 0, after: i === 0 ? 240 : 900 }, alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: line, font: set.word.title, size: 44, bold: true })],
      }),
    ),
    ...coverFacts(cover).map((line) => paragraph(line, { center: true, size: 30 })),
  ];
}

const titleLines = (title: string): string[] => title.split(/(?<=》)/).filter(Boolean);

function frontMatter(report: Report) {
  const titles = titlesOf(report.kind);
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: '目  录', bold: true, size: 32 })] }),
    new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-1' }),
    new Paragraph({ pageBreakBefore: true, text: titles.summary, heading: 'Heading1' }),
    paragraph(report.summary.judgement, { indent: true }),
    ...report.summary.named.map((line) => paragraph(line, { indent: true })),
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

/** A numbered draft paragraph list under the red 初稿 notice. */
const draft = (items: readonly string[]) => [
  new Paragraph({ children: [new TextRun({ text: draftNotice, color: warningColours.red, italics: true })] }),
  ...items.map((item, n) => paragraph(`${n + 1}. ${item}`, { indent: true })),
];

function backMatter(report: Report, set: TypefaceSet) {
  const titles = titlesOf(report.kind);
  const chartFont = set.word.body.eastAsia;
  const charts = report.charts.flatMap((c, i) => [wordChart(c, chartFont), paragraph(`图${i + 1}  ${c.title}`, { center: true, size: 18 })]);
  const boxes = report.boxes.flatMap((b) => [heading(b.title, 2), wordTable([...boxProgressColumns], b.rows.map(boxRowCells), { weights: [34, 16, 10, 12, 28] })]);
  const sources = report.appendix.sources.map((s) => [s.indicator, s.what, s.value, [s.title, s.url ?? '', s.quote ? `“${s.quote}”` : ''].filter(Boolean).join(' '), s.note ?? '']);
  const { method } = report.appendix;
  return [
    heading(titles.problems),
    ...draft(report.findings.problems),
    heading(titles.suggestions),
    ...draft(report.findings.suggestions),
    heading(titles.charts),
    ...(charts.length ? charts : [paragraph('暂无有监测数据的量化指标，不绘制走势图。')]),
    heading(titles.completion),
    paragraph(report.completion.summary, { indent: true }),
    ...byTable(report.completion.rows).flatMap((g) => [heading(g.caption, 2), completionTable(g.rows)]),
    heading(titles.boxes),
    ...(boxes.length ? [paragraph(boxesSummary(report.boxes), { indent: true }), ...boxes] : [paragraph('规划未列出专栏项目。')]),
    heading(titles.rules),
    paragraph(method.intro, { indent: true }),
    wordTable(['状态', '判断规则'], method.rules.map((r) => [r.label, r.rule]), { weights: [1, 4] }),
    ...method.notes.map((n) => paragraph(n)),
    heading(titles.sources),
    wordTable(['指标', '数值', '内容', '来源', '备注'], sources, { weights: [20, 9, 13, 50, 8] }),
  ];
}

function completionTable(rows: readonly CompletionRow[]) {
  const fills = { achieved: statusColours.achieved, 'not-achieved': statusColours.regressing, 'no-data': statusColours['no-data'] };
  return wordTable([...completionColumns], rows.map(completionCells), {
    weights: [40, 10, 16, 16, 14],
    styleOf: (i, j) => (j === completionColumns.length - 1 ? { fill: fills[rows[i].status] } : undefined),
  });
}
