import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numberedByNeighbours, readRowName, type UnitCell } from './table-row-name.ts';

const read = (printed: string, unitCell: UnitCell = 'any') => {
  const { seq, name, unit, cumulative } = readRowName(printed, {}, unitCell);
  return [seq, name, unit, cumulative];
};

test('a bracket closing a name is its unit, unless the row prints its unit apart', () => {
  assert.deepEqual(read('1．常住人口城镇化率（%）'), [1, '常住人口城镇化率', '%', false]);
  // the 单位 cell holds 万人: the bracket's words are the name's, and say it is a five-year total
  assert.deepEqual(read('城镇新增就业（五年累计）', 'unit'), [null, '城镇新增就业（五年累计）', null, true]);
  assert.deepEqual(read('地区生产总值（亿元）', 'unit'), [null, '地区生产总值', '亿元', false]);
  // the 单位 cell prints a dash: no unit, the abbreviation stays
  assert.deepEqual(read('生态质量指数（EQI）', 'none'), [null, '生态质量指数（EQI）', null, false]);
});

test('note marks after a name are left out: ※, * and the circled numbers a note explains', () => {
  assert.deepEqual(read('高新技术企业数①'), [null, '高新技术企业数', null, false]);
  assert.deepEqual(read('数字经济核心产业增加值占比※（%）'), [null, '数字经济核心产业增加值占比', '%', false]);
  assert.deepEqual(read('城市生命线安全工程覆盖率*'), [null, '城市生命线安全工程覆盖率', null, false]);
});

test('a row number before a name opening with a digit is told by the rows around it', () => {
  const rows = (...names: Array<[number | null, string]>) => names.map(([seq, name]) => ({ seq, name }));
  const read = numberedByNeighbours(rows([3, '孕产妇死亡率'], [null, '4.5岁以下儿童死亡率'], [5, '婴儿死亡率']));
  assert.deepEqual(read[1], { seq: 4, name: '5岁以下儿童死亡率' });
  // unnumbered rows keep a name's own number
  assert.deepEqual(numberedByNeighbours(rows([null, '孕产妇死亡率'], [null, '4.5岁以下儿童死亡率']))[1], { seq: null, name: '4.5岁以下儿童死亡率' });
});
