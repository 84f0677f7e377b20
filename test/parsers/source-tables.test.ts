import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Indicator, PlanExtract, SourceText, Value } from '../../src/domain/index.ts';
import { extractPlan } from '../../src/parsers/index.ts';
import { htmlToSource, readDocument } from '../../src/readers/index.ts';
import { findLibreOffice } from '../../src/readers/convert-office.ts';
import { hasLibreOffice, requireSystem } from '../support/system.ts';
import { buildExcerptDocx } from '../fixtures/readers/build-docx.ts';
import { buildGridDocx, gridHtml } from '../fixtures/grids/grid-documents.ts';
import { valueCell } from './value-cell.ts';

// Word and HTML tables read from their grids (SourceTable), not from their TAB lines.
const expected = JSON.parse(readFileSync(new URL('../fixtures/grids/grid-documents.expected.json', import.meta.url), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'plantrack-grids-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const cell = (v: Value | null) => valueCell(v);

const row = (i: Indicator) => ({
  table: i.table.split(/\s/)[0], line: i.line, seq: i.seq, category: i.category, name: i.name, unit: i.unit,
  attribute: i.attribute, baseline: cell(i.baseline), target: cell(i.target), actual: cell(i.actual), annualGrowth: cell(i.annualGrowth),
});
const collapse = (text: string) => text.replace(/\s+/g, ' ');

function assertExpected(plan: PlanExtract) {
  assert.deepEqual(plan.tables.map((t) => collapse(`${t.caption} | ${t.kind} | ${t.rows} | ${t.line}`)), expected.tables.map(collapse));
  assert.deepEqual(plan.indicators.map(row), expected.indicators);
  assert.deepEqual(plan.issues.filter((i) => i.code.startsWith('table')).map((i) => `${i.code} ${i.line}`), expected.issues);
}

async function read(name: string, bytes: Uint8Array | string): Promise<SourceText> {
  writeFileSync(join(dir, name), bytes);
  return readDocument(join(dir, name));
}

test('a Word file: spanned two-row headers, merged groups, two-paragraph names, a repeated header, full-width groups, no caption, 指标值 over the years', async () => {
  const source = await read('grids.docx', await buildGridDocx());
  assert.deepEqual(source.tables?.map((t) => [t.origin, t.firstLine, t.lastLine]), [['docx', 3, 11], ['docx', 14, 20], ['docx', 23, 27], ['docx', 31, 37]]);
  assertExpected(extractPlan(source));
});

test('the same tables in a web page read the same rows', async () => {
  const source = await read('grids.html', gridHtml());
  assert.equal(source.tables?.[0].origin, 'html');
  assertExpected(extractPlan(source));
});

test('a grid without a caption that only looks like values (项目名称 | 2025年) is no indicator table; a captioned grid of words gives none either', async () => {
  const html = '<p>第一章 总则</p><table><tr><td>序号</td><td>项目名称</td><td>2025年</td></tr><tr><td>1</td><td>新建学校</td><td>10</td></tr></table>' +
    '<p>表9 重点项目</p><table><tr><td>项目</td><td>内容</td><td>年份</td></tr><tr><td>甲</td><td>乙</td><td>丙</td></tr></table>';
  const plan = extractPlan(await read('projects.html', `<html><body>${html}</body></html>`));
  assert.deepEqual(plan.indicators, []);
  assert.deepEqual(plan.tables, []);
});

test('the seed excerpt in Word reads the same 8 rows from its grid as from its TAB lines', async () => {
  const source = await read('excerpt.docx', await buildExcerptDocx());
  const fromGrid = extractPlan(source);
  const fromLines = extractPlan({ ...source, tables: undefined });
  assert.equal(source.tables?.length, 1);
  assert.equal(fromGrid.indicators.length, 8);
  assert.deepEqual(fromGrid.indicators, fromLines.indicators);
  assert.deepEqual(fromGrid.tables, fromLines.tables);
});

test('a .doc converted by LibreOffice reads the same rows as the .docx', { timeout: 180_000 }, async (t) => {
  if (!requireSystem(t, hasLibreOffice(), 'LibreOffice（apt-get install libreoffice-writer-nogui）')) return;
  const work = mkdtempSync(join(dir, 'doc-'));
  writeFileSync(join(work, 'grids.docx'), await buildGridDocx());
  execFileSync(findLibreOffice()!, [
    `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless',
    '--convert-to', 'doc', '--outdir', work, join(work, 'grids.docx'),
  ], { timeout: 120_000, stdio: 'ignore' });
  const source = await readDocument(join(work, 'grids.doc'));
  assert.equal(source.format, 'doc');
  assertExpected(extractPlan(source));
});

/** A ruled table as the pdf reader gives it: rows printed as TAB lines, cells on the grid. */
function ruled(rows: readonly (readonly string[])[], firstLine: number, spans: Record<string, number> = {}) {
  const cells = rows.flatMap((texts, r) => texts.flatMap((text, c) => {
    const key = `${r},${c}`;
    if (text === null || spans[key] === 0) return [];
    return [{ text, parts: text ? [text] : [], row: r, column: c, rowspan: spans[key] ?? 1, colspan: 1, line: firstLine + r }];
  }));
  return {
    origin: 'pdf-ruled' as const, firstLine, lastLine: firstLine + rows.length - 1,
    rowCount: rows.length, columnCount: rows[0].length, cells,
  };
}

test('a ruled PDF table over two pages (header repeated or not, group label only on the first page) is one table', () => {
  const header = ['类别', '指标', '单位', '2020年', '2025年', '属性'];
  const page1 = [header, ['经济', '地区生产总值', '亿元', '100', '200', '预期性'], ['', '人均地区生产总值', '元', '5', '8', '预期性']];
  const page2 = [['', '一般公共预算收入', '亿元', '10', '15', '预期性'], ['民生', '城镇新增就业', '万人', '[5]', '[6]', '预期性']];
  for (const repeated of [true, false]) {
    const second = repeated ? [header, ...page2] : page2;
    const texts = ['表3  主要指标', ...[...page1, ...second].map((r) => r.join('\t')), '注：[ ]内为五年累计数。', '三、保障措施'];
    const lines = texts.map((text, i) => ({ line: i + 1, text, position: { page: i < 4 ? 1 : 2 } }));
    const tables = [ruled(page1, 2, { '1,0': 2, '2,0': 0 }), ruled(second, 5)];
    const plan = extractPlan({ file: 'x.pdf', format: 'pdf', encoding: null, sha256: '', lines, warnings: [], tables });
    assert.deepEqual(plan.tables.map((t) => [t.caption, t.rows, t.line]), [['表3  主要指标', 4, 1]], `header repeated: ${repeated}`);
    assert.deepEqual(plan.indicators.map((i) => [i.category, i.name, i.unit, i.baseline?.value, i.target?.value, i.target?.cumulative, i.line]), [
      ['经济', '地区生产总值', '亿元', 100, 200, false, 3],
      ['经济', '人均地区生产总值', '元', 5, 8, false, 4],
      ['经济', '一般公共预算收入', '亿元', 10, 15, false, repeated ? 6 : 5],
      ['民生', '城镇新增就业', '万人', 5, 6, true, repeated ? 7 : 6],
    ]);
  }
});

test('a ruled PDF grid is read directly: a cell by the text the reader joined from its printed lines, a group label printed in pieces over unmerged rows as one group', () => {
  const rows = [
    ['类别', '指标', '单位', '2020年', '2025年', '属性'],
    ['', '地区生产总值', '亿元', '100', '200', '预期性'],
    ['百姓', '城镇调查失业率', '%', '<4', '<4', '预期性'],
    ['', '人均可支配收入', '元', '50000', '63000', '预期性'],
    ['富', '养老保险参保率', '%', '99% 99', '95', '预期性'],
  ];
  const texts = ['表1  主要指标', ...rows.map((r) => r.join('\t')), '二、主要任务'];
  const lines = texts.map((text, i) => ({ line: i + 1, text, position: { page: 1 } }));
  const table = ruled(rows, 2);
  // the reader's text of a number wrapped in its narrow column, and of two items on two printed lines
  const wrapped = table.cells.map((c) => (c.text === '63000' ? { ...c, parts: ['6300', '0'] } : c.text === '99% 99' ? { ...c, parts: ['99%', '99'] } : c));
  const plan = extractPlan({ file: 'x.pdf', format: 'pdf', encoding: null, sha256: '', lines, warnings: [], tables: [{ ...table, cells: wrapped }] });
  assert.deepEqual(plan.indicators.map((i) => [i.category, i.name, i.target?.raw, i.baseline?.raw]), [
    ['百姓富', '地区生产总值', '200', '100'],
    ['百姓富', '城镇调查失业率', '<4', '<4'],
    ['百姓富', '人均可支配收入', '63000', '50000'],
    ['百姓富', '养老保险参保率', '95', '99% 99'],
  ]);
});

/** A web page's body (tables as HTML) read as the html reader reads it. */
function fromHtml(body: string): SourceText {
  const { lines, tables } = htmlToSource(`<html><body>${body}</body></html>`);
  return {
    file: 'x.html', format: 'html', encoding: 'utf-8', sha256: '', warnings: [], tables,
    lines: lines.map((text, i) => ({ line: i + 1, text, position: { page: null } })),
  };
}
const tr = (...cells: string[]) => `<tr>${cells.map((c) => (c.startsWith('<td') ? c : `<td>${c}</td>`)).join('')}</tr>`;

test('a caption printed as the first row of the table; a column no role names (牵头单位); 属性 and 单位 merged over rows belong to each row; a note row ends it', () => {
  const plan = extractPlan(fromHtml(`<p>一、发展目标</p><table>
    ${tr('<td colspan="6">表4  “十四五”时期教育发展主要指标</td>')}
    ${tr('指标', '单位', '“十三五”完成情况', '2025年目标值', '属性', '牵头单位')}
    ${tr('学前教育毛入园率', '<td rowspan="2">%</td>', '90', '≥92', '<td rowspan="3">预期性</td>', '<td rowspan="3">市教育局</td>')}
    ${tr('高中阶段毛入学率', '93', '95')}
    ${tr('劳动年龄人口平均受教育年限', '年', '11', '11.5')}
    ${tr('<td colspan="6">注：2025年目标值为全市平均。</td>')}
  </table><p>二、主要任务</p>`));
  assert.deepEqual(plan.tables, [{ caption: '表4 “十四五”时期教育发展主要指标', kind: 'targets', line: 2, rows: 3, confidence: 1 }]);
  assert.deepEqual(plan.indicators.map((i) => [i.name, i.unit, i.attribute, i.baseline?.raw, i.target?.raw, i.actual]), [
    ['学前教育毛入园率', '%', 'expected', '90', '≥92', null],
    ['高中阶段毛入学率', '%', 'expected', '93', '95', null],
    ['劳动年龄人口平均受教育年限', '年', 'expected', '11', '11.5', null],
  ]);
  assert.deepEqual(plan.issues.filter((i) => i.code.startsWith('table')), []);
});

test('表N（续） before a grid continues the table above; a row with values and no name is reported, not dropped silently', () => {
  const header = tr('序号', '指标名称', '2020年', '2025年');
  const plan = extractPlan(fromHtml(`<p>表5 主要指标</p><table>${header}${tr('1', '森林覆盖率（%）', '23', '24')}</table>
    <p>表5（续）</p><table>${header}${tr('2', '湿地保护率（%）', '50', '55')}${tr('', '', '3', '4')}</table>`));
  assert.deepEqual(plan.tables.map((t) => [t.caption, t.rows]), [['表5 主要指标', 2]]);
  assert.deepEqual(plan.indicators.map((i) => [i.table, i.seq, i.name, i.target?.value]), [['表5 主要指标', 1, '森林覆盖率', 24], ['表5 主要指标', 2, '湿地保护率', 55]]);
  assert.deepEqual(plan.issues.filter((i) => i.code.startsWith('table')).map((i) => [i.code, i.line]), [['table-row-unnamed', 7]]);
});

test('发展目标 spanning 2020年 and “十四五” (2025年 | 年均增长): the columns are read by their own labels, 2020年 the baseline', async () => {
  const html = '<p>表1 主要指标</p><table>' +
    '<tr><td rowspan="3">类别</td><td rowspan="3">指标</td><td rowspan="3">单位</td><td colspan="3">发展目标</td><td rowspan="3">属性</td></tr>' +
    '<tr><td rowspan="2">2020年</td><td colspan="2">“十四五”</td></tr><tr><td>2025年</td><td>年均增长</td></tr>' +
    '<tr><td>经济发展</td><td>全员劳动生产率</td><td>万元/人</td><td>19.2</td><td>25</td><td>6以上</td><td>预期性</td></tr></table>';
  const plan = extractPlan(await read('three-level.html', `<html><body>${html}</body></html>`));
  assert.deepEqual(plan.indicators.map((i) => [i.name, i.baseline?.raw, i.target?.raw, i.annualGrowth?.raw]), [['全员劳动生产率', '19.2', '25', '6以上']]);
});

test('a bare row number in the group column, the 序号 cell empty (a page turn left a column line undrawn), is reported', () => {
  const plan = extractPlan(fromHtml(`<p>表6 主要指标</p><table>${tr('类别', '序号', '指标名称', '单位', '2025年')}
    ${tr('城市功能', '13', '中心城区绿色出行比例', '%', '70')}${tr('14', '', '人均体育场地面积', '平方米', '3.8')}</table>`));
  assert.deepEqual(plan.issues.filter((i) => i.code.startsWith('table')).map((i) => i.code), ['table-row-doubt']);
});

test('a group cell merged down from a header repeated after a page break is no group: the rows keep the group above, with a doubt', () => {
  // Word splits a table at a page break by repeating the header; a 类别 cell left merged (vMerge continue) under
  // the repeated 类别 would make 类别 the group of the rows it covers
  const plan = extractPlan(fromHtml(`<p>表2 主要指标</p><table>
    ${tr('类别', '指标', '单位', '2025年')}
    ${tr('<td rowspan="2">经济发展</td>', '地区生产总值增长', '%', '6')}
    ${tr('全员劳动生产率', '万元/人', '25')}
    ${tr('<td rowspan="2">类别</td>', '指标', '单位', '2025年')}
    ${tr('研发经费投入增长', '%', '7')}
    ${tr('<td>民生福祉</td>', '城镇调查失业率', '%', '5.5')}
  </table>`));
  assert.deepEqual(plan.indicators.map((i) => [i.category, i.name]), [
    ['经济发展', '地区生产总值增长'], ['经济发展', '全员劳动生产率'], ['经济发展', '研发经费投入增长'], ['民生福祉', '城镇调查失业率'],
  ]);
  assert.deepEqual(plan.issues.filter((i) => i.code.startsWith('table')).map((i) => [i.code, i.line]), [['table-row-doubt', 6]]);
});
