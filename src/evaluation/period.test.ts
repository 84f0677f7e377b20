import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Indicator, Value } from '../domain/index.ts';
import { evaluatePlan, type ObservationInput, type PlanInput } from './evaluate-plan.ts';
import { phaseOf } from './period.ts';

const cell = (raw: string, value: number | null, more: Partial<Value> = {}): Value =>
  ({ raw, value, comparator: value === null ? null : 'eq', cumulative: false, year: null, text: value === null ? raw : null, ...more });

const row = (name: string, unit: string, baseline: Value, target: Value): Indicator =>
  ({ table: '表1', seq: null, category: null, name, unit, attribute: 'expected', baseline, target, actual: null, annualGrowth: null, line: 1 });

const o = (indicator: string, year: number, value: number, unit: string | null = '%'): ObservationInput =>
  ({ region: '连云港市', indicator, year, value, comparator: null, milestone: null, note: null, unit });

const plan14: PlanInput = {
  plan: { title: '连云港市“十四五”新型城镇化规划', region: '连云港市', period: { start: 2021, end: 2025 }, baseYear: 2020 },
  tables: [{ caption: '表1', kind: 'targets', line: 1, rows: 1 }],
  indicators: [row('常住人口城镇化率', '%', cell('61.52', 61.52), cell('70', 70))],
};

test('phase boundaries: τ 0.4 and 0.6 are mid-term (inclusive), tT is final, the rest annual', () => {
  // 十四五: t0 2020, tT 2025; τ = (asOf − 2020)/5
  const five = { baseYear: 2020, targetYear: 2025 };
  const expected: Array<[number, string]> = [
    [2021, 'annual'], // τ 0.2
    [2022, 'mid-term'], // τ 0.4
    [2023, 'mid-term'], // τ 0.6
    [2024, 'annual'], // τ 0.8
    [2025, 'final'],
  ];
  for (const [asOf, phase] of expected) assert.equal(phaseOf(asOf, five), phase, String(asOf));
  // a 15-year plan (t0 2020, tT 2035): 2025 τ 1/3, 2026 τ 6/15 = 0.4, 2029 τ 9/15 = 0.6, 2030 τ 2/3
  const fifteen = { baseYear: 2020, targetYear: 2035 };
  assert.deepEqual([2025, 2026, 2029, 2030].map((y) => phaseOf(y, fifteen)), ['annual', 'mid-term', 'mid-term', 'annual']);
  // the JSON carries it
  const e = evaluatePlan({ plan: plan14, observations: [o('常住人口城镇化率', 2022, 63.08)], asOf: 2023 });
  assert.deepEqual([e.asOf, e.phase], [2023, 'mid-term']);
});

test('the period clamp: 2026 and 2031 values are never used; as-of 2031 evaluates at 2025 and says so', () => {
  const observations = [
    o('常住人口城镇化率', 2021, 62.38), o('常住人口城镇化率', 2022, 63.08),
    o('常住人口城镇化率', 2026, 66), o('常住人口城镇化率', 2031, 72), // 十五五 and a mistyped year
  ];
  // default as-of: the latest year observed in 2021 … 2025 is 2022, not 2031
  const byDefault = evaluatePlan({ plan: plan14, observations });
  assert.deepEqual([byDefault.asOf, byDefault.phase], [2022, 'mid-term']);
  const u = byDefault.indicators[0];
  // τ = 2/5, p = (63.08 − 61.52)/(70 − 61.52) = 1.56/8.48 = 0.184, r = 0.46: lagging, not 72 ≥ 70 → 已实现
  assert.deepEqual([u.latest, u.status, u.completion, u.pace], [{ year: 2022, value: 63.08 }, 'lagging', 0.184, 0.4599]);
  assert.deepEqual(byDefault.notices, ['2026、2031年的观测值在规划期（2021—2025年）之后，属于下一规划期，本规划不采用']);
  // as-of 2031: evaluated at 2025, final; 2022 is the latest value in the period
  const late = evaluatePlan({ plan: plan14, observations, asOf: 2031 });
  assert.deepEqual([late.asOf, late.phase], [2025, 'final']);
  assert.equal(late.notices[1], '评估基准年2031年晚于规划目标年2025年，按2025年作总结评估');
  const v = late.indicators[0];
  assert.deepEqual([v.latest, v.status, v.label, v.pace, v.forecast, v.warning], [{ year: 2022, value: 63.08 }, 'not-achieved', '未完成', null, null, 'yellow']);
  assert.equal(v.explanation, '2022年值63.08未达到目标70，未完成，完成进度18.4%；按2022年数据判断，暂无2025年数据');
  assert.deepEqual(late.summary, { achieved: 0, 'not-achieved': 1, 'no-data': 0, 'not-assessable': 0, warnings: 1 });
});

