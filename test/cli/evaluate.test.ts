import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main.ts';

const root = resolve(import.meta.dirname, '..', '..');
const plan000 = 'examples/plans/000_6672659702fb4163.txt';
const plan003 = 'examples/plans/003_d7ad96852b7746b9.txt';
const observations = 'examples/data/observations.csv';

async function run(args: string[], isTTY = false) {
  let stdout = '';
  let stderr = '';
  const status = await main(['evaluate', ...args], {
    stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, env: {}, cwd: root, isTTY,
  });
  return { status, stdout, stderr };
}

test('the binary prints evaluation/1 for a plan document and the real observations (no database)', () => {
  const result = spawnSync(process.execPath, ['bin/plantrack.js', 'evaluate', plan000, '--observations', observations, '--json'], {
    cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PLANTRACK_DATA: '/nonexistent/never-opened' },
  });
  assert.equal(result.status, 0, result.stderr);
  const e = JSON.parse(result.stdout);
  // amended spec: phase (τ = 3/5 → mid-term) and the notices on the as-of year
  assert.deepEqual(Object.keys(e), ['schema', 'plan', 'asOf', 'phase', 'method', 'notices', 'summary', 'indicators', 'completion', 'completionSummary']);
  assert.deepEqual([e.schema, e.plan, e.asOf, e.phase, e.method], ['evaluation/1', { title: '连云港市“十四五”新型城镇化规划', region: '连云港市' }, 2023, 'mid-term', 'time-progress']);
  assert.deepEqual(Object.keys(e.summary), ['achieved', 'ahead', 'on-track', 'lagging', 'regressing', 'no-data', 'not-assessable', 'warnings']);
  assert.equal(e.indicators.length, 20);
  const fields = ['name', 'unit', 'attribute', 'direction', 'form', 'baseline', 'target', 'latest', 'timeProgress', 'completion', 'pace', 'status', 'label', 'forecast', 'warning', 'explanation'];
  for (const indicator of e.indicators) for (const key of fields) assert.ok(key in indicator, `${indicator.name}: ${key}`);
  const total = Object.entries(e.summary).filter(([k]) => k !== 'warnings').reduce((n, [, v]) => n + (v as number), 0);
  assert.equal(total, 20);
});

test('as of 2022, 常住人口城镇化率 is lagging with a yellow warning, as worked by hand', async () => {
  const { status, stdout } = await run([plan000, '--observations', observations, '--as-of', '2022', '--json']);
  assert.equal(status, 0);
  const e = JSON.parse(stdout);
  const u = e.indicators.find((i: { name: string }) => i.name === '常住人口城镇化率');
  assert.deepEqual(
    { baseline: u.baseline, target: u.target, latest: u.latest, timeProgress: u.timeProgress, completion: u.completion, pace: u.pace, status: u.status, warning: u.warning, forecast: u.forecast, explanation: u.explanation },
    {
      baseline: { year: 2020, value: 61.52 }, target: { year: 2025, raw: '70', value: 70 }, latest: { year: 2022, value: 63.08 },
      timeProgress: 0.4, completion: 0.184, pace: 0.4599, status: 'lagging', warning: 'yellow',
      forecast: { value: 65.4945, anticipated: 0.4687, outcome: 'unlikely', linear: 65.4467 },
      explanation: '完成进度18.4%，时序进度40.0%，进度比0.46 < 0.8',
    },
  );
  // 空气质量优良天数比率 2022 (83.6) matches the plan's 比例 and meets ≥82
  const air = e.indicators.find((i: { name: string }) => i.name === '空气质量优良天数比例');
  assert.deepEqual([air.latest, air.status, air.label], [{ year: 2022, value: 83.6 }, 'achieved', '提前实现']);
});

test('the 连云港经开区 十三五 completion table: 15 met, 10 not, 1 without an actual', async () => {
  const { stdout } = await run([plan003, '--json']);
  const e = JSON.parse(stdout);
  assert.deepEqual(e.completionSummary, { achieved: 15, 'not-achieved': 10, 'no-data': 1 });
  const byName = new Map(e.completion.map((c: { name: string; status: string }) => [c.name, c.status]));
  assert.deepEqual(
    ['地区生产总值年均增长', '服务业增加值比重', '累计实际利用外资', '进出口总额年均增长', '单位地区生产总值综合能耗下降', '城镇登记失业率', '期末上市和挂牌公司数'].map((n) => byName.get(n)),
    ['not-achieved', 'not-achieved', 'not-achieved', 'no-data', 'achieved', 'achieved', 'achieved'],
  );
  assert.equal(e.indicators.length, 23);
});

