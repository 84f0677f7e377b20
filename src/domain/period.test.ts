import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseYearOrYearBeforePeriod, periodYears } from './period.ts';

const cases: Array<[string, number | null, number | null | undefined, number | null]> = [
  ['a printed base year is the base year', 2019, 2021, 2019],
  ['… even when the plan names no period', 2020, null, 2020],
  ['without one, the year before the period starts (十四五 → 2020)', null, 2021, 2020],
  ['neither printed nor a period: no base year', null, null, null],
  ['… nor when the period is not known at all', null, undefined, null],
];

for (const [name, baseYear, periodStart, expected] of cases) {
  test(`base year: ${name}`, () => assert.equal(baseYearOrYearBeforePeriod(baseYear, periodStart), expected));
}

test('a plan counts its values from the base year to the end of its period', () => {
  assert.deepEqual(periodYears({ start: 2026, end: 2030 }, null), { start: 2025, end: 2030 });
  assert.deepEqual(periodYears({ start: 2021, end: 2025 }, 2019), { start: 2019, end: 2025 });
});
