import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { IndicatorEvaluation } from '../../src/domain/index.ts';
import { main } from '../../src/cli/main.ts';
import { buildDocumentReport, evaluatePlanDocument } from '../../src/services/index.ts';

const root = resolve(import.meta.dirname, '..', '..');
const plan = join(root, 'examples', 'plans', '000_6672659702fb4163.txt');
// 连云港 values 2021–2025 (real where a source is cited, 示例值 otherwise), with a 2026 value and a mistyped 2031 one
const observationsFile = join(import.meta.dirname, 'fixtures', 'lianyungang-final-2025.csv');

const pick = (e: IndicatorEvaluation) =>
  [e.status, e.label, e.latest, e.level, e.completion, e.pace, e.forecast, e.warning];

test('the 十四五 总结评估 of 连云港 on 2025 values, worked by hand', async () => {
  const { evaluation: e } = await evaluatePlanDocument(plan, { observationsFile });
  assert.deepEqual([e.asOf, e.phase], [2025, 'final']); // 2026 and 2031 do not move it
  const row = (name: string) => e.indicators.find((i) => i.name === name)!;
  // 城镇化率: 65.2 < 70; p = (65.2 − 61.52)/(70 − 61.52) = 3.68/8.48 = 0.434 (2026: 66 and 2031: 72 unused)
  assert.deepEqual(pick(row('常住人口城镇化率')), ['not-achieved', '未完成', { year: 2025, value: 65.2 }, 65.2, 0.434, null, null, 'yellow']);
  // 收入: Π(1 + r) = 1.089 × 1.052 × 1.068 × 1.060 × 1.061 = 1.376056; 100·(1.376056^(1/5) − 1) = 6.5926 % < 7 %
  const income = row('居民人均可支配收入年均增长');
  assert.deepEqual(pick(income), ['not-achieved', '未完成', { year: 2025, value: 6.1 }, 6.5926, null, null, null, 'yellow']);
  assert.match(income.explanation, /5年复合平均6\.5926%，未达到目标7%，未完成$/);
  // 高新: 2023 34.8 < 45; p = (34.8 − 40.5)/(45 − 40.5) = −1.2667, judged on 2023 (no 2025 value)
  const hiTech = row('高新技术产业产值占规模以上工业产值比重');
  assert.deepEqual(pick(hiTech), ['not-achieved', '未完成', { year: 2023, value: 34.8 }, 34.8, -1.2667, null, null, 'yellow']);
  assert.match(hiTech.explanation, /按2023年数据判断，暂无2025年数据/);
  // 五年累计下降率: 4.5 + 4.2 + 4.0 + 3.9 + 3.8 = 20.4 < 21; p = 20.4/21 = 0.9714
  assert.deepEqual(pick(row('单位地区生产总值建设用地使用面积五年累计下降率')),
    ['not-achieved', '未完成', { year: 2025, value: 3.8 }, 20.4, 0.9714, null, null, 'yellow']);
  // 地表水 (约束性, no baseline): B = 2021's 75; 76.9 < 77.8; p = 1.9/2.8 = 0.6786; binding → red
  assert.deepEqual(pick(row('地表水省考以上断面达到或优于III类水比例')),
    ['not-achieved', '未完成', { year: 2025, value: 76.9 }, 76.9, 0.6786, null, null, 'red']);
  // met: 空气 82.5 ≥ 82; 研发 2023 2.6 ≥ 2.5 (p = 0.47/0.37 = 1.2703); 林木 holds ≥26.5 in 2024, its latest year
  assert.deepEqual(pick(row('空气质量优良天数比例')), ['achieved', '已完成', { year: 2025, value: 82.5 }, 82.5, 1.5556, null, null, null]);
  assert.deepEqual(pick(row('研发经费支出占地区生产总值比重')), ['achieved', '已完成', { year: 2023, value: 2.6 }, 2.6, 1.2703, null, null, null]);
  const forest = row('林木覆盖率');
  assert.deepEqual(pick(forest), ['achieved', '已完成', { year: 2024, value: 26.7 }, 26.7, null, null, null, null]);
  assert.match(forest.explanation, /规划期末仍满足，已完成；按2024年数据判断，暂无2025年数据$/);
  // 人均预期寿命: only 2020 (the base year) → no data
  assert.equal(row('人均预期寿命').status, 'no-data');
  assert.deepEqual(e.summary, { achieved: 3, 'not-achieved': 5, 'no-data': 12, 'not-assessable': 0, warnings: 5 });
  const paceStatuses = new Set(['ahead', 'on-track', 'lagging', 'regressing']);
  assert.ok(e.indicators.every((i) => !paceStatuses.has(i.status) && i.pace === null && i.forecast === null));
});