test('the readable table: statuses, 预警 marks, explanations, colours only in a terminal', async () => {
  const plain = await run([plan000, '--observations', observations, '--as-of', '2022']);
  assert.match(plain.stdout, /评估基准年：2022年/);
  assert.match(plain.stdout, /常住人口城镇化率.*63\.08（2022）.*18\.4%.*40\.0%.*相对滞后.*▲黄/);
  assert.match(plain.stdout, /1\. 常住人口城镇化率：完成进度18\.4%，时序进度40\.0%，进度比0\.46 < 0\.8/);
  assert.doesNotMatch(plain.stdout, /\u001b\[/);
  const tty = await run([plan000, '--observations', observations, '--as-of', '2022'], true);
  assert.match(tty.stdout, /\u001b\[33m相对滞后/);
  const completion = await run([plan003]);
  assert.match(completion.stdout, /已完成15，未完成10，暂无数据1/);
});

test('--format xlsx writes the table with a styled, frozen header and coloured statuses', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-eval-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, '评估表.xlsx');
  const { status, stdout } = await run([plan000, '--observations', observations, '--as-of', '2022', '--format', 'xlsx', '-o', file]);
  assert.equal(status, 0);
  assert.match(stdout, /已写出评估表/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('指标评估')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const cell = (row: number, name: string) => sheet.getRow(row).getCell(header.indexOf(name) + 1);
  assert.equal(sheet.getRow(1).font?.bold, true);
  assert.equal(sheet.views[0].state, 'frozen');
  assert.deepEqual([cell(2, '指标').value, cell(2, '评估结果').value, cell(2, '预警').value], ['常住人口城镇化率', '相对滞后', '▲黄']);
  assert.equal((cell(2, '评估结果').fill as ExcelJS.FillPattern).fgColor?.argb, 'FFFFEB9C');
  // numbers are numeric cells with a number format, not text
  assert.deepEqual([cell(2, '最新年').value, cell(2, '最新值').value, cell(2, '目标（原文）').value], [2022, 63.08, '70']);
  assert.equal(cell(2, '最新值').type, ExcelJS.ValueType.Number);
  assert.equal(typeof cell(2, '完成进度').value, 'number');
  assert.match(cell(2, '完成进度').numFmt, /%$/);
  assert.match(cell(2, '最新值').numFmt, /^#,##0\.00$/);
  const done = await run([plan003, '--format', 'xlsx', '-o', join(dir, 'done.xlsx')]);
  assert.equal(done.status, 0);
  await workbook.xlsx.readFile(join(dir, 'done.xlsx'));
  assert.equal(workbook.getWorksheet('完成情况')!.rowCount, 27);
});

test('thresholds from a config file and flags; wrong input is refused with a message', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-eval-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ thresholds: { onTrack: 0.45 }, annualTargets: { 常住人口城镇化率: { 2022: 63 } } }));
  const configured = JSON.parse((await run([plan000, '--observations', observations, '--as-of', '2022', '--config', join(dir, 'config.json'), '--json'])).stdout);
  const u = configured.indicators[0];
  assert.deepEqual([u.status, u.annualTarget], ['on-track', { year: 2022, value: 63, actual: 63.08, met: true, source: 'plan' }]);
  const flagged = JSON.parse((await run([plan000, '--observations', observations, '--as-of', '2022', '--threshold', 'onTrack=0.45', '--json'])).stdout);
  assert.equal(flagged.indicators[0].status, 'on-track');
  const unknown = await run([plan000, '--threshold', 'fast=2']);
  assert.deepEqual([unknown.status, /未知的阈值 "fast"/.test(unknown.stderr)], [1, true]);
  const method = await run([plan000, '--method', 'guess']);
  assert.deepEqual([method.status, /未知的评估方法/.test(method.stderr)], [2, true]);
  const missing = await run([]);
  assert.equal(missing.status, 2);
  const noFile = await run(['examples/plans/none.txt']);
  assert.deepEqual([noFile.status, /找不到规划文件 .*none\.txt/.test(noFile.stderr)], [1, true]);
});
