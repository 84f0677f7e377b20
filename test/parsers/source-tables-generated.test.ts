import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import type { Indicator, SourceText, Value } from '../../src/domain/index.ts';
import { extractPlan } from '../../src/parsers/index.ts';
import { htmlToSource } from '../../src/readers/index.ts';

// The hand-checked rows of every seed table, rendered as HTML grids in several layouts, must come back
// from the grid: the grid reader is measured on tables it was not written against.
const seeds = new URL('../fixtures/seeds/', import.meta.url);
type Role = 'baseline' | 'target' | 'actual' | 'annualGrowth';
const VALUE_HEADERS: Record<Role, string> = { baseline: '基期值', target: '目标值', actual: '实际完成', annualGrowth: '年均增长' };
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const td = (text: string, attrs = '') => `<td${attrs}>${escape(text)}</td>`;
const raw = (v: Value | null) => v?.raw ?? '';

interface Layout {
  readonly name: string;
  /** the value columns under one spanned 数值 cell (a two-row header) */
  readonly spanned: boolean;
  /** groups as rows across the table instead of a merged group column */
  readonly groupRows: boolean;
  /** the unit as a second paragraph of the name cell instead of its own column */
  readonly unitInName: boolean;
  /** the header printed again in the middle of the table */
  readonly repeatHeader: boolean;
}

const layouts: Layout[] = [
  { name: 'merged group column, unit column', spanned: false, groupRows: false, unitInName: false, repeatHeader: false },
  { name: 'two-row spanned header, full-width group rows, unit paragraph', spanned: true, groupRows: true, unitInName: true, repeatHeader: false },
  { name: 'two-row spanned header, merged group column, header repeated', spanned: true, groupRows: false, unitInName: false, repeatHeader: true },
];

function render(rows: readonly Indicator[], layout: Layout): string {
  const values = (Object.keys(VALUE_HEADERS) as Role[]).filter((role) => rows.some((r) => r[role] !== null));
  const seq = rows.some((r) => r.seq !== null);
  const attribute = rows.some((r) => r.attribute !== null);
  const grouped = rows.some((r) => r.category !== null) && !layout.groupRows;
  const lead = [...(grouped ? ['类别'] : []), ...(seq ? ['序号'] : []), '指标', ...(layout.unitInName ? [] : ['单位'])];
  const tail = attribute ? ['属性'] : [];
  const two = layout.spanned ? ' rowspan="2"' : '';
  const header = layout.spanned
    ? `<tr>${lead.map((h) => td(h, two)).join('')}${td('数值', ` colspan="${values.length}"`)}${tail.map((h) => td(h, two)).join('')}</tr>` +
      `<tr>${values.map((v) => td(VALUE_HEADERS[v])).join('')}</tr>`
    : `<tr>${[...lead, ...values.map((v) => VALUE_HEADERS[v]), ...tail].map((h) => td(h)).join('')}</tr>`;
  const width = lead.length + values.length + tail.length;
  const body = rows.map((row, i) => {
    const first = i === 0 || rows[i - 1].category !== row.category;
    const span = rows.slice(i).findIndex((r) => r.category !== row.category);
    const cells = [
      ...(grouped && first ? [td(row.category ?? '', ` rowspan="${span < 0 ? rows.length - i : span}"`)] : []),
      ...(seq ? [td(String(row.seq ?? ''))] : []),
      layout.unitInName && row.unit ? `<td><p>${escape(row.name)}</p><p>（${escape(row.unit)}）</p></td>` : td(row.name),
      ...(layout.unitInName ? [] : [td(row.unit ?? '')]),
      ...values.map((v) => td(raw(row[v]))),
      ...(attribute ? [td(row.attribute === 'binding' ? '约束性' : row.attribute === 'expected' ? '预期性' : '')] : []),
    ];
    const heading = layout.groupRows && first && row.category ? `<tr>${td(row.category, ` colspan="${width}"`)}</tr>` : '';
    return `${heading}<tr>${cells.join('')}</tr>`;
  });
  if (layout.repeatHeader) {
    // after a whole group, where a page break falls in an exported file
    const at = rows.findIndex((r, i) => i >= rows.length / 2 && r.category !== rows[i - 1]?.category);
    if (at > 0) body.splice(at, 0, header);
  }
  return `<table>${header}${body.join('')}</table>`;
}

const fields = (i: Indicator) =>
  [i.category, i.seq, i.name, i.unit, i.attribute, raw(i.baseline), raw(i.target), raw(i.actual), raw(i.annualGrowth)];

for (const file of readdirSync(seeds).filter((f) => f.endsWith('.indicators.json')).sort()) {
  const expected: { tables: { caption: string }[]; indicators: Indicator[] } = JSON.parse(readFileSync(new URL(file, seeds), 'utf8'));
  for (const layout of layouts) {
    test(`seed ${file.slice(0, 3)} tables as HTML grids: ${layout.name}`, () => {
      const html = expected.tables.map((t, k) => `<p>表${k + 1} ${escape(t.caption.replace(/^表\s*[\d]+[：:]?\s*/, ''))}</p>` +
        render(expected.indicators.filter((i) => i.table === t.caption), layout)).join('<p>说明文字。</p>');
      const { lines, tables } = htmlToSource(`<html><body>${html}</body></html>`);
      const source: SourceText = { file: 'x.html', format: 'html', encoding: 'utf-8', sha256: '', warnings: [], tables,
        lines: lines.map((text, i) => ({ line: i + 1, text, position: { page: null } })) };
      const plan = extractPlan(source);
      assert.deepEqual(plan.indicators.map(fields), expected.indicators.map(fields));
    });
  }
}
