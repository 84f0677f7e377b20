import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractTables } from './extract-tables.ts';
import { toLines } from './test-lines.ts';

// 经济 3 rows, 民生 2, 生态 1 with labels on the top row — centred labels of 经济 2, 民生 3, 生态 1 print alike
const rows = [
  ['经济', '地区生产总值增长', '%', '6', '预期性'],
  ['', '全员劳动生产率', '万元/人', '20', '预期性'],
  ['', '研发经费投入强度', '%', '3', '预期性'],
  ['民生', '城镇调查失业率', '%', '5', '预期性'],
  ['', '人均预期寿命', '岁', '80', '预期性'],
  ['生态', '森林覆盖率', '%', '25', '约束性'],
];
const HEADER = ['类别', '指标', '单位', '2025年', '属性'];
/** Column widths in display columns (a CJK character takes two). */
const WIDTHS = [8, 22, 10, 8, 6];
const width = (text: string) => [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);

/** Cells padded with ASCII spaces to their column, as a text editor or pdftotext -layout aligns them. */
const spaced = (cells: readonly string[]) => cells.map((c, k) => c + ' '.repeat(WIDTHS[k] - width(c))).join('').trimEnd();

const ambiguous = (lines: readonly string[]) =>
  extractTables(toLines(['表1  主要指标', ...lines].join('\n'))).issues.some((i) => i.code === 'table-ambiguous');

test('labels on rows that centring fits too are in doubt in text pdftotext may have printed', () => {
  assert.ok(ambiguous([HEADER, ...rows].map(spaced)));
});

test('columns set apart by full-width spaces were typed: labels at the top, no doubt', () => {
  assert.equal(ambiguous([HEADER, ...rows].map((r) => r.map((c) => c || '　　').join('　　'))), false);
});

test('a header set at the top (属性 alone on its first line, 计量 / 单位 below) sets the labels at the top: no doubt', () => {
  const top = [spaced(['类别', '指标', '计量', '2025年', '属性']), spaced(['', '', '单位'])];
  assert.equal(ambiguous([...top, ...rows.map(spaced)]), false);
  // centred cells: the short words on a line between the parts of 计量单位
  const centred = [spaced(['', '', '计量']), spaced(['类别', '指标', '', '2025年', '属性']), spaced(['', '', '单位'])];
  assert.ok(ambiguous([...centred, ...rows.map(spaced)]));
});

test('one cell per line: a header read over two lines (计量 / 单位 after the first line\'s words) sets the labels at the top', () => {
  const body = rows.flatMap((r) => r.filter((c) => c !== ''));
  assert.ok(ambiguous([...HEADER, ...body]));
  assert.equal(ambiguous(['类别', '指标', '计量', '2025年', '属性', '单位', ...body]), false);
});
