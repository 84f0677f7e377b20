import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readReadingOrder } from './table-reading-order.ts';
import { runPlaces } from './table-reading-order-tail-runs.ts';

const cells = (lines: readonly (string | null)[]) =>
  lines.flatMap((text, i) => (text === null ? [] : [{ text, line: i + 1 }]));

test('runs side by side hold the same rows: a value run, then its class run, row after row', () => {
  // 77.3 / 预期性 / 120 / 预期性 / [74 240] / [预期性 预期性], a blank line between runs
  const read = runPlaces(cells(['77.3', null, '预期性', null, '120', null, '预期性', null, '74', '240', null, '预期性', '预期性']), 2)!;
  assert.deepEqual(read.places.map((p) => [p.row, p.column]), [[0, 0], [0, 1], [1, 0], [1, 1], [2, 0], [3, 0], [2, 1], [3, 1]]);
  assert.equal(read.count, 4);
  assert.deepEqual(read.doubted, []);
});

test('a run a cell shorter than its neighbour (a lone - dropped) leaves the cell empty and doubts the rows', () => {
  const read = runPlaces(cells(['2', '21', null, '预期性', '预期性', '预期性']), 2)!;
  assert.equal(read.count, 3);
  assert.deepEqual(read.doubted, [0, 1, 2]);
  assert.equal(runPlaces(cells(['2', '21', '7.3']), 2), undefined, 'one run has no neighbour');
});

const TABLE = [
  '序号', '指标', '计量单位', '规划目标',
  '1', '高新技术企业数', '家', '60', '2', '领军人才数', '个', '230', '3', '%', '11', '地区生产总值年均增长',
  '4', '%', '10', '公共财政预算收入年均增长',
  '第三章 加快构建现代产业体系', '坚持把发展经济的着力点放在实体经济上，推进产业基础高级化。',
];
const read = (texts: readonly string[]) =>
  readReadingOrder(texts.map((text, i) => ({ line: i + 1, text, position: { page: null } })), 0, new Set())!;

test('a tail printed as runs (a value run, then its class run) goes back to its rows', () => {
  const body = read([...TABLE,
    '', '2020 年实际完成', '', '属性', '', '74', '', '预期性', '', '240', '8.3', '', '预期性', '预期性', '',
    '1.5', '', '约束性', '', '第二章 发展目标',
  ]);
  assert.deepEqual(body.rows.map((row) => row.map((c) => c.text)), [
    ['1', '高新技术企业数', '家', '60', '74', '预期性'],
    ['2', '领军人才数', '个', '230', '240', '预期性'],
    ['3', '地区生产总值年均增长', '%', '11', '8.3', '预期性'],
    ['4', '公共财政预算收入年均增长', '%', '10', '1.5', '约束性'],
  ]);
  assert.deepEqual(body.issues, []);
});

test('a run of the tail that lacks a cell (a lone - dropped) leaves it empty and names those rows as table-ambiguous', () => {
  const body = read([...TABLE,
    '', '2020 年实际完成', '', '属性', '', '74', '', '预期性', '', '240', '', '预期性', '预期性', '',
    '1.5', '', '约束性', '', '第二章 发展目标',
  ]);
  assert.deepEqual(body.rows.map((row) => row.map((c) => c.text).slice(4)), [['74', '预期性'], ['240', '预期性'], ['', '预期性'], ['1.5', '约束性']]);
  assert.deepEqual(body.issues.map((i) => [i.code, i.message.split('：')[0]]), [['table-ambiguous', '第 9、13 行']], 'rows 2 and 3 (a run of two beside one)');
});
