import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Indicator } from '../domain/index.ts';
import { explainsLess } from './table-reading-coverage.ts';

const row = (name: string, target: string, category: string | null = '经济发展') => ({
  name, unit: '%', seq: null, category, baseline: null, actual: null, annualGrowth: null,
  target: { raw: target, value: Number(target), text: null },
}) as unknown as Indicator;

test('a reading that left out a wrapped tail of a name explains less than one that kept it', () => {
  const whole = [row('居民人均可支配收入年均增长', '7'), row('人均预期寿命', '78.5')];
  const cut = [row('居民人均可支配收入年均增', '7'), row('人均预期寿命', '78.5')];
  assert.equal(explainsLess(cut, whole), true);
  assert.equal(explainsLess(whole, cut), false);
});

test('readings that share the same characters out otherwise are two readings, neither explains less', () => {
  const one = [row('城市轨道交通运营里程', '200'), row('普通国省干线公路二级及以上公路比例', '95')];
  const other = [row('城市轨道交通运营里程普通国省干线公路', '200'), row('二级及以上公路比例', '95')];
  assert.equal(explainsLess(other, one), false);
  assert.equal(explainsLess(one, one), false, 'the same rows explain as much');
});
