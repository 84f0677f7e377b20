import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../../src/reports/index.ts';
import { renderHtml, renderMarkdown } from '../../src/reports/index.ts';
import { finalSampleInput, sampleInput } from './sample-input.ts';

test('the summary counts statuses and writes the judgement from them', () => {
  const { summary } = buildReport(sampleInput());
  assert.equal(summary.total, 3);
  assert.deepEqual(summary.counts.filter((c) => c.count).map((c) => `${c.label}${c.count}`), ['提前实现1', '相对滞后1', '暂无数据1']);
  assert.equal(summary.judgement, '3项指标中，1项提前实现、1项相对滞后、1项暂无数据。1项指标预警（黄色1项）。总体进展基本符合预期，但部分指标相对滞后。');
});

test('a lagging level indicator gets its gap and the yearly pace still needed', () => {
  const gap = buildReport(sampleInput()).gaps.find((g) => g.name === '常住人口城镇化率');
  assert.ok(gap);
  assert.equal(gap.gapValue, 6.92); // 70 − 63.08
  assert.equal(gap.neededPaceValue, 2.3067); // over 2023–2025
  assert.equal(gap.neededPace, '剩余3年需年均提高2.31个百分点');
  assert.equal(gap.explanation, '完成进度18.4%，时序进度40.0%，进度比0.46 < 0.8');
});

test('a binding indicator is listed among the gaps even when achieved', () => {
  const gap = buildReport(sampleInput()).gaps.find((g) => g.name === '空气质量优良天数比例');
  assert.equal(gap?.attribute, '约束性');
  assert.equal(gap?.neededPace, '已达到目标，需保持');
});

test('the chart path runs linearly from baseline to target; the forecast from the latest value', () => {
  const chart = buildReport(sampleInput()).charts[0];
  assert.deepEqual(chart.path.map((p) => p.value), [61.52, 63.216, 64.912, 66.608, 68.304, 70]);
  assert.deepEqual(chart.actuals, [{ year: 2020, value: 61.52 }, { year: 2021, value: 62.38 }, { year: 2022, value: 63.08 }]);
  assert.deepEqual(chart.forecast, [{ year: 2022, value: 63.08 }, { year: 2025, value: 65.4945 }]);
  assert.deepEqual(chart.target, { year: 2025, value: 70 });
  assert.match(chart.svg, /^<svg[^>]*width="560"/);
  assert.match(chart.svg, /规划路径/);
});

test('the title follows the evaluation\'s phase: 年度监测报告, 中期评估报告, 总结评估报告', () => {
  const input = sampleInput();
  const title = (phase: 'annual' | 'mid-term' | 'final') => buildReport({ ...input, evaluation: { ...input.evaluation, phase } }).cover.title;
  assert.equal(title('annual'), '《连云港市“十四五”新型城镇化规划》年度监测报告');
  assert.equal(title('mid-term'), '《连云港市“十四五”新型城镇化规划》中期评估报告');
  assert.equal(title('final'), '《连云港市“十四五”新型城镇化规划》总结评估报告');
});

test('a 总结评估报告 has the plan\'s own 完成情况 table and names every 未完成 target', () => {
  const report = buildReport(finalSampleInput());
  assert.equal(report.kind, 'final');
  assert.deepEqual(report.indicators.map((r) => [r.name, r.target, r.actual, r.label]), [
    ['常住人口城镇化率', '70', '65.2（2025年）', '未完成'],
    ['居民人均可支配收入年均增长', '7', '年均6.59%（至2025年）', '未完成'],
    ['空气质量优良天数比例', '≥82', '82.5（2025年）', '已完成'],
  ]);
  // 1 of 3 judged achieved (< 0.8): 部分规划目标未能完成
  assert.equal(report.summary.judgement, '3项指标中，1项已完成、2项未完成。2项指标预警（黄色2项）。'
    + '未完成的指标：常住人口城镇化率（目标70，实际65.2）、居民人均可支配收入年均增长（目标7，实际年均6.59%）。总体看，部分规划目标未能完成。');
  // gaps: 70 − 65.2 = 4.8; 7 − 6.5926 = 0.4074; the binding 空气 82 − 82.5 = −0.5
  assert.deepEqual(report.gaps.map((g) => [g.name, g.gap, g.neededPace]), [
    ['常住人口城镇化率', '+4.8个百分点', '未完成'],
    ['居民人均可支配收入年均增长', '+0.41个百分点', '未完成'],
    ['空气质量优良天数比例', '-0.5个百分点', '已完成'],
  ]);
  assert.deepEqual(report.appendix.method.rules.map((r) => r.label), ['已完成', '未完成', '暂无数据', '无法评估']);
  for (const text of [renderMarkdown(report), renderHtml(report)]) {
    assert.match(text, /二、规划目标完成情况[\s\S]*规划目标[\s\S]*实际完成[\s\S]*完成情况/);
    assert.match(text, /三、未完成及约束性指标分析/);
    assert.doesNotMatch(text, /快于预期|基本符合预期|相对滞后|严重滞后|提前实现|进度比|时序进度|期末预测|所需年均/);
  }
});

