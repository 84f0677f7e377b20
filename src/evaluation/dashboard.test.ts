import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Indicator, Value } from '../domain/index.ts';
import { evaluatePlan, type ObservationInput, type PlanInput } from './evaluate-plan.ts';
import { buildDashboard, dashboardEntry, dashboardYear, entryPastTarget, type DashboardPlan } from './dashboard.ts';

const cell = (raw: string, value: number | null): Value =>
  ({ raw, value, comparator: null, cumulative: false, year: null, text: value === null ? raw : null });

const row = (name: string, unit: string, baseline: number, target: number): Indicator =>
  ({ table: '表1', seq: null, category: null, name, unit, attribute: 'expected', baseline: cell(String(baseline), baseline), target: cell(String(target), target), actual: null, annualGrowth: null, line: 1 });

const input = (region: string): PlanInput => ({
  plan: { title: `${region}“十四五”规划`, region, period: { start: 2021, end: 2025 }, baseYear: 2020 },
  tables: [{ caption: '表1', kind: 'targets', line: 1, rows: 3 }],
  indicators: [row('地区生产总值', '亿元', 600, 1000), row('空气质量优良天数比例', '%', 80, 90), row('森林覆盖率', '%', 20, 30)],
});

const o = (region: string, indicator: string, year: number, value: number): ObservationInput =>
  ({ region, indicator, year, value, comparator: null, milestone: null, note: null, unit: null });

const plan = (id: number, region: string): DashboardPlan =>
  ({ id, title: `${region}“十四五”规划`, region, sourceFile: `${id}.txt`, periodStart: 2021, periodEnd: 2025 });

const observations = [
  o('海州区', '地区生产总值', 2022, 900), o('海州区', '空气质量优良天数比例', 2022, 70), o('海州区', '森林覆盖率', 2021, 21),
  o('赣榆区', '地区生产总值', 2023, 610),
];

test('the latest year with data is the default; a year asked for wins', () => {
  assert.equal(dashboardYear([2021, 2023, 2022]), 2023);
  assert.equal(dashboardYear([2021, 2023], 2021), 2021);
  assert.equal(dashboardYear([]), null);
});

test('every plan judged at one year: statuses counted, coverage of that year, 预警 linked by plan id, a failed plan on its own row', () => {
  const judged = (region: string) => evaluatePlan({ plan: input(region), observations, asOf: 2022 });
  const dashboard = buildDashboard(2022, [2021, 2022, 2023], [
    { plan: plan(1, '海州区'), evaluation: judged('海州区') },
    { plan: plan(2, '赣榆区'), evaluation: judged('赣榆区') },
    { plan: plan(3, '灌南县'), error: '未能从规划中识别规划期' },
  ]);
  assert.deepEqual(dashboard.years, [2023, 2022, 2021]);
  const [haizhou, ganyu, failed] = dashboard.rows;
  assert.deepEqual([haizhou.asOf, haizhou.indicators, haizhou.covered, haizhou.coverage], [2022, 3, 2, 2 / 3]);
  // 2023 is after the year asked for: 赣榆区 has no value for 2022
  assert.deepEqual([ganyu.asOf, ganyu.covered, ganyu.coverage], [2022, 0, 0]);
  assert.equal(ganyu.counts.find((c) => c.status === 'no-data')?.count, 3);
  assert.deepEqual([failed.error, failed.counts.length, failed.coverage], ['未能从规划中识别规划期', 0, null]);
  const total = (s: string) => dashboard.totals.find((c) => c.status === s)?.count ?? 0;
  assert.equal(total('no-data'), 3);
  assert.ok(dashboard.statuses.every((s) => total(s) > 0));
  assert.equal(dashboard.statuses.reduce((n, s) => n + total(s), 0), 6);
  assert.ok(dashboard.warnings.length >= 1);
  assert.ok(dashboard.warnings.every((w) => w.planId === 1 && ['地区生产总值', '空气质量优良天数比例', '森林覆盖率'].includes(w.indicator)));
  assert.ok(dashboard.warnings.some((w) => w.indicator === '空气质量优良天数比例'));
  assert.deepEqual(dashboard.warnings.map((w) => w.warning), [...dashboard.warnings.map((w) => w.warning)].sort((a, b) => (a === 'red' ? -1 : b === 'red' ? 1 : 0)));
});

test('a year past a plan\'s period is judged at its target year and says so', () => {
  const evaluation = evaluatePlan({ plan: input('海州区'), observations, asOf: 2027 });
  const [row] = buildDashboard(2027, [2027], [{ plan: plan(1, '海州区'), evaluation }]).rows;
  assert.equal(row.asOf, 2025);
  assert.equal(row.phase, 'final');
  assert.match(row.notices.join(), /2027年晚于规划目标年2025年/);
});

test('the entry at the target year stands for every later year: the same judgement, with the notice a later year adds', () => {
  const at = (year: number) => dashboardEntry(evaluatePlan({ plan: input('海州区'), observations, asOf: year }));
  assert.deepEqual(entryPastTarget(at(2025), 2027), at(2027));
  assert.deepEqual(entryPastTarget(at(2025), 2025), at(2025));
});
