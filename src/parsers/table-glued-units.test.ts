import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Indicator } from '../domain/index.ts';
import { splitGluedUnits } from './table-glued-units.ts';

const row = (name: string, unit: string | null): Indicator => ({
  table: '表1', seq: null, category: null, name, unit, attribute: null, baseline: null, target: null, actual: null,
  annualGrowth: null, line: 1,
});
const ROLES = ['seq', 'name', 'unit', 'baseline', 'target'] as const;

test('a unit one space after the name goes to the empty 单位 cell when another row has a unit of that kind', () => {
  const rows = [row('旅游总收入', '亿元'), row('文化产业增加值占GDP比重　%', null), row('达标率', '%'), row('游客人次 万人', null)];
  assert.deepEqual(splitGluedUnits(ROLES, rows).map((r) => [r.name, r.unit]), [
    ['旅游总收入', '亿元'], ['文化产业增加值占GDP比重', '%'], ['达标率', '%'], ['游客人次 万人', null],
  ]);
});

test('without a 单位 column, with the cell filled, or glued without a space, the row stays as read', () => {
  const rows = [row('占GDP比重 %', null), row('达标率', '%'), row('地区生产总值亿元', null), row('比重 %', '‰')];
  assert.deepEqual(splitGluedUnits(ROLES.filter((r) => r !== 'unit'), rows), rows);
  assert.deepEqual(splitGluedUnits(ROLES, rows).slice(1).map((r) => r.name), ['达标率', '地区生产总值亿元', '比重 %']);
});

test('a unit glued to the name with no space is split off when other rows have units of its kind', () => {
  const rows = [
    row('二氧化硫排放量', '万吨'), row('PM2.5年均浓度微克/立方米', null), row('地表水达标率', '%'), row('化学需氧量排放量吨', null),
    row('细颗粒物浓度', '微克/立方米'), row('森林覆盖率%', null),
  ];
  assert.deepEqual(splitGluedUnits(ROLES, rows).map((r) => [r.name, r.unit]), [
    ['二氧化硫排放量', '万吨'], ['PM2.5年均浓度', '微克/立方米'], ['地表水达标率', '%'], ['化学需氧量排放量吨', null],
    ['细颗粒物浓度', '微克/立方米'], ['森林覆盖率', '%'],
  ]);
});

test('a lone character, a bracketed unit, a rate per people and a whole name stay as read', () => {
  const rows = [row('城镇新增就业人', null), row('比重（%）', null), row('每10万人', null), row('万人', null), row('总数', '万人')];
  assert.deepEqual(splitGluedUnits(ROLES, rows).map((r) => r.name), ['城镇新增就业人', '比重（%）', '每10万人', '万人', '总数']);
});
