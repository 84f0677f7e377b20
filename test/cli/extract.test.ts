import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const seed = 'examples/plans/000_6672659702fb4163.txt';
const run = (...args: string[]) => spawnSync(process.execPath, ['bin/plantrack.js', 'extract', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

test('extract --json prints the plan-extract/1 object with every required field and the seed’s metadata', () => {
  const result = run(seed, '--json');
  assert.equal(result.status, 0, result.stderr);
  const x = JSON.parse(result.stdout);
  for (const key of ['schema', 'source', 'plan', 'outline', 'tables', 'indicators', 'textTargets', 'boxes']) assert.ok(key in x, key);
  assert.equal(x.schema, 'plan-extract/1');
  assert.equal(x.source.file, '000_6672659702fb4163.txt');
  assert.match(x.source.sha256, /^[0-9a-f]{64}$/);
  assert.ok(x.source.chars > 50_000);
  assert.deepEqual(x.plan, JSON.parse(readFileSync(resolve(root, 'test/fixtures/seeds/000.plan.json'), 'utf8')));
  assert.equal(x.outline.length, 5);
  assert.equal(x.tables[0].caption, '表2-1  “十四五”时期新型城镇化发展主要指标');
  assert.equal(x.indicators.length, 20);
  assert.deepEqual(x.textTargets[0].target, { raw: '75%左右', value: 75, comparator: 'approx', cumulative: false, year: null, text: null });
  assert.equal(x.boxes.length, 23);
  assert.equal(result.stdout, `${JSON.stringify(x, null, 2)}\n`);
});

test('extract without --json prints a Chinese summary with the indicator table aligned', () => {
  const result = run(seed);
  assert.equal(result.status, 0, result.stderr);
  const out = result.stdout;
  assert.match(out, /^连云港市“十四五”新型城镇化规划\n/);
  assert.match(out, /规划期：2021—2025 年/);
  assert.match(out, /目录：5 篇、22 章、28 节/);
  assert.match(out, /表2-1 {2}“十四五”时期新型城镇化发展主要指标/);
  const rows = out.split('\n').filter((l) => /^(序号|1 |14 )/.test(l));
  assert.equal(rows.length, 3, out);
  assert.match(rows[2]!, /空气质量优良天数比例\s+%\s+81\.1\s+≥82\s+约束性/);
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
  const unitColumn = rows.map((r) => width(r.slice(0, r.search(/单位|%/))));
  assert.equal(new Set(unitColumn).size, 1, `unit column misaligned: ${unitColumn}`);
  assert.match(out, /文本目标 1 条；专栏 23 个/);
});

test('a missing file: exit 1, a message naming the file on stderr, nothing on stdout, no stack trace', () => {
  const result = run('examples/plans/no-such-plan.txt');
  assert.notEqual(result.status, 0);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /no-such-plan\.txt/);
  assert.doesNotMatch(result.stderr, /\n\s+at /);
});

test('extract flags a table whose reading is doubtful (rows left over) and says why', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-doubt-'));
  const file = join(dir, 'doubt.txt');
  writeFileSync(file, ['表1 主要指标', '指标\t2020年\t2025年', '1.地区生产总值（亿元）\t100\t150', '2.一般公共预算收入（亿元）\t8\t9\t10\t11',
    '3.常住人口（万人）\t50\t52\t53\t54', '4.城镇化率（%）\t70\t72', ''].join('\n'));
  const result = run(file);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /表1 主要指标（第 1 行，2 项，读取把握 0\.\d\d，请核对）/);
  assert.match(result.stdout, /提示：第 4 行：表格行有 \d+ 个单元格/);
  const json = JSON.parse(run(file, '--json').stdout);
  assert.ok(json.tables[0].confidence < 0.8, String(json.tables[0].confidence));
});
