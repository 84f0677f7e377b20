import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Attribute, Comparator, EvaluationMethod, IndicatorEvaluation, Value } from '../domain/index.ts';
import { evaluateIndicator } from './evaluate-indicator.ts';
import type { ObservedValue } from './series.ts';

const cell = (raw: string, value: number | null, more: Partial<Value> = {}): Value =>
  ({ raw, value, comparator: null, cumulative: false, year: null, text: value === null ? raw : null, ...more });

const obs = (year: number, value: number | string, more: Partial<ObservedValue> = {}): ObservedValue => ({
  year, value: typeof value === 'number' ? value : null, comparator: null,
  milestone: typeof value === 'string' ? value : null, note: null, unit: null, ...more,
});

interface Case {
  name?: string;
  unit?: string | null;
  attribute?: Attribute | null;
  baseline?: Value | null;
  target: Value;
  observations: ObservedValue[];
  asOf: number;
  method?: EvaluationMethod;
  direction?: 1 | -1;
}

const judge = (c: Case): IndicatorEvaluation => evaluateIndicator({
  target: { name: c.name ?? '某指标', unit: c.unit === undefined ? '%' : c.unit, attribute: c.attribute ?? 'expected', baseline: c.baseline ?? null, target: c.target, baseYear: 2020, targetYear: 2025 },
  observations: c.observations, asOf: c.asOf, method: c.method, direction: c.direction,
});

test('连云港 常住人口城镇化率 61.52 → 70 with 2021 62.38, 2022 63.08: lagging, yellow', () => {
  const e = judge({ name: '常住人口城镇化率', baseline: cell('61.52', 61.52), target: cell('70', 70), observations: [obs(2021, 62.38), obs(2022, 63.08)], asOf: 2022 });
  // τ = 2/5; p = 1.56/8.48 = 0.18396; r = 0.45991; g = (63.08/61.52)^(1/2) − 1 = 1.2599 %;
  // ŷ = 63.08·1.012599³ = 65.4945; A = (65.4945 − 61.52)/8.48 = 0.4687;
  // least squares through (2020, 61.52), (2021, 62.38), (2022, 63.08): 62.32667 + 0.78·(2025 − 2021) = 65.4467
  assert.deepEqual(
    [e.form, e.direction, e.timeProgress, e.completion, e.pace, e.status, e.label, e.warning],
    ['level', 1, 0.4, 0.184, 0.4599, 'lagging', '相对滞后', 'yellow'],
  );
  assert.deepEqual(e.forecast, { value: 65.4945, anticipated: 0.4687, outcome: 'unlikely', linear: 65.4467 });
  assert.equal(e.explanation, '完成进度18.4%，时序进度40.0%，进度比0.46 < 0.8');
  assert.deepEqual(e.annualTarget, { year: 2022, value: 64.912, actual: 63.08, met: false, source: 'path' });
});

test('pace thresholds apply after rounding to 4 decimals: r on 0.8 and 1.1 count as on them', () => {
  // B 0, T 100, t = 2022: τ = 0.4 and r = L/40
  const cases: Array<[number, number, string]> = [
    [32, 0.8, 'on-track'], // 0.32/0.4 = 0.7999999999999999
    [31.998, 0.8, 'on-track'], // 0.79995 rounds up
    [31.996, 0.7999, 'lagging'],
    [44, 1.1, 'ahead'], // 1.0999999999999999
    [43.998, 1.1, 'ahead'],
    [43.996, 1.0999, 'on-track'],
    [0, 0, 'regressing'],
    [-4, -0.1, 'regressing'],
  ];
  for (const [L, r, status] of cases) {
    const e = judge({ unit: '个', baseline: cell('0', 0), target: cell('100', 100), observations: [obs(2022, L)], asOf: 2022 });
    assert.deepEqual([e.pace, e.status], [r, status], `L = ${L}`);
  }
});

