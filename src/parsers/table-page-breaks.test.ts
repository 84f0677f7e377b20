import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractTables, isCaption } from './extract-tables.ts';
import { blankPageBreaks } from './table-page-breaks.ts';
import { findRunningHeaders } from './table-page-furniture.ts';
import { toLines } from './test-lines.ts';

/** The lines left blank by the pass, as 1-based line numbers. */
function blanked(text: string): number[] {
  const lines = toLines(text);
  const out = blankPageBreaks(lines, findRunningHeaders(lines), isCaption);
  assert.deepEqual(out.map((l) => l.line), lines.map((l) => l.line), 'every line keeps its number');
  return out.flatMap((l, i) => (l.text === '' && lines[i].text !== '' ? [l.line] : []));
}

const TITLE = '某市国民经济和社会发展第十四个五年规划纲要';
const HEADER = '类别\t指标\t单位\t2020年\t2025年\t属性';

test('a page number, the running header and the header repeated between two rows are blanked', () => {
  const text = ['表1 主要指标', HEADER, '经济\t地区生产总值\t亿元\t100\t150\t预期性', '40', TITLE, HEADER,
    '\t人均收入\t元\t5\t7\t预期性'].join('\n');
  assert.deepEqual(blanked(text), [4, 5, 6]);
});

test('a dashed page number and a running header that appears once, with rows going on below', () => {
  for (const number of ['- 12 -', '— 12 —', '· 12 ·', '第12页', '第 12 页 共 40 页']) {
    const text = ['表1 主要指标', HEADER, '经济\t地区生产总值\t亿元\t100\t150\t预期性', `      ${number}`, TITLE,
      '\t人均收入\t元\t5\t7\t预期性'].join('\n');
    assert.deepEqual(blanked(text), [4, 5], number);
  }
});

test('one cell per line: the header printed again cell by cell after a bare page number is blanked', () => {
  const header = ['指标', '2020年', '2025年', '属性'];
  const text = ['表1 主要指标', ...header, '地区生产总值', '100', '150', '预期性', '7', TITLE, ...header,
    '人均收入', '5', '7', '预期性'].join('\n');
  assert.deepEqual(blanked(text), [10, 11, 12, 13, 14, 15]);
});

test('a bare number that is a cell (one cell per line, no header after it) stays', () => {
  const text = ['表1 主要指标', '指标', '2020年', '2025年', '地区生产总值', '100', '150',
    '单位地区生产总值建设用地使用面积下降率', '%', '21'].join('\n');
  assert.deepEqual(blanked(text), []);
});

test('a signed number or a fraction alone on its line may be a cell: it stays without a header beside it', () => {
  const text = ['表1 主要指标', '指标', '2020年', '2025年', '地区生产总值', '-12', '-5', '人口自然增长率', '1/3', '2/5'].join('\n');
  assert.deepEqual(blanked(text), []);
});

test('a TAB-indented number is a cell of a Word export, never a page number', () => {
  assert.deepEqual(blanked(['\t地区生产总值', '\t100', TITLE, '\t指标', '\t2020年', '\t2025年'].join('\n')), []);
});

test('after the table, the page number goes but the heading and prose of the next page stay', () => {
  const text = ['表1 主要指标', HEADER, '经济\t地区生产总值\t亿元\t100\t150\t预期性', '- 12 -', '第三章  加快构建现代产业体系',
    '坚持把发展经济的着力点放在实体经济上。', '- 13 -', '推进产业基础高级化和产业链现代化水平', '提高经济质量效益和核心竞争力。'].join('\n');
  assert.deepEqual(blanked(text), [4, 7]);
});

test('a page number glued to the running header (14某市…) or to the repeated header (16类别 …)', () => {
  const rows = ['经济\t地区生产总值\t亿元\t100\t150\t预期性', '\t人均收入\t元\t5\t7\t预期性'];
  const text = [TITLE, '表1 主要指标', HEADER, rows[0], `14${TITLE}`, `16${HEADER}`, rows[1]].join('\n');
  assert.deepEqual(blanked(text), [5, 6]);
});

