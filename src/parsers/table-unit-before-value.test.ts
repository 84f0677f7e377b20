import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unitBeforeValue } from './table-unit-before-value.ts';

const row = (...texts: string[]) => texts.map((text) => ({ text, line: 1 }));
const texts = (cells: readonly { text: string }[]) => cells.map((c) => c.text);

test('a unit one space before the value after an empty 单位 cell goes back to that cell', () => {
  assert.deepEqual(texts(unitBeforeValue(row('1', '地区生产总值', '', '亿元 357.1', '800'), 2)), ['1', '地区生产总值', '亿元', '357.1', '800']);
});

test('a filled 单位 cell, words that are no unit, or a cell that is no value stay as read', () => {
  for (const cells of [row('1', '比重', '%', '亿元 357.1'), row('1', '比重', '', '约 357.1'), row('1', '比重', '', '万人 下达考核目标 约束')]) {
    assert.deepEqual(unitBeforeValue(cells, 2), cells);
  }
  assert.deepEqual(unitBeforeValue(row('比重', '亿元 3'), -1), row('比重', '亿元 3'));
});
