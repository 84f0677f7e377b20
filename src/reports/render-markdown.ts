import { byTable, completionCells, countCells, gapCells, indicatorCells } from './cells.ts';
import { completionColumns, coverFacts, gapColumns, indicatorColumns, measureNotes, sectionTitles } from './labels.ts';
import type { Report, SourceEntry } from './report.ts';

/** Text from plans and users: raw HTML in Markdown would be rendered, so tags and entities are escaped (≥, > stay readable). */
const t = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A table cell: pipes and line breaks would break the row. */
const cell = (text: string) => t(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function table(head: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The report as Markdown (charts are listed by title; they live in the HTML and Word versions). */
export function renderMarkdown(report: Report): string {
  const { cover } = report;
  const meta = coverFacts(cover);
  return [
    `# ${t(cover.title)}`,
    t(meta.join('  \n')),
    `## ${sectionTitles.summary}`,
    t(report.summary.judgement),
    table(['评估状态', '项数'], countCells(report.summary)),
    `## ${sectionTitles.indicators}`,
    table([...indicatorColumns], report.indicators.map(indicatorCells)),
    `## ${sectionTitles.gaps}`,
    report.gaps.length ? table([...gapColumns], report.gaps.map(gapCells)) : '无相对滞后或约束性指标。',
    `## ${sectionTitles.charts}`,
    report.charts.length ? report.charts.map((c) => `- ${t(c.title)}`).join('\n') : '（无可绘制的量化指标）',
    `## ${sectionTitles.completion}`,
    [t(report.completion.summary), ...byTable(report.completion.rows).map((g) => `### ${t(g.caption)}\n\n${table([...completionColumns], g.rows.map(completionCells))}`)].join('\n\n'),
    `## ${sectionTitles.boxes}`,
    report.boxes.length ? report.boxes.map((b) => [`### ${t(b.title)}`, ...b.items.map((i) => `- ${t(i)}`)].join('\n')).join('\n\n') : '规划未列出专栏项目。',
    `## ${sectionTitles.rules}`,
    table(['状态', '判断规则'], report.appendix.rules.map((r) => [r.label, r.rule])),
    measureNotes.map((n) => `- ${n}`).join('\n'),
    `## ${sectionTitles.sources}`,
    table(['指标', '数值', '内容', '来源', '备注'], report.appendix.sources.map(sourceCells)),
    '',
  ].join('\n\n');
}

function sourceCells(s: SourceEntry): string[] {
  const where = [s.url && /^https?:\/\//i.test(s.url) ? `[${s.title}](${s.url})` : s.title, s.quote ? `“${s.quote}”` : ''].filter(Boolean).join(' ');
  return [s.indicator, s.what, s.value, where, s.note ?? ''];
}
