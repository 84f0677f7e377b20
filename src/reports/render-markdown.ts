import { byTable, completionCells, countCells, gapCells, indicatorTableOf } from './cells.ts';
import { completionColumns, coverFacts, draftNotice, gapColumnsOf, noGapsText, titlesOf } from './labels.ts';
import { boxProgressColumns, boxRowCells, boxesSummary } from './project-boxes.ts';
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
  const titles = titlesOf(report.kind);
  const indicators = indicatorTableOf(report);
  return [
    `# ${t(cover.title)}`,
    t(meta.join('  \n')),
    `## 目录\n\n${Object.values(titles).map((title) => `- ${title}`).join('\n')}`,
    `## ${titles.summary}`,
    t(report.summary.judgement),
    ...report.summary.named.map(t),
    table(['评估状态', '项数'], countCells(report.summary)),
    `## ${titles.indicators}`,
    table(indicators.columns, indicators.rows),
    `## ${titles.gaps}`,
    report.gaps.length ? table(gapColumnsOf(report.kind), report.gaps.map(gapCells)) : noGapsText(report.kind),
    `## ${titles.problems}`,
    `> ${draftNotice}`,
    list(report.findings.problems),
    `## ${titles.suggestions}`,
    `> ${draftNotice}`,
    list(report.findings.suggestions),
    `## ${titles.charts}`,
    report.charts.length ? report.charts.map((c) => `- ${t(c.title)}`).join('\n') : '（暂无有监测数据的量化指标，不绘制走势图）',
    `## ${titles.completion}`,
    [t(report.completion.summary), ...byTable(report.completion.rows).map((g) => `### ${t(g.caption)}\n\n${table([...completionColumns], g.rows.map(completionCells))}`)].join('\n\n'),
    `## ${titles.boxes}`,
    report.boxes.length ? `${t(boxesSummary(report.boxes))}\n\n` + report.boxes.map((b) => `### ${t(b.title)}\n\n${table([...boxProgressColumns], b.rows.map(boxRowCells))}`).join('\n\n') : '规划未列出专栏项目。',
    `## ${titles.rules}`,
    t(report.appendix.method.intro),
    table(['状态', '判断规则'], report.appendix.method.rules.map((r) => [r.label, r.rule])),
    list(report.appendix.method.notes),
    `## ${titles.sources}`,
    table(['指标', '数值', '内容', '来源', '备注'], report.appendix.sources.map(sourceCells)),
    '',
  ].join('\n\n');
}

const list = (items: readonly string[]) => items.map((i, n) => `${n + 1}. ${t(i)}`).join('\n');

function sourceCells(s: SourceEntry): string[] {
  const where = [s.url && /^https?:\/\//i.test(s.url) ? `[${s.title}](${s.url})` : s.title, s.quote ? `“${s.quote}”` : ''].filter(Boolean).join(' ');
  return [s.indicator, s.what, s.value, where, s.note ?? ''];
}
