import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findRunningHeaders } from './table-page-furniture.ts';
import { toLines } from './test-lines.ts';

const linesOf = (texts: readonly string[]) => toLines(texts.join('\n'));
const prose = (n: number) => Array.from({ length: n }, (_, k) => `第${k + 1}段正文。`);

test('where pages are marked by form feeds, a running header stands at a page edge', () => {
  const lines = linesOf(['某市国民经济和社会发展规划', ...prose(8), '\f某市国民经济和社会发展规划', ...prose(8)]);
  assert.deepEqual([...findRunningHeaders(lines)], ['某市国民经济和社会发展规划']);
});

test('a line repeated in the middle of pages (a wrapped name of a table printed twice) is no running header', () => {
  const piece = '      每万人口高价值发明专利拥';
  const lines = linesOf(['标题', ...prose(5), piece, ...prose(5), '\f第二页', ...prose(5), piece, ...prose(5)]);
  assert.equal(findRunningHeaders(lines).size, 0);
});

test('without form feeds a repeated line counts beside a page number; a wrapped name printed twice is text', () => {
  const title = '某市国民经济和社会发展第十四个五年规划纲要';
  const pages = linesOf([...prose(5), '— 12 —', title, ...prose(5), '13', title, ...prose(5)]);
  assert.deepEqual([...findRunningHeaders(pages)], [title]);
  const piece = '单位地区生产总值';
  assert.equal(findRunningHeaders(linesOf([...prose(5), piece, ...prose(5), piece])).size, 0);
});

test('the upper half of a header cell over two tables near a page top (2025 年目标) is no running header', () => {
  const header = ['                                 2025 年目标', ' 序号   指标名称       计量单位   基期值（2020 年）'];
  const lines = linesOf(['\f第一页', ...header, ...prose(8), '\f第二页', ...header, ...prose(8)]);
  assert.equal(findRunningHeaders(lines).size, 0);
});
