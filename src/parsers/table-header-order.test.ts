import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headerInOrder, headerWords } from './table-header-order.ts';
import { isPageNumber } from './table-page-furniture.ts';

test('header words part at single spaces between words, not at a font change (2025 年目标)', () => {
  const words = headerWords(' 分类  编号 指标  2025 年目标').map((w) => w.text);
  assert.deepEqual(words, ['分类', '编号', '指标', '2025年目标']);
});

test('a year after a word is the next header cell (2020 年基 2025 over 数 | 年)', () => {
  const lines = ['                           2020 年基 2025', ' 编号 指标名称              计量单位              年均增长（%） 属性', '                           数       年'];
  assert.deepEqual(headerInOrder(lines, 7), ['编号', '指标名称', '计量单位', '2020年基数', '2025年', '年均增长（%）', '属性']);
});

test('two-line header cells centred on the main line are read in order, wherever pdftotext shifted them', () => {
  const lines = [
    '                          2015',
    ' 指标名称               计量单位       2020 年规划目标 实际完成   指标属性',
    '                          年',
  ];
  assert.deepEqual(headerInOrder(lines, 6), ['指标名称', '计量单位', '2015年', '2020年规划目标', '实际完成', '指标属性']);
});

test('no order reading when the cells are not as many as the columns, or the lines above and below do not pair', () => {
  const lines = ['        2020   2025', '编号  指标  单位       属性', '        年'];
  assert.equal(headerInOrder(lines, 6), undefined);
  assert.equal(headerInOrder(['编号  指标  单位  2020年  属性'], 5), undefined);
});

test('a year alone on a line is a header piece, not a page number', () => {
  assert.equal(isPageNumber('2015'), false);
  assert.equal(isPageNumber('15'), true);
});
