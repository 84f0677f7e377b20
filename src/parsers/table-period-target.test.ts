import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readHeader } from './table-header.ts';
import { targetOfPeriod } from './table-period-target.ts';

const rolesOf = (header: string[], periodEnd: number | null) => targetOfPeriod(header, readHeader(header)!.roles, periodEnd);

test('a plan to 2035 takes its target from the 2035 column, a 十四五 plan from the 2025 column', () => {
  const planned = ['指标名称', '现状值（2020年）', '规划值（2025年）', '规划值（2035年）'];
  assert.deepEqual(rolesOf(planned, 2035), ['name', 'baseline', 'other', 'target']);
  assert.deepEqual(rolesOf(planned, 2025), readHeader(planned)!.roles);
  assert.deepEqual(rolesOf(planned, null), readHeader(planned)!.roles);
  const outlook = ['指标', '2020年', '2025年', '2035年'];
  assert.deepEqual(rolesOf(outlook, 2035), ['name', 'baseline', 'other', 'target']);
  assert.deepEqual(rolesOf(outlook, 2025), readHeader(outlook)!.roles);
});