// amended spec (evaluation.md "Period, phase and final evaluation"): 已完成, not 已实现, at the final phase
test('met targets are achieved: 提前实现 while the period runs, 已完成 at the final evaluation; approx within 2 %', () => {
  const early = judge({ baseline: cell('4', 4), target: cell('6左右', 6, { comparator: 'approx' }), observations: [obs(2022, 5.88)], asOf: 2022 });
  assert.deepEqual([early.status, early.label], ['achieved', '提前实现']);
  const late = judge({ baseline: cell('4', 4), target: cell('6', 6), observations: [obs(2025, 6.2)], asOf: 2025 });
  assert.deepEqual([late.status, late.label], ['achieved', '已完成']);
  const outside = judge({ baseline: cell('4', 4), target: cell('6左右', 6, { comparator: 'approx' }), observations: [obs(2022, 5.87)], asOf: 2022 });
  assert.equal(outside.status, 'ahead'); // p = 1.87/2 = 0.935, r = 2.3375
});

test('maintain: on-track while held, regressing when not, achieved only once t ≥ tT', () => {
  const floor = { name: '林木覆盖率', attribute: 'binding' as const, baseline: cell('26.5', 26.5), target: cell('≥26.5', 26.5, { comparator: 'ge' }) };
  const cases: Array<[ObservedValue[], number, string, string | null]> = [
    [[obs(2022, 26.8)], 2022, 'on-track', null],
    [[obs(2022, 26.0)], 2022, 'regressing', 'red'],
    [[obs(2022, 26.0), obs(2025, 26.6)], 2025, 'achieved', null],
  ];
  for (const [observations, asOf, status, warning] of cases) {
    const e = judge({ ...floor, observations, asOf });
    assert.deepEqual([e.form, e.status, e.warning, e.completion, e.pace], ['maintain', status, warning, null, null], `${asOf} ${status}`);
    // a maintain forecast has no A; at the final evaluation (asOf 2025) there is no forecast at all
    assert.equal(e.forecast === null ? 'none' : e.forecast.anticipated, asOf === 2025 ? 'none' : null);
  }
  const cap = { name: '城镇调查失业率', baseline: cell('<4%', 4, { comparator: 'lt' }), target: cell('<4%', 4, { comparator: 'lt' }) };
  assert.equal(judge({ ...cap, observations: [obs(2022, 4, { comparator: 'lt' })], asOf: 2022 }).status, 'on-track');
  assert.equal(judge({ ...cap, observations: [obs(2022, 4.2)], asOf: 2022 }).status, 'regressing');
  const same = judge({ name: '法治建设满意度', unit: null, baseline: cell('90', 90), target: cell('90', 90), observations: [obs(2023, 89)], asOf: 2023 });
  assert.equal(same.status, 'regressing');
  assert.match(same.explanation, /假定越大越好/);
});

test('cumulative: yearly amounts summed from the plan base year, a missing year named', () => {
  const e = judge({
    name: '实际利用外资', unit: '亿美元', baseline: cell('[7.3]', 7.3, { cumulative: true }),
    target: cell('[20]', 20, { cumulative: true }), observations: [obs(2021, 4), obs(2023, 5)], asOf: 2023,
  });
  // L = 9 over n = 2 years, τ = 3/5, p = 9/20, r = 0.75; ŷ = 9 + 4.5·2 = 18, A = 0.9
  assert.deepEqual([e.form, e.timeProgress, e.completion, e.pace, e.status], ['cumulative', 0.6, 0.45, 0.75, 'lagging']);
  assert.deepEqual(e.forecast, { value: 18, anticipated: 0.9, outcome: 'at-risk', linear: null });
  assert.match(e.explanation, /缺2022年数据/);
  assert.deepEqual(e.annualTarget, { year: 2023, value: 12, actual: 9, met: false, source: 'path' });
});

test('annual growth without a baseline: the compound mean of the rates against T', () => {
  const goal = { name: '居民人均可支配收入年均增长', baseline: cell('-', null), target: cell('7', 7) };
  // √(1.08 · 1.06) − 1 = 6.9953 %, pace 0.9993
  const e = judge({ ...goal, observations: [obs(2021, 8), obs(2022, 6)], asOf: 2022 });
  assert.deepEqual([e.form, e.timeProgress, e.completion, e.pace, e.status, e.warning], ['growth', null, null, 0.9993, 'on-track', null]);
  assert.deepEqual(e.forecast, { value: 6.9953, anticipated: 0.9993, outcome: 'at-risk', linear: null });
  assert.match(e.explanation, /2年复合平均6\.9953%/);
  assert.equal(judge({ ...goal, observations: [obs(2021, 8), obs(2022, 7)], asOf: 2022 }).status, 'achieved');
  const capped = { name: '居民消费价格指数增长', target: cell('≤3', 3, { comparator: 'le' }) };
  assert.equal(judge({ ...capped, observations: [obs(2022, 2.5)], asOf: 2022 }).status, 'on-track');
  assert.equal(judge({ ...capped, observations: [obs(2022, 3.5)], asOf: 2022 }).status, 'regressing');
});

