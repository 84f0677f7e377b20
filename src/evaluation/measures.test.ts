import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Comparator, Direction } from '../domain/index.ts';
import { meets, satisfiesBound, timeProgress } from './measures.ts';
import { round4, percentText } from './round.ts';

test('round4 rounds half away from zero after removing binary noise', () => {
  const cases: Array<[number, number]> = [
    [0.32 / 0.4, 0.8], // 0.7999999999999999
    [0.44 / 0.4, 1.1], // 1.0999999999999999
    [0.31998 / 0.4, 0.8], // 0.79995 → 0.8
    [0.31996 / 0.4, 0.7999],
    [-0.00005, -0.0001],
    [0.00004, 0],
    [1.5 / 8.48 / 0.4, 0.4422],
  ];
  for (const [input, expected] of cases) assert.equal(round4(input), expected, `round4(${input})`);
  assert.equal(percentText(1.56 / 8.48), '18.4%');
});

test('met: eq by direction, approx within 2 % inclusive, bounds as written', () => {
  const cases: Array<[number, Comparator | null, number, Comparator | null, Direction, boolean]> = [
    [70, null, 70, 'eq', 1, true],
    [69.99, null, 70, 'eq', 1, false],
    [3.9, null, 4, null, -1, true],
    [5.88, null, 6, 'approx', 1, true], // |5.88 − 6| = 0.12 = 2 % of 6, inclusive
    [5.87, null, 6, 'approx', 1, false],
    [6.12, null, 6, 'approx', -1, true],
    [6.13, null, 6, 'approx', -1, false],
    [68.6, null, 70, 'approx', 1, true], // 1.4 = 2 % of 70 despite float noise
    [82, null, 82, 'ge', 1, true],
    [82, null, 82, 'gt', 1, false],
    [4, null, 4, 'lt', -1, false],
    [4, null, 4, 'le', -1, true],
  ];
  for (const [value, oc, target, tc, d, expected] of cases) {
    assert.equal(meets({ value, comparator: oc }, target, tc, d, 0.02), expected, `${value} vs ${tc} ${target}`);
  }
});

test('an observation printed with a comparator meets the same or a looser bound only', () => {
  const cases: Array<[Comparator, number, 'ge' | 'gt' | 'le' | 'lt', number, boolean]> = [
    ['lt', 4, 'lt', 4, true],
    ['lt', 4, 'le', 4, true],
    ['lt', 3, 'lt', 4, true],
    ['le', 4, 'lt', 4, false],
    ['lt', 5, 'lt', 4, false],
    ['lt', 4, 'ge', 1, false],
    ['gt', 95, 'ge', 95, true],
  ];
  for (const [oc, value, tc, target, expected] of cases) {
    assert.equal(satisfiesBound({ value, comparator: oc }, target, tc), expected, `${oc}${value} vs ${tc}${target}`);
  }
  assert.equal(meets({ value: 4, comparator: 'lt' }, 4, null, -1, 0.02), true);
  assert.equal(meets({ value: 4, comparator: 'lt' }, 4, null, 1, 0.02), false);
});

test('time progress is (t − t0)/(tT − t0) clamped to [0, 1]', () => {
  assert.equal(timeProgress(2022, 2020, 2025), 0.4);
  assert.equal(timeProgress(2027, 2020, 2025), 1);
  assert.equal(timeProgress(2019, 2020, 2025), 0);
  assert.equal(timeProgress(2022, 2019, 2025), 0.5);
});
