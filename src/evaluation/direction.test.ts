import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveDirection, type DirectionInput } from './direction.ts';

const base: DirectionInput = { name: '某指标', comparator: null, baseline: null, target: null };

test('direction: the first rule that applies, in the order of evaluation.md', () => {
  const cases: Array<[string, Partial<DirectionInput>, 1 | -1, string]> = [
    ['catalogue first, even against the comparator', { catalogue: -1, comparator: 'ge' }, -1, 'catalogue'],
    ['≥ bound → higher is better', { comparator: 'ge', baseline: 90, target: 80 }, 1, 'comparator'],
    ['> bound', { comparator: 'gt' }, 1, 'comparator'],
    ['≤ bound → lower is better', { comparator: 'le', baseline: 3, target: 5 }, -1, 'comparator'],
    ['< bound', { comparator: 'lt' }, -1, 'comparator'],
    ['a cut: ends in 下降率 though it names 能耗', { name: '单位地区生产总值能耗下降率' }, 1, 'name'],
    ['a cut: ends in 降低 (unit bracket ignored)', { name: '单位地区生产总值二氧化碳排放降低（%）' }, 1, 'name'],
    ['a cut: 减少', { name: '主要污染物排放总量减少' }, 1, 'name'],
    ['a cut: 削减', { name: '化学需氧量削减' }, 1, 'name'],
    ['a cost: 排放', { name: '主要污染物排放总量', baseline: 10, target: 12 }, -1, 'name'],
    ['a cost: 浓度', { name: 'PM2.5平均浓度' }, -1, 'name'],
    ['a cost: 收入比', { name: '城乡居民收入比' }, -1, 'name'],
    ['a cost: 失业率', { name: '城镇调查失业率' }, -1, 'name'],
    ['a cost: 事故', { name: '亿元GDP生产安全事故死亡率' }, -1, 'name'],
    ['a cost: 能耗', { name: '单位地区生产总值能耗' }, -1, 'name'],
    ['sign(T − B) up', { baseline: 61.52, target: 70 }, 1, 'values'],
    ['sign(T − B) down', { baseline: 2.5, target: 2 }, -1, 'values'],
    ['T = B: assumed', { baseline: 90, target: 90 }, 1, 'assumed'],
    ['nothing known: assumed', {}, 1, 'assumed'],
  ];
  for (const [what, input, direction, rule] of cases) {
    const resolved = resolveDirection({ ...base, ...input });
    assert.deepEqual([resolved.direction, resolved.rule], [direction, rule], what);
  }
  assert.match(resolveDirection(base).reason, /假定越大越好/);
});
