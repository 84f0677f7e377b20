import type { Indicator, IndicatorEvaluation, PlanEvaluation, PlanExtract, Value } from '../../src/domain/index.ts';
import type { ReportInput, ValueSource } from '../../src/reports/index.ts';

// A small hand-made plan and its evaluation, transcribed from 连云港's 表2-1 and evaluation.md's
// worked example, for renderer tests that must not wait on the extractor (and for odd names).

const value = (raw: string, v: number | null, comparator: Value['comparator'] = v === null ? null : 'eq'): Value =>
  ({ raw, value: v, comparator, cumulative: false, year: null, text: v === null && raw !== '-' ? raw : null });

const row = (seq: number, category: string, name: string, unit: string, baseline: Value | null, target: Value, attribute: Indicator['attribute']): Indicator =>
  ({ table: '表2-1  “十四五”时期新型城镇化发展主要指标', seq, category, name, unit, attribute, baseline, target, actual: null, annualGrowth: null, line: 100 + seq * 6 });

const judged = (partial: Partial<IndicatorEvaluation> & Pick<IndicatorEvaluation, 'name' | 'status' | 'label'>): IndicatorEvaluation => ({
  unit: '%', attribute: 'expected', direction: 1, form: 'level', baseline: null, target: null, latest: null,
  timeProgress: null, completion: null, pace: null, forecast: null, warning: null, explanation: '', ...partial,
});

export function sampleInput(name = '常住人口城镇化率'): ReportInput {
  const extract: PlanExtract = {
    schema: 'plan-extract/1',
    source: { file: 'sample.txt', sha256: '0', chars: 0 },
    plan: { title: '连云港市“十四五”新型城镇化规划', region: '连云港市', regionLevel: 'city', parentRegion: null, planKind: 'urbanization', period: { start: 2021, end: 2025 }, baseYear: 2020, visionYear: 2035, issuer: null, docNumber: null, issuedDate: null },
    outline: [],
    tables: [{ caption: '表2-1  “十四五”时期新型城镇化发展主要指标', kind: 'targets', line: 90, rows: 3 }],
    indicators: [
      row(1, '城镇化质量', name, '%', value('61.52', 61.52), value('70', 70), 'expected'),
      row(2, '城镇化质量', '居民人均可支配收入年均增长', '%', value('-', null), value('7', 7), 'expected'),
      row(14, '资源环境', '空气质量优良天数比例', '%', value('81.1', 81.1), value('≥82', 82, 'ge'), 'binding'),
    ],
    textTargets: [],
    boxes: [{ title: '专栏3-1 公共服务领域重点工程', line: 242, items: [{ title: '教育', text: '扩大义务教育阶段公办学校学位供给。', line: 244 }] }],
    issues: [],
  };
  const indicators = [
    judged({ name, baseline: { year: 2020, value: 61.52 }, target: { year: 2025, raw: '70', value: 70 }, latest: { year: 2022, value: 63.08 },
      timeProgress: 0.4, completion: 0.184, pace: 0.4599, status: 'lagging', label: '相对滞后',
      forecast: { value: 65.4945, anticipated: 0.4687, outcome: 'unlikely', linear: 65.4467 }, warning: 'yellow', explanation: '完成进度18.4%，时序进度40.0%，进度比0.46 < 0.8' }),
    judged({ name: '居民人均可支配收入年均增长', form: 'growth', target: { year: 2025, raw: '7', value: 7 }, status: 'no-data', label: '暂无数据', explanation: '没有2022年及以前的监测值' }),
    judged({ name: '空气质量优良天数比例', attribute: 'binding', form: 'level', baseline: { year: 2020, value: 81.1 }, target: { year: 2025, raw: '≥82', value: 82 },
      latest: { year: 2022, value: 83.6 }, timeProgress: 0.4, completion: 2.7778, pace: 6.9444, status: 'achieved', label: '提前实现',
      forecast: { value: 85.4, anticipated: 4.7, outcome: 'likely', linear: null }, explanation: '最新值83.6达到目标≥82' }),
  ];
  const evaluation: PlanEvaluation = {
    schema: 'evaluation/1', plan: { title: extract.plan.title, region: '连云港市' }, asOf: 2022, phase: 'mid-term', method: 'time-progress', notices: [],
    summary: { achieved: 1, ahead: 0, 'on-track': 0, lagging: 1, regressing: 0, 'no-data': 1, 'not-assessable': 0, warnings: 1 },
    indicators, completion: [], completionSummary: { achieved: 0, 'not-achieved': 0, 'no-data': 0 },
  };
  const sources: ValueSource[] = [
    { indicator: name, year: 2021, value: 62.38, title: '2021年末江苏省常住人口', url: 'https://m.news.shi-fen.com/china/202202/50-1225017.html', quote: '最低的是连云港市(62.38%)', note: null },
    { indicator: name, year: 2022, value: 63.08, title: '连云港人口', url: 'javascript:alert(2)', quote: '城镇化率达到63.08%', note: null },
  ];
  return { extract, evaluation, sources, now: new Date('2026-11-22T02:00:00Z') };
}

/**
 * The same plan at its final evaluation (as-of 2025), judged by hand: 城镇化率 65.2 against 70 (p = 3.68/8.48
 * = 0.434) and 收入 at a compound 6.5926 % a year against 7 are 未完成 (yellow); 空气 82.5 meets ≥82 (已完成).
 */
export function finalSampleInput(): ReportInput {
  const input = sampleInput();
  const [urban, income, air] = input.evaluation.indicators;
  const final = { timeProgress: 1, pace: null, forecast: null };
  const indicators: IndicatorEvaluation[] = [
    { ...urban, ...final, latest: { year: 2025, value: 65.2 }, level: 65.2, completion: 0.434, status: 'not-achieved', label: '未完成',
      explanation: '2025年值65.2未达到目标70，未完成，完成进度43.4%' },
    { ...income, ...final, timeProgress: null, latest: { year: 2025, value: 6.1 }, level: 6.5926, status: 'not-achieved', label: '未完成', warning: 'yellow',
      explanation: '2021年8.9%、2022年5.2%、2023年6.8%、2024年6%、2025年6.1%，5年复合平均6.5926%，未达到目标7%，未完成' },
    { ...air, ...final, latest: { year: 2025, value: 82.5 }, level: 82.5, completion: 1.5556, status: 'achieved', label: '已完成', explanation: '2025年值82.5已达到目标≥82' },
  ];
  const evaluation: PlanEvaluation = {
    ...input.evaluation, asOf: 2025, phase: 'final', indicators,
    summary: { achieved: 1, 'not-achieved': 2, 'no-data': 0, 'not-assessable': 0, warnings: 2 },
  };
  return { ...input, evaluation };
}