test('qualitative: milestone words decide, a number cannot be judged', () => {
  const cases: Array<[ObservedValue[], string]> = [
    [[obs(2022, '建成')], 'achieved'],
    [[obs(2022, '已完成')], 'achieved'],
    [[obs(2021, '未开工'), obs(2022, '推进中')], 'on-track'],
    [[obs(2022, '在建')], 'on-track'],
    [[obs(2022, '未开工')], 'lagging'],
    [[obs(2022, '滞后')], 'lagging'],
    [[obs(2022, '基本建成')], 'on-track'],
    [[obs(2022, '差不多')], 'not-assessable'],
    [[obs(2022, 5)], 'not-assessable'],
    [[], 'no-data'],
  ];
  for (const [observations, status] of cases) {
    const e = judge({ unit: null, target: cell('建成', null), observations, asOf: 2022 });
    assert.deepEqual([e.form, e.status, e.forecast], ['qualitative', status, null], JSON.stringify(observations));
  }
});

test('no baseline: the earliest observation serves as B when a later one exists', () => {
  const goal = { name: '中心城区绿色出行比例', baseline: null, target: cell('≥70', 70, { comparator: 'ge' }) };
  const two = judge({ ...goal, observations: [obs(2021, 60), obs(2023, 66)], asOf: 2023 });
  // t0 = 2021: τ = 2/4, p = 6/10, r = 1.2
  assert.deepEqual([two.timeProgress, two.completion, two.pace, two.status], [0.5, 0.6, 1.2, 'ahead']);
  assert.match(two.explanation, /以2021年观测值60作为基期/);
  assert.equal(judge({ ...goal, observations: [obs(2022, 72)], asOf: 2022 }).status, 'achieved');
  const one = judge({ ...goal, observations: [obs(2022, 65)], asOf: 2022 });
  assert.deepEqual([one.status, one.forecast], ['not-assessable', null]);
  assert.match(one.explanation, /只有2022年一个观测值/);
});

test('a baseline dated by a footnote sets t0', () => {
  const e = judge({ baseline: cell('60.6*', 60.6, { year: 2019 }), target: cell('70', 70), observations: [obs(2020, 62), obs(2022, 64.36)], asOf: 2022 });
  // τ = 3/6, p = 3.76/9.4 = 0.4, r = 0.8 after rounding
  assert.deepEqual([e.baseline, e.timeProgress, e.completion, e.pace, e.status], [{ year: 2019, value: 60.6 }, 0.5, 0.4, 0.8, 'on-track']);
});

test('methods: cagr-ratio and extrapolation share the forms and fall back when they cannot apply', () => {
  const goal = { unit: '亿元', baseline: cell('100', 100), target: cell('200', 200), observations: [obs(2022, 120)], asOf: 2022 };
  // g_obs = 1.2^(1/2) − 1 = 9.54 %, g_req = 2^(1/5) − 1 = 14.87 %, R = 0.6419
  const cagr = judge({ ...goal, method: 'cagr-ratio' });
  assert.deepEqual([cagr.status, cagr.pace], ['lagging', 0.5]);
  assert.match(cagr.explanation, /增速比R=0\.64/);
  assert.match(cagr.explanation, /需加速/);
  const limited = judge({ ...goal, observations: [obs(2022, 105)], method: 'cagr-ratio' });
  assert.match(limited.explanation, /进展有限/); // R = 0.2395/0.1487·… ≈ 0.17
  const negative = judge({ ...goal, baseline: cell('-5', -5), target: cell('5', 5), observations: [obs(2022, 0)], method: 'cagr-ratio' });
  assert.equal(negative.status, 'ahead'); // p = 0.5, τ = 0.4, r = 1.25
  assert.match(negative.explanation, /均为正数.*按时序进度法判断/);
  const lyg = judge({ name: '常住人口城镇化率', baseline: cell('61.52', 61.52), target: cell('70', 70), observations: [obs(2021, 62.38), obs(2022, 63.08)], asOf: 2022, method: 'extrapolation' });
  assert.equal(lyg.status, 'lagging');
  assert.match(lyg.explanation, /预计完成度A=0\.47/);
  // g_obs = √(63.08/61.52) − 1 = 1.26 %, g_req = (70/61.52)^(1/5) − 1 = 2.62 %, R = 0.4818 < 0.6
  const lygCagr = judge({ name: '常住人口城镇化率', baseline: cell('61.52', 61.52), target: cell('70', 70), observations: [obs(2021, 62.38), obs(2022, 63.08)], asOf: 2022, method: 'cagr-ratio' });
  assert.equal(lygCagr.status, 'lagging');
  assert.match(lygCagr.explanation, /实际年均增速1\.26%，所需年均增速2\.62%，0 ≤ 增速比R=0\.48 < 0\.6，进展有限/);
  const falling = judge({ ...goal, observations: [obs(2022, 95)], method: 'extrapolation' });
  assert.equal(falling.status, 'regressing');
});

