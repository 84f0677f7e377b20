import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToLines, htmlToSource } from './html-lines.ts';
import { caption, excerptHtml, expectedTabLines, heading, prose } from '../../test/fixtures/readers/seed-excerpt.ts';

const collapsed = (text: string) => text.replace(/\s+/g, ' '); // HTML collapses white space

test('a page with the seed table gives prose lines then one TAB line per table row', () => {
  assert.deepEqual(htmlToLines(excerptHtml()), [collapsed(heading), prose, collapsed(caption), ...expectedTabLines()]);
});

test('block elements and <br> break lines; inline elements do not', () => {
  const html = '<div>第一章 <b>总体</b>要求<br/>一、指导思想</div><ul><li>甲</li><li>乙</li></ul>尾';
  assert.deepEqual(htmlToLines(html), ['第一章 总体要求', '一、指导思想', '甲', '乙', '尾']);
});

test('entities are decoded and scripts, styles, comments and the head are dropped', () => {
  const html = '<html><head><title>t</title><style>p{}</style></head><body><!-- x --><script>var a = "<p>";</script>' +
    '<p>&ldquo;十四五&rdquo;&nbsp;&#20154;&#x6c11; &lt;5 &amp; &ge;70 &unknown;</p></body></html>';
  assert.deepEqual(htmlToLines(html), ['“十四五” 人民 <5 & ≥70 &unknown;']);
});

test('colspan and rowspan leave empty cells so columns stay aligned', () => {
  const html = `<table>
    <tr><th rowspan="2">类别</th><th rowspan="2">指标</th><th colspan="2">目标值</th></tr>
    <tr><th>2020年</th><th>2025年</th></tr>
    <tr><td rowspan="2">经济</td><td>地区生产总值</td><td>1</td><td>2</td></tr>
    <tr><td>人均</td><td>3</td><td>4</td></tr>
  </table>`;
  assert.deepEqual(htmlToLines(html), ['类别\t指标\t目标值\t', '\t\t2020年\t2025年', '经济\t地区生产总值\t1\t2', '\t人均\t3\t4']);
});

test('a cell of several paragraphs is joined by a space; a nested table is read into its cell', () => {
  const html = '<table><tr><td><p>城镇</p><p>功能</p></td><td><table><tr><td>甲</td><td>乙</td></tr></table></td></tr></table>';
  assert.deepEqual(htmlToLines(html), ['城镇 功能\t甲 乙']);
});

test('an unclosed table at the end of the page is still read', () => {
  assert.deepEqual(htmlToLines('<p>前</p><table><tr><td>a<td>b<tr><td>c'), ['前', 'a\tb', 'c']);
});

test('a 专栏 box drawn as a one-cell table gives one line per paragraph', () => {
  const html = '<p>正文</p><table><tr><td><p>专栏3-1 公共服务领域重点工程</p><p>01 教育</p><p>新建学校10所。</p></td></tr></table><p>后文</p>';
  assert.deepEqual(htmlToLines(html), ['正文', '专栏3-1 公共服务领域重点工程', '01 教育', '新建学校10所。', '后文']);
});

test('a page laid out in a table (a cell of running text) is read as paragraphs, not as one row', () => {
  const article = Array.from({ length: 5 }, (_, i) => `<p>第${i + 1}段：${'推进新型城镇化高质量发展。'.repeat(3)}</p>`).join('');
  const lines = htmlToLines(`<table><tr><td><a href="/">首页</a></td><td>${article}</td></tr></table>`);
  assert.equal(lines.length, 6);
  assert.equal(lines[0], '首页');
  assert.match(lines[5], /^第5段：推进/);
  assert.ok(lines.every((line) => !line.includes('\t')));
});

