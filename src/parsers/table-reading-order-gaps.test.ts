import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tailHoles } from './table-reading-order-gaps.ts';
import { readReadingOrder } from './table-reading-order.ts';

const sourceLines = (texts: readonly string[]) => texts.map((text, i) => ({ line: i + 1, text, position: { page: null } }));
const texts = (rows: readonly (readonly { text: string }[])[]) => rows.map((row) => row.map((c) => c.text));

test('a 类别 label centred between rows is no wrapped tail of a name far narrower than the name column', () => {
  const body = readReadingOrder(sourceLines([
    '2025 年目标', '分类', '指标', '计量单位', '指标属性', '值',
    '350', '高速公路里程', '公里', '预期性',
    '>200', '基础设施', '城市轨道交通运营里程', '公里', '预期性',
    '%', '普通国省干线公路二级及以上公路比例', '95 以上', '预期性',
    '港口集装箱吞吐量', '万标箱', '160 左右', '预期性',
    '运输服务',
    '%', '≥60', '中心城区公共交通机动化出行分担率', '约束性',
    '第三章 加快构建现代产业体系',
  ]), 0, new Set())!;
  assert.deepEqual(texts(body.rows).map((r) => r.slice(0, 2)), [
    ['基础设施', '高速公路里程'], ['基础设施', '城市轨道交通运营里程'], ['基础设施', '普通国省干线公路二级及以上公路比例'],
    ['运输服务', '港口集装箱吞吐量'], ['运输服务', '中心城区公共交通机动化出行分担率'],
  ]);
});

test('a unit the header above did not print is the first row of a new page, not the repeated header', () => {
  const body = readReadingOrder(sourceLines([
    '2025 年目标', '指标', '计量单位', '指标属性', '值',
    '350', '高速公路里程', '公里', '预期性',
    '%', '100', '新能源公交车占比', '约束性',
    '\f指标', '计量单位', '%', '100', '重点营运车辆联网联控率', '约束性',
    '第三章 加快构建现代产业体系',
  ]), 0, new Set())!;
  assert.deepEqual(texts(body.rows).at(-1), ['重点营运车辆联网联控率', '%', '100', '约束性']);
});

test('a value column empty left of a value the tail gave back may have held a dropped -: the row is named', () => {
  const cells = (...t: string[]) => t.map((text, k) => ({ text, line: 10 + k }));
  const rows = [cells('常住人口城镇化率', '%', '61.52', '70', '预期性'), cells('居民人均可支配收入年均增长', '%', '', '7', '预期性')];
  const roles = ['name', 'unit', 'baseline', 'target', 'attribute'] as const;
  assert.deepEqual(tailHoles(rows, roles, 2, []).map((d) => [d.doubt, d.line]), [['hole', 10]]);
  assert.deepEqual(tailHoles(rows, roles, 2, [{ doubt: 'order', line: 10, excerpt: '' }]), [], 'one doubt a row');
  assert.deepEqual(tailHoles(rows, roles, 1, []), [], 'the target in place: the row fit has seen the hole');
});

test('a table read with a baseline column and no target column is named as missing its right-hand columns', () => {
  const body = readReadingOrder(sourceLines([
    '编号', '指标', '计量单位', '2020 年基', '数',
    '1', '生态保护红线面积', '平方千米', '1120.5',
    '2', '356.2', '永久基本农田保护面积', '万亩',
    '第三章 加快构建现代产业体系',
  ]), 0, new Set())!;
  assert.equal(body.rows.length, 2);
  assert.ok(body.issues.some((i) => i.code === 'table-unread' && /没有目标值列/.test(i.message)));
});
