import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTextTargets } from './extract-text-targets.ts';
import { toLines } from './test-lines.ts';

const doc = [
  '第一章 发展基础', '“十三五”期间，常住人口城镇化率达到68%。',
  '第二章 总体要求与奋斗目标', '第一节 指导思想', '坚持以人民为中心，到2025年城镇化率达到99%的说法不是目标段落。',
  '第二节 2035年远景目标', '地区生产总值迈上2000亿元新台阶，综合实力大幅提升。',
  '第三节 “十四五”发展目标', '到 2025 年：', '全区实现地区生产总值 800 亿元，一般公共预算收入突破90亿元。',
  '\t1\t常住人口城镇化率（%）\t70\t≥74', '展望2035年，常住人口城镇化率达到80%左右。',
  '第三章 产业发展', '新增规上企业 300 家，这是任务章节。',
];

test('targets come from the goals and outlook sections only, each with its year, line and clause', () => {
  const found = extractTextTargets(toLines(doc.join('\n')), { periodEnd: 2025, visionYear: 2035 });
  assert.deepEqual(found.map((t) => [t.line, t.year, t.indicator, t.target.raw, t.target.comparator, t.text]), [
    [7, 2035, '地区生产总值', '2000亿元', 'ge', '地区生产总值迈上2000亿元新台阶'],
    [10, 2025, '地区生产总值', '800 亿元', 'eq', '全区实现地区生产总值 800 亿元'],
    [10, 2025, '一般公共预算收入', '90亿元', 'gt', '一般公共预算收入突破90亿元'],
    [12, 2035, '常住人口城镇化率', '80%左右', 'approx', '常住人口城镇化率达到80%左右'],
  ]);
});

test('a 一、/（一） plan: the （三）发展目标 section runs to the next heading of its rank or above', () => {
  const plan = ['二、总体要求', '（三）发展目标', '到2025年，常住人口城镇化率力争达到74%，户籍人口城镇化率达68%以上。', '三、重点任务', '城镇化率达到90%。'];
  const found = extractTextTargets(toLines(plan.join('\n')), { periodEnd: 2025, visionYear: null });
  assert.deepEqual(found.map((t) => [t.indicator, t.year, t.target.value]), [['常住人口城镇化率', 2025, 74], ['户籍人口城镇化率', 2025, 68]]);
});

test('a plan without goal headings yields no targets', () => {
  assert.deepEqual(extractTextTargets(toLines('常住人口城镇化率达到75%。\n'), { periodEnd: 2025, visionYear: 2035 }), []);
});

test('a task section whose title mentions a target (碳达峰目标任务) is not a goals section', () => {
  const plan = ['第五章 绿色发展', '第一节 落实碳达峰目标任务', '单位GDP能耗下降到0.4吨标准煤。', '第六章 发展定位和目标', '常住人口城镇化率达到72%。'];
  const found = extractTextTargets(toLines(plan.join('\n')), { periodEnd: 2025, visionYear: 2035 });
  assert.deepEqual(found.map((t) => [t.line, t.indicator]), [[5, '常住人口城镇化率']]);
});

test('a paragraph opening with 展望2035年 is read wherever it stands', () => {
  const plan = ['第二章 总体要求', '展望2035年，常住人口城镇化率达到80%左右。', '“十四五”期间，城镇化率达到75%。'];
  const found = extractTextTargets(toLines(plan.join('\n')), { periodEnd: 2025, visionYear: 2035 });
  assert.deepEqual(found.map((t) => [t.line, t.year, t.target.raw]), [[2, 2035, '80%左右']]);
});

test('full-width digits read as numbers under a 阶段性目标 heading; the target keeps its printed form', () => {
  const lines = toLines(['一、总体要求', '（一）阶段性目标', '到２０２５年，全省城市建成区排水防涝能力显著提升，城市内涝积水点消除率达到９０％以上。'].join('\n'));
  const [target, ...rest] = extractTextTargets(lines, { periodEnd: 2025, visionYear: null });
  assert.equal(rest.length, 0);
  assert.deepEqual([target!.indicator, target!.year, target!.target.raw, target!.target.value, target!.target.comparator], ['城市内涝积水点消除率', 2025, '９０％以上', 90, 'ge']);
});

test('a 实施方案’s 工作目标 and 具体目标 are goals sections; its 重点任务 is not', () => {
  const lines = toLines(['一、工作目标', '到2025年，全市新开工改造城镇老旧小区1200个以上。', '二、重点任务', '（一）具体目标',
    '到2025年，城市生活垃圾回收利用率达到35%以上。', '三、保障措施', '每年安排专项资金不少于5000万元用于改造。'].join('\n'));
  const found = extractTextTargets(lines, { periodEnd: 2025, visionYear: null }).map((t) => [t.indicator, t.target.value]);
  assert.deepEqual(found, [['新开工改造城镇老旧小区', 1200], ['城市生活垃圾回收利用率', 35]]);
});