test('evaluate --as-of 2031 evaluates at 2025 and says so, in JSON and on the terminal', async () => {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => { stdout += t; }, stderr: (t: string) => { stderr += t; }, env: {}, cwd: root, isTTY: false };
  assert.equal(await main(['evaluate', plan, '--observations', observationsFile, '--as-of', '2031', '--json'], io), 0);
  const e = JSON.parse(stdout);
  assert.deepEqual([e.asOf, e.phase, e.notices], [2025, 'final', [
    '2026、2031年的观测值在规划期（2021—2025年）之后，属于下一规划期，本规划不采用',
    '评估基准年2031年晚于规划目标年2025年，按2025年作总结评估',
  ]]);
  assert.match(stderr, /注意：评估基准年2031年晚于规划目标年2025年/);
  stdout = '';
  assert.equal(await main(['evaluate', plan, '--observations', observationsFile, '--as-of', '2031'], io), 0);
  assert.match(stdout, /评估基准年：2025年（总结评估） [^\n]*\n注意：2026、2031年的观测值[^\n]*\n注意：评估基准年2031年晚于[^\n]*\n20项指标：已完成3，未完成5，暂无数据12，无法评估0；预警5项/);
});

test('the 总结评估报告 at as-of 2031: dated 2025, says why, and names all five 未完成 targets', async () => {
  const report = await buildDocumentReport(plan, { observationsFile, asOf: 2031, now: new Date('2026-12-04T02:00:00Z') });
  assert.deepEqual([report.kind, report.cover.title, report.cover.asOf], ['final', '《连云港市“十四五”新型城镇化规划》总结评估报告', 2025]);
  assert.equal(report.cover.notices[1], '评估基准年2031年晚于规划目标年2025年，按2025年作总结评估');
  const missed = ['常住人口城镇化率', '居民人均可支配收入年均增长', '高新技术产业产值占规模以上工业产值比重',
    '单位地区生产总值建设用地使用面积五年累计下降率', '地表水省考以上断面达到或优于III类水比例'];
  for (const name of missed) assert.match(report.summary.judgement, new RegExp(`${name}（目标`));
  assert.match(report.summary.judgement, /居民人均可支配收入年均增长（目标7，实际年均6\.59%）/);
  assert.deepEqual(report.gaps.filter((g) => g.neededPace === '未完成').map((g) => g.name), missed);
  // 3 of 8 judged achieved; the 12 without data outnumber them
  assert.match(report.summary.judgement, /已评估的8项指标中3项已完成；其余12项暂无数据或无法评估/);
  assert.ok(!report.appendix.sources.some((s) => /2026|2031/.test(s.what)), 'later years are not cited');
});

test('the Excel sheet of a 总结评估 has 实际完成 and a coloured 未完成, no pace columns', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-final-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, '总结评估.xlsx');
  const io = { stdout: () => {}, stderr: () => {}, env: {}, cwd: root, isTTY: false };
  assert.equal(await main(['evaluate', plan, '--observations', observationsFile, '--format', 'xlsx', '-o', file], io), 0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('指标评估')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  assert.deepEqual(header, [
    '序号', '类别', '指标', '单位', '属性', '基期年', '基期值', '目标年', '目标值', '目标（原文）', '最新年', '最新值',
    '实际完成', '实际完成（说明）', '完成进度', '时序进度', '评估结果', '预警', '说明',
  ]);
  const cell = (name: string) => sheet.getRow(3).getCell(header.indexOf(name) + 1);
  assert.deepEqual([cell('指标').value, cell('实际完成').value, cell('实际完成（说明）').value, cell('评估结果').value, cell('预警').value],
    ['居民人均可支配收入年均增长', 6.5926, '年均6.5926%（至2025）', '未完成', '▲黄']);
  assert.equal((cell('评估结果').fill as ExcelJS.FillPattern).fgColor?.argb, 'FFFFC7CE');
});
