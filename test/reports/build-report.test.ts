import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { buildDocumentReport, renderPlanReport } from '../../src/services/index.ts';

// The real 连云港 plan (表2-1: 20 indicators) judged on the real published values in
// examples/data/observations.csv, through the same service `plantrack evaluate` uses.
const root = resolve(import.meta.dirname, '..', '..');
const plan = resolve(root, 'examples/plans/000_6672659702fb4163.txt');
const observationsFile = resolve(root, 'examples/data/observations.csv');
const now = new Date('2026-11-22T02:00:00Z');

test('连云港 as of 2022: a 中期评估报告 of the 20 indicators, judged from the counts', async () => {
  const report = await buildDocumentReport(plan, { observationsFile, asOf: 2022, now });
  assert.equal(report.kind, 'mid-term');
  assert.equal(report.cover.title, '《连云港市“十四五”新型城镇化规划》中期评估报告');
  assert.equal(report.cover.date, '2026年11月22日');
  assert.equal(report.summary.total, 20);
  assert.equal(report.summary.counts.reduce((n, c) => n + c.count, 0), 20);
  const { judgement } = report.summary;
  assert.ok(judgement.startsWith('20项指标中，'), judgement);
  for (const c of report.summary.counts.filter((c) => c.count > 0)) assert.ok(judgement.includes(`${c.count}项${c.label}`), `${c.label} in ${judgement}`);
  assert.ok(report.summary.counts.find((c) => c.status === 'no-data')!.count > 10, 'most indicators have no published value yet');
  assert.match(judgement, /已评估的\d项指标中\d项进展符合或好于预期；其余1\d项暂无数据或无法评估，尚不足以作出总体判断，需补报监测数据。$/);
});

test('连云港 as of 2022: the table prints each row as the plan does, with the judged measures', async () => {
  const report = await buildDocumentReport(plan, { observationsFile, asOf: 2022, now });
  const row = report.indicators.find((r) => r.name === '常住人口城镇化率');
  assert.deepEqual(
    row && [row.category, row.unit, row.baseline, row.target, row.attribute, row.latest, row.annualTarget, row.completion, row.timeProgress, row.label, row.warning],
    ['城镇化质量', '%', '61.52', '70', '预期性', '63.08（2022年）', '64.91（未达到）', '18.4%', '40.0%', '相对滞后', 'yellow'],
  );
  const air = report.indicators.find((r) => r.name === '空气质量优良天数比例');
  assert.deepEqual(air && [air.target, air.attribute, air.latest], ['≥82', '约束性', '83.6（2022年）']);
});

test('连云港 as of 2022: the lagging section gives 常住人口城镇化率 its gap and the pace still needed', async () => {
  const report = await buildDocumentReport(plan, { observationsFile, asOf: 2022, now });
  const gap = report.gaps.find((g) => g.name === '常住人口城镇化率');
  assert.ok(gap, 'listed among the gaps');
  assert.equal(gap.label, '相对滞后');
  assert.equal(gap.gapValue, 6.92); // 70 − 63.08
  assert.equal(gap.neededPace, '剩余3年需年均提高2.31个百分点'); // 6.92 / (2025 − 2022)
  const binding = report.gaps.filter((g) => g.attribute === '约束性').map((g) => g.name);
  assert.deepEqual(binding, ['空气质量优良天数比例', '地表水省考以上断面达到或优于III类水比例', '林木覆盖率']);
});

test('连云港 as of 2022: a chart per quantified indicator, with the real actuals and the forecast', async () => {
  const report = await buildDocumentReport(plan, { observationsFile, asOf: 2022, now });
  const chart = report.charts.find((c) => c.indicator === '常住人口城镇化率');
  assert.deepEqual(chart?.actuals, [{ year: 2020, value: 61.52 }, { year: 2021, value: 62.38 }, { year: 2022, value: 63.08 }]);
  assert.deepEqual(chart?.forecast, [{ year: 2022, value: 63.08 }, { year: 2025, value: 65.4945 }]);
  assert.ok(report.charts.every((c) => c.svg.startsWith('<svg')));
});

test('连云港: the 专栏 projects and every value\'s source', async () => {
  const report = await buildDocumentReport(plan, { observationsFile, asOf: 2022, now });
  assert.ok(report.boxes.length >= 20, `${report.boxes.length} boxes`);
  assert.equal(report.boxes[0].title, '专栏3-1 公共服务领域重点工程');
  assert.ok(report.boxes[0].items.length > 0);
  const urbanisation = report.appendix.sources.filter((s) => s.indicator === '常住人口城镇化率');
  assert.deepEqual(urbanisation.map((s) => s.what), ['规划目标', '2021年监测值', '2022年监测值']);
  assert.equal(urbanisation[0].title, '规划文本 表2-1  “十四五”时期新型城镇化发展主要指标，第101行');
  assert.equal(urbanisation[2].url, 'http://hbzqbyyxgs.com/news/690886.html');
});

