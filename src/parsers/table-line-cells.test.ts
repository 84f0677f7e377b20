import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isGroupRowAt } from './table-group-rows.ts';
import { readHeader } from './table-header.ts';
import { readLineCells } from './table-line-cells.ts';
import { readStacked } from './table-stacked.ts';

const sourceLines = (texts: readonly string[]) => texts.map((text, i) => ({ line: i + 1, text, position: { page: null } }));
const cells = (texts: readonly string[]) => texts.map((text) => ({ text, line: 1 }));
const rolesOf = (header: string) => readHeader(header.split(' '))!.roles;
const texts = (rows: readonly (readonly { text: string }[])[]) => rows.map((row) => row.map((c) => c.text));

test('every line one place: a two-row header with a spanning cell, and a 类别 merged down printed as blank places', () => {
  const body = readLineCells(sourceLines([
    '类别', '序号', '指标名称', '单位', '指标值', '指标属性', '', '', '', '', '2020年', '2025年', '',
    '环境治理', '1', '空气质量优良天数比率', '%', '87.1', '88.5', '约束性',
    '', '2', '森林覆盖率', '%', '24.1', '24.5', '约束性',
    '第二章 主要任务',
  ]), 0)!;
  assert.deepEqual(body.header, ['类别', '序号', '指标名称', '单位', '指标值2020年', '指标值2025年', '指标属性']);
  assert.deepEqual(texts(body.rows), [
    ['环境治理', '1', '空气质量优良天数比率', '%', '87.1', '88.5', '约束性'],
    ['', '2', '森林覆盖率', '%', '24.1', '24.5', '约束性'],
  ]);
});

test('one cell per line: a full-width group row before its rows is a group row, not a row', () => {
  const body = readStacked(sourceLines([
    '编号', '指标名称', '单位', '现状值', '规划值', '指标属性',
    '一、空间底线', '1', '生态保护红线面积', '平方千米', '1120.5', '≥1120.5', '约束性',
    '二、空间效率', '2', '常住人口规模', '万人', '459.8', '480', '预期性',
  ]), 0)!;
  assert.deepEqual(texts(body.rows).map((row) => row.filter(Boolean)), [
    ['一、空间底线'], ['1', '生态保护红线面积', '平方千米', '1120.5', '≥1120.5', '约束性'],
    ['二、空间效率'], ['2', '常住人口规模', '万人', '459.8', '480', '预期性'],
  ]);
});

test('a bare group label is a group row only where a row starts and the row fits better without it', () => {
  const roles = rolesOf('指标 单位 2025年 属性');
  const body = cells(['基础设施', '高速公路里程', '公里', '350', '预期性']);
  assert.equal(isGroupRowAt(body, 0, roles, true), true);
  assert.equal(isGroupRowAt(body, 0, roles, false), false);
  assert.equal(isGroupRowAt(cells(['地区生产总值', '亿元', '1000', '预期性']), 0, roles, true), false);
  assert.equal(isGroupRowAt(body, 0, rolesOf('类别 指标 单位 2025年 属性'), true), false);
});