test('forecasts: likely, at-risk, unlikely; % capped at 100; non-positive values extrapolated linearly', () => {
  const goal = { unit: '亿元', baseline: cell('100', 100), target: cell('110', 110), asOf: 2022 };
  assert.equal(judge({ ...goal, observations: [obs(2022, 106)] }).forecast?.outcome, 'likely'); // 106·1.06^1.5 = 115.68
  const atRisk = judge({ ...goal, observations: [obs(2022, 103.3)] }).forecast; // 103.3·1.033^1.5 = 108.455
  assert.deepEqual([atRisk?.outcome, atRisk?.anticipated], ['at-risk', 0.8455]);
  const unlikely = judge({ ...goal, attribute: 'binding', observations: [obs(2022, 101)] });
  assert.deepEqual([unlikely.forecast?.outcome, unlikely.warning], ['unlikely', 'red']);
  const capped = judge({ baseline: cell('90', 90), target: cell('99', 99), observations: [obs(2021, 98)], asOf: 2021 });
  assert.deepEqual([capped.forecast?.value, capped.forecast?.outcome], [100, 'likely']); // 98·(98/90)^4 = 137.8
  const negative = judge({ unit: '亿元', baseline: cell('-2', -2), target: cell('5', 5), observations: [obs(2022, 1)], asOf: 2022 });
  assert.deepEqual([negative.forecast?.value, negative.forecast?.outcome], [5.5, 'likely']); // 1 + 1.5·3
  assert.match(negative.explanation, /改按线性外推/);
});

test('warnings: red for binding, yellow for expected and unattributed, none when on track', () => {
  const base = { unit: '个', baseline: cell('0', 0), target: cell('100', 100), asOf: 2022 };
  const lagging = [obs(2022, 20)];
  assert.equal(judge({ ...base, attribute: 'binding', observations: lagging }).warning, 'red');
  assert.equal(judge({ ...base, attribute: 'expected', observations: lagging }).warning, 'yellow');
  assert.equal(judge({ ...base, attribute: null, observations: lagging }).warning, 'yellow');
  assert.equal(judge({ ...base, attribute: 'binding', observations: [obs(2022, 40)] }).warning, null);
});

test('observations: only t0 < y ≤ asOf, a final value beats a 预计 one, units converted by scale', () => {
  const base = { name: '常住人口', unit: '万人', baseline: cell('450', 450), target: cell('470', 470) };
  assert.equal(judge({ ...base, observations: [obs(2020, 455), obs(2023, 460)], asOf: 2022 }).status, 'no-data');
  const e = judge({ ...base, observations: [obs(2022, 4_600_000, { unit: '人' }), obs(2022, 461, { note: '预计' })], asOf: 2022 });
  assert.deepEqual(e.latest, { year: 2022, value: 460 });
  const bad = judge({ ...base, observations: [obs(2022, 460, { unit: '户' })], asOf: 2022 });
  assert.equal(bad.status, 'no-data');
  assert.match(bad.explanation, /单位“户”与指标单位“万人”不能换算/);
});