// amended spec: at the final phase rows are 已完成 / 未完成 and every 未完成 target is named
test('连云港 as of 2025: the 总结评估报告', async () => {
  const report = await buildDocumentReport(plan, { observationsFile, asOf: 2025, now });
  assert.equal(report.kind, 'final');
  assert.equal(report.cover.title, '《连云港市“十四五”新型城镇化规划》总结评估报告');
  assert.equal(report.appendix.method.rules[0].label, '已完成');
  // the real values end in 2022–2023: 城镇化率 63.08 < 70, 收入 6.8 % < 7 %, 高新 34.8 < 45 are 未完成
  assert.match(report.summary.judgement, /^20项指标中，3项已完成、3项未完成、14项暂无数据。.*未完成的指标：常住人口城镇化率（目标70，实际63.08）、/);
  assert.match(report.summary.judgement, /已评估的6项指标中3项已完成；/);
  assert.equal(report.gaps.find((g) => g.name === '常住人口城镇化率')?.neededPace, '未完成');
});

test('连云港经开区: the 十三五 completion table is reported row by row with its tally', async () => {
  const report = await buildDocumentReport(resolve(root, 'examples/plans/003_d7ad96852b7746b9.txt'), { observationsFile, asOf: 2022, now });
  const { completion } = report;
  const count = (label: string) => completion.rows.filter((r) => r.label === label).length;
  assert.ok(completion.rows.length > 20, `${completion.rows.length} rows`);
  assert.equal(completion.summary, `上一规划期${completion.rows.length}项指标中，${count('已完成')}项已完成、${count('未完成')}项未完成${count('暂无数据') ? `、${count('暂无数据')}项暂无数据` : ''}。`);
  const row = completion.rows.find((r) => r.name === '高新技术产业产值占规模以上工业总产值比重');
  assert.deepEqual(row && [row.table, row.unit, row.target, row.actual, row.label], ['表 1：开发区“十三五”规划主要发展指标完成情况', '%', '68', '77.3', '已完成']);
  const md = (await renderPlanReport(report, 'md')).toString('utf8');
  assert.match(md, /### 表 1：开发区“十三五”规划主要发展指标完成情况\n\n\| 指标 \| 单位 \| 规划目标 \| 实际完成 \| 完成情况 \|\n[^#]*\| 高新技术产业产值占规模以上工业总产值比重 \| % \| 68 \| 77\.3 \| 已完成 \|/);
});

test('a plan without a completion table says so', async () => {
  const report = await buildDocumentReport(plan, { observationsFile, asOf: 2022, now });
  assert.deepEqual(report.completion, { summary: '本规划未列出上一规划期指标完成情况表。', rows: [] });
});

test('the appendix is written from the method and thresholds that judged the rows', async () => {
  const byDefault = (await buildDocumentReport(plan, { observationsFile, asOf: 2023, now })).appendix.method;
  const byCagr = (await buildDocumentReport(plan, { observationsFile, asOf: 2023, now, method: 'cagr-ratio' })).appendix.method;
  const stricter = (await buildDocumentReport(plan, { observationsFile, asOf: 2023, now, thresholds: { onTrack: 0.9 } })).appendix.method;
  assert.match(byDefault.intro, /^本报告各指标的评估状态按时序进度法（time-progress）判断/);
  assert.match(byCagr.intro, /^本报告各指标的评估状态按增速比法（cagr-ratio）判断，阈值如下表所列。其中\d+项指标.*不适用增速比法，按时序进度法判断/);
  const rule = (m: typeof byDefault, label: string) => m.rules.find((r) => r.label === label)?.rule ?? '';
  assert.match(rule(byCagr, '基本符合预期'), /^增速比 R = 实际年均增速 ÷ 所需年均增速 ≥ /);
  assert.ok(!byCagr.rules.some((r) => r.label === '快于预期'), '增速比法 has no 快于预期');
  assert.match(byCagr.notes[0], /^实际年均增速 g实/);
  assert.ok(!JSON.stringify(byCagr.rules).includes('进度比 r'), 'the table holds the method\'s rule only');
  assert.match(byCagr.notes.at(-1)!, /^按时序进度法判断的指标：进度比 r = 完成进度 ÷ 时序进度，r ≥ 1\.1 为快于预期/, 'the fallback rows\' rule is printed');
  assert.equal(rule(byDefault, '基本符合预期'), '0.8 ≤ 进度比 r < 1.1。');
  assert.equal(rule(stricter, '基本符合预期'), '0.9 ≤ 进度比 r < 1.1。');
});