test('the counts carry the evaluation\'s own labels, so they read like the rows', () => {
  const input = sampleInput();
  const indicators = input.evaluation.indicators.map((e) => (e.status === 'achieved' ? { ...e, label: '已实现' } : e));
  const report = buildReport({ ...input, evaluation: { ...input.evaluation, indicators } });
  assert.equal(report.summary.counts[0].label, '已实现');
  assert.equal(report.summary.counts[1].label, '快于预期');
});

test('the appendix gives the rule of every status and the source of every value', () => {
  const { appendix } = buildReport(sampleInput());
  assert.equal(appendix.method.rules.length, 7);
  const sources = appendix.sources.filter((s) => s.indicator === '常住人口城镇化率');
  assert.deepEqual(sources.map((s) => s.what), ['规划目标', '2021年监测值', '2022年监测值']);
  assert.equal(sources[0].title, '规划文本 表2-1  “十四五”时期新型城镇化发展主要指标，第106行');
  assert.equal(sources[1].quote, '最低的是连云港市(62.38%)');
});

test('a source value printed in another unit of the same scale is charted in the plan\'s unit', () => {
  const input = sampleInput();
  const extract = { ...input.extract, indicators: input.extract.indicators.map((i, n) => (n === 0 ? { ...i, name: '常住人口', unit: '万人' } : i)) };
  const indicators = input.evaluation.indicators.map((e, n) => (n === 0 ? { ...e, name: '常住人口', unit: '万人', latest: null } : e));
  const source = { title: null, url: null, quote: null, note: null };
  const sources = [{ indicator: '常住人口', year: 2021, value: 4_602_000, unit: '人', ...source },
    { indicator: '空气质量优良天数比例', year: 2021, value: 0.82, unit: '亿元', ...source }];
  const report = buildReport({ ...input, extract, evaluation: { ...input.evaluation, indicators }, sources });
  assert.deepEqual(report.charts[0].actuals, [{ year: 2020, value: 61.52 }, { year: 2021, value: 460.2 }]);
  assert.deepEqual(report.charts.find((c) => c.indicator === '空气质量优良天数比例')?.actuals.map((p) => p.year), [2020, 2022], 'an unconvertible unit is left out');
});

test('the 专栏 boxes are listed with a progress row per item (未填报 without a progress record)', () => {
  const { boxes } = buildReport(sampleInput());
  assert.deepEqual(boxes, [{
    title: '专栏3-1 公共服务领域重点工程', line: 242, items: ['教育：扩大义务教育阶段公办学校学位供给。'],
    rows: [{ item: '教育', line: 244, department: null, status: '未填报', date: null, evidence: null }],
  }]);
});

test('the chart follows the evaluation\'s yearly path, so 年度计划 targets show', () => {
  const input = sampleInput();
  const path = [{ year: 2020, value: 61.52 }, { year: 2021, value: 62.5 }, { year: 2022, value: 64 }, { year: 2025, value: 70 }];
  const annualTarget = { year: 2022, value: 64, actual: 63.08, met: false, source: 'plan' as const };
  const indicators = input.evaluation.indicators.map((e, i) => (i === 0 ? { ...e, path, annualTarget } : e));
  const report = buildReport({ ...input, evaluation: { ...input.evaluation, indicators } });
  assert.deepEqual(report.charts[0].path, path);
  assert.equal(report.indicators[0].annualTarget, '64（未达到）');
});