test('the rows after the break join the same table, with their group carried over and their own line numbers', () => {
  const text = ['表1 主要指标', HEADER, '经济\t地区生产总值\t亿元\t100\t150\t预期性', '40', TITLE, HEADER,
    '\t人均收入\t元\t5\t7\t预期性', '', '第三章  加快构建现代产业体系'].join('\n');
  const { tables, indicators } = extractTables(toLines(text));
  assert.equal(tables.length, 1);
  assert.deepEqual(indicators.map((i) => [i.name, i.category, i.line]), [['地区生产总值', '经济', 3], ['人均收入', '经济', 7]]);
});

test('a header over three lines printed again is blanked as a whole, its pieces matched against the header above', () => {
  const header = [' 序                    2020年     2025年      指标', '     类别     指   标', ' 号                    基数        目标       属性'];
  const text = ['表1 主要指标', ...header, ' 1   经济   地区生产总值    100     150     预期性', '              — 14 —', ...header,
    ' 2          人均收入        5       7       预期性'].join('\n');
  assert.deepEqual(blanked(text), [6, 7, 8, 9]);
});

test('续表1 after the page number goes with it; 表1（续） stays (the table loop joins what follows) while the header below it goes', () => {
  const rows = ['经济\t地区生产总值\t亿元\t100\t150\t预期性', '\t人均收入\t元\t5\t7\t预期性'];
  assert.deepEqual(blanked(['表1 主要指标', HEADER, rows[0], '13', '续表1', HEADER, rows[1]].join('\n')), [4, 5, 6]);
  assert.deepEqual(blanked(['表1 主要指标', HEADER, rows[0], '13', TITLE, '表1（续）', HEADER, rows[1]].join('\n')), [4, 5, 7]);
});

test('a caption at the foot of a page keeps the header on the next page, even when an earlier table had the same header', () => {
  const text = ['表1 主要指标', HEADER, '经济\t地区生产总值\t亿元\t100\t150\t预期性', '', '表2 区县主要指标', '- 14 -', HEADER,
    '经济\t地区生产总值\t亿元\t10\t15\t预期性'].join('\n');
  assert.deepEqual(blanked(text), [6]);
});

test('the first line of a paragraph on the next page is prose, not a running header, even when wrapped mid-sentence', () => {
  const text = ['表1 主要指标', HEADER, '经济\t地区生产总值\t亿元\t100\t150\t预期性', '— 14 —',
    '坚持把发展经济的着力点放在实体经济上，推进产业基础高级化、产业链现代化', '提高经济质量效益和核心竞争力，', '加快建设现代产业体系。'].join('\n');
  assert.deepEqual(blanked(text), [4]);
});

test('a running header printed beside the page number on one line (pdftotext -layout) is furniture when it repeats', () => {
  const rows = ['经济\t地区生产总值\t亿元\t100\t150\t预期性', '\t人均收入\t元\t5\t7\t预期性', '\t人均寿命\t岁\t78\t79\t预期性'];
  const text = ['表1 主要指标', HEADER, rows[0], `${TITLE}          13`, rows[1], `14          ${TITLE}`, HEADER, rows[2]].join('\n');
  assert.deepEqual(blanked(text), [4, 6, 7]);
  // beside one page number only, the title printed alone at the top of the document
  assert.deepEqual(blanked([TITLE, '表1 主要指标', HEADER, rows[0], `${TITLE}          13`, rows[1]].join('\n')), [5]);
  // a two-column row (a name and one number) printed once is a row
  assert.deepEqual(blanked(['表1 主要指标', '指标      2025年', `${'单位地区生产总值能源消耗降低'}      13`].join('\n')), []);
});

test('续表1 with no page number above it (a table split by hand, a text export without pages) goes with the header repeated below it', () => {
  const rows = ['经济\t地区生产总值\t亿元\t100\t150\t预期性', '\t人均收入\t元\t5\t7\t预期性'];
  assert.deepEqual(blanked(['表1 主要指标', HEADER, rows[0], '续表1', HEADER, rows[1]].join('\n')), [4, 5]);
  assert.deepEqual(blanked(['表1 主要指标', HEADER, rows[0], '续表', rows[1]].join('\n')), [4]);
  // a caption that only mentions 续表 is no continuation label
  assert.deepEqual(blanked(['表1 主要指标', HEADER, rows[0], '', '续表说明如下', rows[1]].join('\n')), []);
});
