import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Indicator, Value } from '../domain/index.ts';
import { evaluatePlan, type ObservationInput, type PlanInput } from './evaluate-plan.ts';

const cell = (raw: string, value: number | null): Value =>
  ({ raw, value, comparator: null, cumulative: false, year: null, text: value === null ? raw : null });

const row = (table: string, name: string, unit: string, baseline: Value | null, target: Value | null, actual: Value | null = null): Indicator =>
  ({ table, seq: null, category: null, name, unit, attribute: 'expected', baseline, target, actual, annualGrowth: null, line: 1 });

const plan: PlanInput = {
  plan: { title: '海州区“十四五”规划', region: '海州区', period: { start: 2021, end: 2025 }, baseYear: 2020 },
  tables: [{ caption: '表1', kind: 'targets', line: 1, rows: 3 }, { caption: '表0', kind: 'completion', line: 1, rows: 1 }],
  indicators: [
    row('表1', '地区生产总值', '亿元', cell('653', 653), cell('1000', 1000)),
    row('表1', '空气质量优良天数比例', '%', cell('80', 80), cell('85', 85)),
    row('表1', '某指标', '%', cell('1', 1), cell('-', null)),
    row('表0', '高新技术企业数', '家', null, cell('60', 60), cell('74', 74)),
  ],
};

const o = (region: string, indicator: string, year: number, value: number, unit: string | null = null): ObservationInput =>
  ({ region, indicator, year, value, comparator: null, milestone: null, note: null, unit });

test('a plan: observations matched by region and name (synonyms, units), asOf from the latest used', () => {
  const e = evaluatePlan({
    plan,
    observations: [
      o('连云港市海州区', '地区生产总值', 2021, 7_278_300, '万元'),
      o('连云港市', '地区生产总值', 2022, 4005, '亿元'), // another region: not used
      o('海州区', '空气质量优良天数比率', 2022, 84),
    ],
  });
  assert.equal(e.asOf, 2022);
  assert.deepEqual(e.indicators.map((i) => [i.name, i.latest]), [
    ['地区生产总值', { year: 2021, value: 727.83 }],
    ['空气质量优良天数比例', { year: 2022, value: 84 }],
  ]);
  assert.deepEqual(e.summary, { achieved: 0, ahead: 1, 'on-track': 1, lagging: 0, regressing: 0, 'no-data': 0, 'not-assessable': 0, warnings: 0 });
  assert.deepEqual(e.completion.map((c) => [c.name, c.status]), [['高新技术企业数', 'achieved']]);
  assert.deepEqual(e.completionSummary, { achieved: 1, 'not-achieved': 0, 'no-data': 0 });
});

test('a plan without observations is judged as of its base year; a plan without years is refused', () => {
  const e = evaluatePlan({ plan, observations: [] });
  assert.equal(e.asOf, 2020);
  assert.equal(e.summary['no-data'], 2);
  const noYears = { ...plan, plan: { ...plan.plan, period: null, baseYear: null } };
  assert.throws(() => evaluatePlan({ plan: noYears, observations: [] }), /未能从规划中识别规划期/);
  const method = evaluatePlan({ plan, observations: [], method: 'cagr-ratio', directions: () => -1 });
  assert.deepEqual([method.method, method.indicators[0].direction], ['cagr-ratio', -1]);
});