test('a region\'s later plan does not lend its values: only 2026 observed → no data at the 十四五 final', () => {
  const e = evaluatePlan({ plan: plan14, observations: [o('常住人口城镇化率', 2026, 71)], asOf: 2025 });
  assert.deepEqual([e.indicators[0].status, e.indicators[0].latest, e.summary['no-data']], ['no-data', null, 1]);
  // without an as-of and nothing in 2021 … 2025, the plan is judged as of its base year
  assert.deepEqual([evaluatePlan({ plan: plan14, observations: [o('常住人口城镇化率', 2026, 71)] }).asOf], [2020]);
});

// 十五五: t0 2025, tT 2030; 地区生产总值（亿元） 5100 — 5左右 under 年均增长 (plan-extract `annual`)
const plan15: PlanInput = {
  plan: { title: '连云港市国民经济和社会发展第十五个五年规划纲要', region: '连云港市', period: { start: 2026, end: 2030 }, baseYear: 2025 },
  tables: [{ caption: '表1', kind: 'targets', line: 1, rows: 1 }],
  indicators: [row('地区生产总值', '亿元', cell('5100', 5100), cell('5左右', 5, { comparator: 'approx', annual: true }))],
};

test('a 亿元 row with a 年均增长 target is judged on its growth rates, not its levels', () => {
  const observations = [
    o('地区生产总值', 2026, 5380, '亿元'), // a level: not a rate, named and left out
    o('地区生产总值增速', 2026, 5.2), o('地区生产总值增速', 2027, 4.6, null), // a rate without a unit, named as one
  ];
  const e = evaluatePlan({ plan: plan15, observations });
  const g = e.indicators[0];
  // L = 100·(√(1.052 × 1.046) − 1) = 100·(√1.100392 − 1) = 4.8996 %; |4.8996 − 5| = 0.1004 > 0.02 × 5: not met
  // pace = 4.8996/5 = 0.9799 → on-track (0.8 ≤ r < 1.1); forecast ŷ = 4.8996, A = 0.9799 ≥ 0.8 → at-risk
  assert.deepEqual([e.asOf, e.phase], [2027, 'mid-term']); // τ = 2/5
  assert.deepEqual([g.form, g.unit, g.baseline, g.level, g.pace, g.status, g.timeProgress, g.completion],
    ['growth', '亿元', { year: 2025, value: 5100 }, 4.8996, 0.9799, 'on-track', null, null]);
  assert.deepEqual([g.forecast?.outcome, g.forecast?.anticipated], ['at-risk', 0.9799]);
  assert.match(g.explanation, /^2026年5\.2%、2027年4\.6%，2年复合平均4\.8996%/);
  assert.match(g.explanation, /2026年的观测值是水平值（亿元），年均增长目标按增速（%）判断，未采用/);
});

test('the 亿元 growth row at the 十五五 final: 4.57 % a year against 5左右 is 未完成', () => {
  const rates = [[2026, 5.2], [2027, 4.6], [2028, 4.1], [2029, 4.4]].map(([y, v]) => o('地区生产总值增速', y, v));
  const e = evaluatePlan({ plan: plan15, observations: rates, asOf: 2030 });
  const g = e.indicators[0];
  // Π = 1.052 × 1.046 × 1.041 × 1.044 = 1.195910; L = 100·(1.195910^(1/4) − 1) = 4.5742 %; 5 × 0.98 = 4.9 > L
  assert.deepEqual([e.phase, g.level, g.status, g.label, g.pace, g.forecast, g.warning], ['final', 4.5742, 'not-achieved', '未完成', null, null, 'yellow']);
  assert.equal(g.explanation, '2026年5.2%、2027年4.6%、2028年4.1%、2029年4.4%，4年复合平均4.5742%，未达到目标5%左右，未完成；按2029年数据判断，暂无2030年数据');
});