test('each grid table is kept with its cells, spans, paragraphs and the lines its rows are printed on', () => {
  const html = `<p>表1 主要指标</p><table>
    <tr><th rowspan="2">类别</th><th rowspan="2">指标</th><th colspan="2">“十四五”目标</th></tr>
    <tr><th>2025年</th><th>年均增长</th></tr>
    <tr><td></td><td></td><td></td><td></td></tr>
    <tr><td rowspan="2">经济</td><td><p>地区生产总值</p><p>（亿元）</p></td><td>1</td><td>2</td></tr>
    <tr><td>人均</td><td>3</td><td>4</td></tr>
  </table><p>注：说明。</p>`;
  const { lines, tables } = htmlToSource(html);
  assert.deepEqual(lines, ['表1 主要指标', '类别\t指标\t“十四五”目标\t', '\t\t2025年\t年均增长',
    '经济\t地区生产总值 （亿元）\t1\t2', '\t人均\t3\t4', '注：说明。']);
  assert.equal(tables.length, 1);
  const [table] = tables;
  assert.deepEqual([table.origin, table.firstLine, table.lastLine, table.rowCount, table.columnCount], ['html', 2, 5, 5, 4]);
  const at = (row: number, column: number) => table.cells.find((c) => c.row === row && c.column === column);
  assert.deepEqual(at(0, 2), { text: '“十四五”目标', parts: ['“十四五”目标'], row: 0, column: 2, rowspan: 1, colspan: 2, line: 2 });
  assert.deepEqual(at(1, 2)?.text, '2025年');
  assert.deepEqual([at(2, 0)?.text, at(2, 0)?.line], ['', 3]); // the empty row prints no line
  assert.deepEqual(at(3, 0), { text: '经济', parts: ['经济'], row: 3, column: 0, rowspan: 2, colspan: 1, line: 4 });
  assert.deepEqual(at(3, 1)?.parts, ['地区生产总值', '（亿元）']);
  assert.deepEqual([at(4, 1)?.text, at(4, 1)?.line, at(4, 0)], ['人均', 5, undefined]);
});

test('frame tables (one column, running text) and tables nested in a cell are not grids', () => {
  const box = '<table><tr><td><p>专栏1</p><p>01 教育</p></td></tr></table>';
  const nested = '<table><tr><td>甲</td><td><table><tr><td>乙</td><td>丙</td></tr></table></td></tr></table>';
  const { lines, tables } = htmlToSource(box + nested);
  assert.deepEqual(lines, ['专栏1', '01 教育', '甲\t乙 丙']);
  assert.deepEqual(tables.map((t) => [t.firstLine, t.lastLine, t.cells.length]), [[3, 3, 2]]);
});

test('an indicator table inside a page laid out with a table is still a grid of its own lines', () => {
  const article = Array.from({ length: 4 }, (_, i) => `<p>第${i + 1}段。</p>`).join('');
  const indicators = '<table><tr><td>指标</td><td>2020年</td><td>2025年</td></tr><tr><td>森林覆盖率（%）</td><td>23</td><td>24</td></tr></table>';
  const { lines, tables } = htmlToSource(`<table><tr><td>首页</td><td>${article}<p>表1 主要指标</p>${indicators}<p>尾段。</p></td></tr></table>`);
  assert.deepEqual(lines, ['首页', '第1段。', '第2段。', '第3段。', '第4段。', '表1 主要指标', '指标\t2020年\t2025年', '森林覆盖率（%）\t23\t24', '尾段。']);
  assert.deepEqual(tables.map((t) => [t.firstLine, t.lastLine, t.cells.length]), [[7, 8, 6]]);
});

test('a table’s <caption> is the line before its rows, so the table keeps its printed caption', () => {
  const html = '<h1>某县规划</h1><table>\n  <caption>表1 主要指标</caption>\n  <tr><th>指标</th><th>2030年</th></tr><tr><td>人均预期寿命</td><td>81</td></tr></table>';
  const { lines, tables } = htmlToSource(html);
  assert.deepEqual(lines, ['某县规划', '表1 主要指标', '指标\t2030年', '人均预期寿命\t81']);
  assert.equal(tables[0]!.cells[0]!.line, 3);
});

test('a note number raised after a name and links to footnotes are dropped; a power and ※ stay', () => {
  const html = '<table><tr><td>指标</td><td>单位</td></tr><tr><td>研发经费投入增长<sup>1</sup></td><td>%</td></tr>' +
    '<tr><td>比例（%）<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></td><td>%</td></tr>' +
    '<tr><td>占比<a href="#_ftn2" name="_ftnref2"><span class=MsoFootnoteReference>[2]</span></a></td><td>%</td></tr>' +
    '<tr><td>面积<sup>※</sup></td><td>km<sup>2</sup></td></tr></table>';
  assert.deepEqual(htmlToLines(html), ['指标\t单位', '研发经费投入增长\t%', '比例（%）\t%', '占比\t%', '面积※\tkm2']);
});

test('a note number raised after a value is dropped; one after 10 is a power; a circled mark after a value stays', () => {
  const html = '<table><tr><td>指标</td><td>2020年</td></tr><tr><td>红线面积</td><td>1236.8<sup>1</sup></td></tr>' +
    '<tr><td>投资</td><td>3×10<sup>4</sup></td></tr><tr><td>森林覆盖率</td><td>60.6<sup>①</sup></td></tr></table>';
  assert.deepEqual(htmlToLines(html), ['指标\t2020年', '红线面积\t1236.8', '投资\t3×104', '森林覆盖率\t60.6①']);
});
