import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annualTargetFor, buildAnnualPath } from './annual-path.ts';

test('年度目标: linear for levels and totals, compound for growth, overridden by the 年度计划', () => {
  const level = buildAnnualPath({ form: 'level', baseline: 60, t0: 2020, target: 70, tT: 2025 });
  assert.deepEqual(level.map((p) => p.value), [60, 62, 64, 66, 68, 70]);
  const total = buildAnnualPath({ form: 'cumulative', baseline: 0, t0: 2020, target: 20, tT: 2025 });
  assert.deepEqual(total.map((p) => p.value), [0, 4, 8, 12, 16, 20]);
  const growth = buildAnnualPath({ form: 'growth', baseline: null, t0: 2020, target: 10, tT: 2025 });
  assert.deepEqual(growth.map((p) => p.value), [0, 10, 21, 33.1, 46.41, 61.051]);
  const planned = buildAnnualPath({ form: 'level', baseline: 60, t0: 2020, target: 70, tT: 2025, overrides: { 2022: 63.5 } });
  assert.equal(planned[2].value, 63.5);
  assert.deepEqual(annualTargetFor(planned, 2022, 63.08, 1, { 2022: 63.5 }), { year: 2022, value: 63.5, actual: 63.08, met: false, source: 'plan' });
  assert.deepEqual(annualTargetFor(level, 2022, 3.5, -1), { year: 2022, value: 64, actual: 3.5, met: true, source: 'path' });
  assert.deepEqual(buildAnnualPath({ form: 'qualitative', baseline: null, t0: 2020, target: null, tT: 2025 }), []);
});
