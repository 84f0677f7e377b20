import { byTable, completionCells, countCells, gapCells, indicatorTableOf } from './cells.ts';
import { escapeHtml as h } from './escape-html.ts';
import { completionColumns, coverFacts, draftNotice, gapColumnsOf, noGapsText, statusColours, titlesOf, warningColours } from './labels.ts';
import { typefaces, type Typeface } from './typefaces.ts';
import type { Report, SourceEntry } from './report.ts';
import { boxProgressColumns, boxRowCells, boxesSummary } from './project-boxes.ts';

const style = (typeface: Typeface) => `
body{font-family:${typefaces[typeface].css.body};max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.6}
h2,h3{font-family:${typefaces[typeface].css.heading}}h1{font-family:${typefaces[typeface].css.title}}
.toc ol{list-style:none;padding-left:1em}.toc a{color:inherit}
.draft{color:#c00000;border-left:4px solid #c00000;padding-left:.6em}
ol.findings li{margin:.3em 0}
h1{text-align:center;font-size:1.8em;margin-top:2em}
.cover{text-align:center;margin-bottom:3em}.cover p{margin:.3em}
table{border-collapse:collapse;width:100%;margin:1em 0;font-size:.9em}
th,td{border:1px solid #999;padding:.3em .5em;vertical-align:top}
th{background:#f0f0f0}
.warn-red{color:#${warningColours.red};font-weight:bold}.warn-yellow{color:#${warningColours.yellow};font-weight:bold}
figure{display:inline-block;margin:.5em;max-width:100%}figure svg{max-width:100%;height:auto}figcaption{text-align:center;font-size:.9em}
@media (max-width:700px){body{margin:1em auto}table{display:block;overflow-x:auto}figure{margin:.5em 0}}
.judgement{font-size:1.05em;text-indent:2em}
.quote{color:#555}
@media print{body{max-width:none;margin:0}figure,tr{break-inside:avoid}h2,h3{break-after:avoid}.cover{break-after:page}}
`;

/** The report as one self-contained HTML page: inline CSS, charts as inline SVG, all text escaped. */
export function renderHtml(report: Report, typeface: Typeface = 'standard'): string {
  const { cover } = report;
  const titles = titlesOf(report.kind);
  const ids = Object.keys(titles) as Array<keyof typeof titles>;
  const heading = (key: keyof typeof titles) => `<h2 id="${key}">${titles[key]}</h2>`;
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${h(cover.title)}</title><style>${style(typeface)}</style></head>
<body>
<div class="cover"><h1>${h(cover.title)}</h1>
${coverFacts(cover).map((f) => `<p>${h(f)}</p>`).join('')}</div>
<nav class="toc"><h2>目录</h2><ol>${ids.map((key) => `<li><a href="#${key}">${titles[key]}</a></li>`).join('')}</ol></nav>
${heading('summary')}
<p class="judgement">${h(report.summary.judgement)}</p>
${report.summary.named.map((n) => `<p class="judgement">${h(n)}</p>`).join('')}
${table(['评估状态', '项数'], countCells(report.summary))}
${heading('indicators')}
${indicatorTable(report)}
${heading('gaps')}
${report.gaps.length ? table(gapColumnsOf(report.kind), report.gaps.map(gapCells)) : `<p>${noGapsText(report.kind)}</p>`}
${heading('problems')}
<p class="draft">${draftNotice}</p>
<ol class="findings">${report.findings.problems.map((p) => `<li>${h(p)}</li>`).join('')}</ol>
${heading('suggestions')}
<p class="draft">${draftNotice}</p>
<ol class="findings">${report.findings.suggestions.map((p) => `<li>${h(p)}</li>`).join('')}</ol>
${heading('charts')}
${report.charts.length ? '' : '<p>暂无有监测数据的量化指标，不绘制走势图。</p>'}${report.charts.map((c) => `<figure>${c.svg}<figcaption>${h(c.title)}</figcaption></figure>`).join('\n')}
${heading('completion')}
<p>${h(report.completion.summary)}</p>
${byTable(report.completion.rows).map((g) => `<h3>${h(g.caption)}</h3>${table([...completionColumns], g.rows.map(completionCells))}`).join('\n')}
${heading('boxes')}
${report.boxes.length ? `<p>${h(boxesSummary(report.boxes))}</p>` + report.boxes.map((b) => `<h3>${h(b.title)}</h3>${table([...boxProgressColumns], b.rows.map(boxRowCells))}`).join('\n') : '<p>规划未列出专栏项目。</p>'}
${heading('rules')}
<p>${h(report.appendix.method.intro)}</p>
${table(['状态', '判断规则'], report.appendix.method.rules.map((r) => [r.label, r.rule]))}
<ul>${report.appendix.method.notes.map((n) => `<li>${h(n)}</li>`).join('')}</ul>
${heading('sources')}
${sourceTable(report.appendix.sources)}
</body></html>
`;
}

function table(head: readonly string[], rows: readonly string[][]): string {
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${h(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head.map((c) => `<th>${h(c)}</th>`).join('')}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function indicatorTable(report: Report): string {
  const { columns, rows, statusColumn, warningColumn } = indicatorTableOf(report);
  const body = report.indicators.map((r, n) => {
    const cells = rows[n].map((c, i) => {
      if (i === statusColumn) return `<td style="background:#${statusColours[r.status]}" title="${h(r.explanation)}">${h(c)}</td>`;
      if (i === warningColumn && r.warning) return `<td class="warn-${r.warning}">▲${h(c)}</td>`;
      return `<td>${h(c)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table><thead><tr>${columns.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>\n${body.join('\n')}\n</tbody></table>`;
}

function sourceTable(entries: readonly SourceEntry[]): string {
  const rows = entries.map((s) => {
    const title = s.url && /^https?:\/\//i.test(s.url) ? `<a href="${h(s.url)}">${h(s.title)}</a>` : h(s.title);
    const quote = s.quote ? `<div class="quote">“${h(s.quote)}”</div>` : '';
    return `<tr><td>${h(s.indicator)}</td><td>${h(s.what)}</td><td>${h(s.value)}</td><td>${title}${quote}</td><td>${h(s.note ?? '')}</td></tr>`;
  });
  return `<table><thead><tr><th>指标</th><th>数值</th><th>内容</th><th>来源</th><th>备注</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}
