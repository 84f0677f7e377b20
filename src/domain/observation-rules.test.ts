import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shippedCatalog } from './catalog/index.ts';
import {
  defaultOutlierRules, formatObservedValue, isMilestoneWord, milestoneStatus, milestoneWords, observationWarnings,
  parseObservedValue, valueRefusal, yearRefusal,
} from './index.ts';

const entry = (id: string) => shippedCatalog.find((e) => e.id === id)!;

test('typed and pasted values: comparators, thousands separators, full-width digits, typographic minus', () => {
  const cases: Array<[string, ReturnType<typeof parseObservedValue>]> = [
    ['63.08', { value: 63.08, comparator: null, milestone: null }],
    ['<4%', { value: 4, comparator: 'lt', milestone: null }],
    ['＜４', { value: 4, comparator: 'lt', milestone: null }],
    ['≤3.5', { value: 3.5, comparator: 'le', milestone: null }],
    ['11左右', { value: 11, comparator: 'approx', milestone: null }],
    ['95以上', { value: 95, comparator: 'ge', milestone: null }],
    ['95%以上', { value: 95, comparator: 'ge', milestone: null }],
    ['-61.5', { value: -61.5, comparator: null, milestone: null }],
    ['−1.5 %', { value: -1.5, comparator: null, milestone: null }],
    ['1,050.3', { value: 1050.3, comparator: null, milestone: null }],
    ['1，234，567', { value: 1234567, comparator: null, milestone: null }],
    ['６６．５', { value: 66.5, comparator: null, milestone: null }],
    ['已建成', { value: null, comparator: null, milestone: '已建成' }],
    ['基本建成', { value: null, comparator: null, milestone: '基本建成' }],
    ['10,50', null],
    ['1,2345', null],
    ['n/a', null],
    ['', null],
  ];
  for (const [text, expected] of cases) assert.deepEqual(parseObservedValue(text), expected, text);
  assert.equal(formatObservedValue(parseObservedValue('95以上')!), '≥95');
});

test('one milestone vocabulary: every word has a status, and only 完成/建成/实现/达到 forms achieve', () => {
  assert.deepEqual([...milestoneWords].sort(), Object.keys(milestoneStatus).sort());
  const achieving = milestoneWords.filter((w) => milestoneStatus[w] === 'achieved');
  for (const word of achieving) assert.match(word, /^(已)?(完成|建成|实现|达到)$/);
  assert.ok(isMilestoneWord(' 推进中 '));
  assert.ok(!isMilestoneWord('toString'));
});

test('unit-aware ranges: shares 0–100, rates may be negative, 岁 0–130, amounts and counts ≥ 0', () => {
  const cases: Array<[string, string | null, number, boolean]> = [
    ['常住人口城镇化率', '%', 100.5, false],
    ['常住人口城镇化率', '%', -1, false],
    ['常住人口城镇化率', '%', 64.2, true],
    ['地区生产总值增长', '%', -1.5, true],
    ['单位地区生产总值能耗降低', '%', -3, true],
    ['人口自然增长率', '‰', -2.1, true],
    ['某区平均年龄', '岁', -5, false],
    ['某区平均年龄', '岁', 131, false],
    ['某区平均年龄', '岁', 42, true],
    ['地区生产总值', '亿元', -3, false],
    ['地区生产总值', '亿元', 1050.3, true],
    ['规模以上工业企业数', '家', -1, false],
    ['每千人口拥有执业（助理）医师数', '人', 3.2, true],
    ['研发经费投入强度', '%', -0.2, false],
  ];
  for (const [indicator, unit, value, ok] of cases) {
    const refusal = valueRefusal({ indicator, unit }, value);
    assert.equal(refusal === null, ok, `${indicator} ${value}: ${refusal}`);
    if (refusal) assert.match(refusal, new RegExp(`${indicator}.*收到 ${value}`));
  }
});

test('the catalogue’s own min/max narrow the unit range: −5 岁 and 30 岁 life expectancy refused, 79.5 taken', () => {
  const life = { indicator: '人均预期寿命', unit: '岁', entry: entry('life-expectancy') };
  assert.match(valueRefusal(life, -5)!, /人均预期寿命.*50–100.*收到 -5 岁/);
  assert.match(valueRefusal({ ...life, entry: null }, -5)!, /年龄（岁）.*0–130/);
  assert.match(valueRefusal(life, 30)!, /指标目录/);
  assert.equal(valueRefusal(life, 79.5), null);
  assert.equal(valueRefusal({ indicator: '城乡居民收入比', unit: null, entry: entry('urban-rural-income-ratio') }, 0.8)?.includes('1–10'), true);
  assert.equal(valueRefusal({ indicator: 'GDP增长', unit: '%', entry: entry('gdp-growth') }, -1.5), null);
  assert.match(valueRefusal({ indicator: '森林覆盖率', unit: '%', entry: entry('forest-coverage') }, 120)!, /0–100/);
});

test('the plan period: a year outside base year … target year is refused, a future year needs 预计', () => {
  const periods = [{ start: 2020, end: 2025, label: '十四五' }];
  const today = new Date('2026-06-01T00:00:00Z');
  assert.match(yearRefusal('连云港市', 2030, periods, false, today)!, /2030 年不在 连云港市 任何规划的期限内.*十四五 2020–2025/);
  assert.match(yearRefusal('连云港市', 2030, periods, true, today)!, /不在/);
  assert.equal(yearRefusal('连云港市', 2020, periods, false, today), null);
  assert.equal(yearRefusal('连云港市', 2025, periods, false, today), null);
  const early = new Date('2023-06-01T00:00:00Z');
  assert.match(yearRefusal('连云港市', 2025, periods, false, early)!, /尚未到来/);
  assert.equal(yearRefusal('连云港市', 2025, periods, true, early), null);
});

test('unusual but legal values are warnings: 99,999 亿元 after 727.83, far past the target', () => {
  const gdp = { indicator: '地区生产总值', unit: '亿元', previous: { year: 2022, value: 727.83 } };
  const [jump] = observationWarnings(parseObservedValue('99,999')!.value!, gdp);
  assert.equal(jump.code, 'jump');
  assert.match(jump.message, /2022 年的 727.83 亿元 变为 99999 亿元/);
  assert.deepEqual(observationWarnings(780, gdp), []);
  assert.equal(observationWarnings(780, gdp, { ...defaultOutlierRules, jumpShare: 0.05 }).length, 1);
  const growth = { indicator: '地区生产总值增长', unit: '%', previous: { year: 2022, value: 6.1 } };
  assert.deepEqual(observationWarnings(-1.5, growth), []);
  assert.equal(observationWarnings(45, growth)[0]?.code, 'jump');
  const target = { indicator: '地区生产总值', unit: '亿元', targets: [{ year: 2025, value: 1000, direction: 1 as const }] };
  assert.deepEqual(observationWarnings(1200, target), []);
  assert.equal(observationWarnings(1600, target)[0]?.code, 'beyond-target');
  const lower = { indicator: 'PM2.5平均浓度', unit: '微克/立方米', targets: [{ year: 2025, value: 40, direction: -1 as const }] };
  assert.equal(observationWarnings(10, lower)[0]?.code, 'beyond-target');
  assert.deepEqual(observationWarnings(45, lower), []);
});
