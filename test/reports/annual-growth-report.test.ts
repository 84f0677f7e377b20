import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Indicator, PlanExtract, Value } from '../../src/domain/index.ts';
import { evaluatePlan } from '../../src/evaluation/index.ts';
import { buildReport, type ValueSource } from '../../src/reports/index.ts';
import { sampleInput } from './sample-input.ts';

// 十五五 (2026–2030, base 2025): 地区生产总值（亿元） 5100 — 5左右 under 年均增长 (plan-extract `annual`)
const value = (raw: string, v: number, more: Partial<Value> = {}): Value =>
  ({ raw, value: v, comparator: 'eq', cumulative: false, year: null, text: null, ...more });
const gdp: Indicator = {
  table: '表1 主要指标', seq: 1, category: '经济发展', name: '地区生产总值', unit: '亿元', attribute: 'expected',
  baseline: value('5100', 5100), target: value('5左右', 5, { comparator: 'approx', annual: true }), actual: null, annualGrowth: null, line: 40,
};
const extract: PlanExtract = {
  ...sampleInput().extract,
  plan: { ...sampleInput().extract.plan, title: '连云港市国民经济和社会发展第十五个五年规划纲要', period: { start: 2026, end: 2030 }, baseYear: 2025 },
  tables: [{ caption: '表1 主要指标', kind: 'targets', line: 38, rows: 1 }],
  indicators: [gdp],
  boxes: [],
};
const source = (indicator: string, year: number, v: number, unit: string): ValueSource =>
  ({ indicator, year, value: v, unit, title: '示例', url: null, quote: null, note: null });
const sources = [source('地区生产总值', 2026, 5380, '亿元'), source('地区生产总值增速', 2026, 5.2, '%'), source('地区生产总值增速', 2027, 4.6, '%')];
const observations = sources.map((s) => ({ ...s, unit: s.unit ?? null, region: '连云港市', comparator: null, milestone: null, note: null }));

test('a 亿元 row with a 年均增长 target: a 中期评估报告 charting its rates, not its levels', () => {
  const evaluation = evaluatePlan({ plan: extract, observations });
  const report = buildReport({ extract, evaluation, sources, now: new Date('2026-12-04T02:00:00Z') });
  // τ = (2027 − 2025)/5 = 0.4 → 中期评估
  assert.equal(report.cover.title, '《连云港市国民经济和社会发展第十五个五年规划纲要》中期评估报告');
  const chart = report.charts[0];
  assert.deepEqual(chart.actuals, [{ year: 2026, value: 5.2 }, { year: 2027, value: 4.6 }]);
  assert.deepEqual(chart.path.map((p) => p.value), [5, 5, 5, 5, 5]);
  // the forecast carries the compound mean 100·(√(1.052 × 1.046) − 1) = 4.8996 % to 2030
  assert.deepEqual(chart.forecast, [{ year: 2027, value: 4.8996 }, { year: 2030, value: 4.8996 }]);
  assert.equal(report.indicators[0].label, '基本符合预期');
});

test('a 年度监测报告 in the first year of the 十五五', () => {
  const evaluation = evaluatePlan({ plan: extract, observations: observations.filter((o) => o.year === 2026) });
  const report = buildReport({ extract, evaluation, sources, now: new Date('2026-12-04T02:00:00Z') });
  // τ = 1/5 = 0.2 → 年度监测; one rate 5.2 ≥ 5 × 0.98 meets 5左右
  assert.deepEqual([evaluation.phase, report.cover.title], ['annual', '《连云港市国民经济和社会发展第十五个五年规划纲要》年度监测报告']);
  assert.equal(report.indicators[0].label, '提前实现');
});

test('年度目标 in the target\'s own terms: the year\'s rate against the target rate, the running sum against the cumulative path', () => {
  const jobs: Indicator = {
    table: '表1 主要指标', seq: 2, category: '民生福祉', name: '城镇新增就业', unit: '万人', attribute: 'expected',
    baseline: null, target: value('[25]', 25, { cumulative: true }), actual: null, annualGrowth: null, line: 41,
  };
  const plan = { ...extract, tables: [{ ...extract.tables[0], rows: 2 }], indicators: [gdp, jobs] };
  const added = [source('城镇新增就业', 2026, 5.2, '万人'), source('城镇新增就业', 2027, 4.9, '万人')];
  const all = [...observations, ...added.map((s) => ({ ...s, unit: s.unit ?? null, region: '连云港市', comparator: null, milestone: null, note: null }))];
  const report = buildReport({ extract: plan, evaluation: evaluatePlan({ plan, observations: all }), sources: [...sources, ...added], now: new Date('2026-12-04T02:00:00Z') });
  const [rate, sum] = report.indicators;
  assert.equal(rate.annualTarget, '年均5%，2027年4.6%（未达到）');
  // path 0 → 25 over 2026–2030: 10 by 2027; 5.2 + 4.9 = 10.1
  assert.equal(sum.annualTarget, '应累计10，实际累计10.1（已达到）');
});
