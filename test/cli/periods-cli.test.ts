import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
/** It is December 2026: the 十四五 is over, the 十五五 has begun. */
const plantrack = (...args: string[]) => {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'plantrack.js'), ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, PLANTRACK_DATABASE_URL: '', PLANTRACK_TODAY: '2026-12-04' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

test('plantrack with a region\'s 十四五 and 十五五 plans: plans, observe, show, history, report by region + period', () => {
  const data = mkdtempSync(join(tmpdir(), 'plantrack-periods-'));
  const imported = plantrack('import', 'examples/plans/000_6672659702fb4163.txt', 'test/fixtures/periods/dev-lyg-urbanization-2026-2030.txt', '--data', data);
  assert.equal(imported.status, 0, imported.stderr);

  const plans = plantrack('plans', '--data', data);
  assert.match(plans.stdout, /^ {2}1 {2}连云港市 {2}连云港市“十四五”新型城镇化规划 {2}十四五（2021–2025）/m);
  assert.match(plans.stdout, /^ {2}2 {2}连云港市 {2}连云港市“十五五”新型城镇化规划 {2}十五五（2026–2030）/m);

  const future = plantrack('observe', '连云港市', '--indicator', '常住人口城镇化率', '--year', '2027', '--value', '68', '--data', data);
  assert.equal(future.status, 1);
  assert.match(future.stderr, /2027 年尚未到来（当前为 2026 年）：将来年份只能填报预计值，请加 --forecast/);
  const outside = plantrack('observe', '连云港市', '--indicator', '常住人口城镇化率', '--year', '2031', '--value', '70', '--forecast', '--data', data);
  assert.equal(outside.status, 1);
  assert.match(outside.stderr, /2031 年不在 连云港市 任何规划的期限内/);
  const forecast = plantrack('observe', '连云港市', '--indicator', '常住人口城镇化率', '--year', '2027', '--value', '68', '--forecast', '--data', data);
  assert.equal(forecast.status, 0, forecast.stderr);
  const final = plantrack('observe', '连云港市', '十四五', '--indicator', '常住人口城镇化率', '--year', '2025', '--value', '66.8', '--data', data);
  assert.match(final.stdout, /已记录：连云港市 常住人口城镇化率 2025 年 = 66\.8 %/);

  const current = plantrack('show', '连云港市', '--data', data);
  assert.equal(current.status, 0, current.stderr);
  assert.match(current.stderr, /连云港市 有 2 个规划，取当前规划 #2 连云港市“十五五”新型城镇化规划（十五五）/);
  assert.match(current.stdout, /^#2 连云港市 连云港市“十五五”新型城镇化规划（十五五，2026–2030）/);
  assert.match(current.stdout, /延续 8 项，新增 4 项，不再列入 12 项/);
  assert.match(current.stdout, /⚠ 十五五基期值 66\.5 与十四五期末（2025 年）监测值 66\.8 不一致/);

  const earlier = plantrack('show', '连云港市', '2021-2025', '--data', data);
  assert.match(earlier.stdout, /^#1 连云港市 连云港市“十四五”新型城镇化规划（十四五，2021–2025）/);
  assert.match(earlier.stdout, /常住人口城镇化率 +% +61\.52 +70 +预期性 +66\.8（2025）/);

  const history = plantrack('history', '连云港市', '--indicator', '常住人口城镇化率', '--data', data);
  assert.match(history.stdout, /2025 年 {2}66\.8 %.*\n2027 年 {2}68 %.*来源：预计/);

  const evaluation = plantrack('evaluate', '连云港市', '十四五', '--json', '--data', data);
  assert.equal(evaluation.status, 0, evaluation.stderr);
  const evaluated = JSON.parse(evaluation.stdout) as { plan: { title: string }; asOf: number; phase: string };
  assert.deepEqual([evaluated.plan.title, evaluated.asOf, evaluated.phase], ['连云港市“十四五”新型城镇化规划', 2025, 'final']);

  const report = plantrack('report', '连云港市', '十四五', '--format', 'md', '-o', join(data, 'r.md'), '--data', data);
  assert.equal(report.status, 0, report.stderr);
});
