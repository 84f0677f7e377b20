import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const seed = join(root, 'examples', 'plans', '004_cc525a364f434966.txt');
const plantrack = (...args: string[]) => {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'plantrack.js'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, PLANTRACK_DATABASE_URL: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

test('plantrack import --preview shows the reading and stores nothing; --json gives the same as data', () => {
  const data = mkdtempSync(join(tmpdir(), 'plantrack-preview-'));
  const shown = plantrack('import', seed, '--preview', '--data', data);
  assert.equal(shown.status, 0, shown.stderr);
  assert.match(shown.stdout, /预览 004_cc525a364f434966\.txt（txt，\d+ 行；尚未存储）\n {2}标题：泰州市“十四五”新型城镇化规划\n {2}地区：泰州市/);
  assert.match(shown.stdout, /规划期：2021—2025 {2}基期：2020/);
  assert.match(shown.stdout, /1 \[城镇化水平\] 常住人口城镇化率（%）基期 68\.06 目标 ≥73/);
  assert.match(shown.stdout, /专栏 \d+ 个（共 \d+ 项）/);
  const json = plantrack('import', seed, '--preview', '--json', '--data', data);
  const [preview] = JSON.parse(json.stdout) as Array<{ plan: { title: string }; rows: unknown[]; reviewNotes: string[] }>;
  assert.deepEqual([preview.plan.title, preview.rows.length > 10, preview.reviewNotes], ['泰州市“十四五”新型城镇化规划', true, []]);
  assert.doesNotMatch(plantrack('plans', '--data', data).stdout, /泰州/, 'nothing stored');
});

test('plantrack import --yes refuses a document with no period or table with its issues; --draft stores it as 待核对', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-yes-'));
  const junk = join(dir, 'junk.txt');
  writeFileSync(junk, '这不是一个规划，只是一行字。\n');
  const refused = plantrack('import', junk, '--yes', '--data', join(dir, 'data'));
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /junk\.txt：未导入：未识别规划期（如“2021—2025年”）；没有读到指标表。问题：.*请用 --preview 查看，或加 --draft 存为待核对/);
  const draft = plantrack('import', junk, '--yes', '--draft', '--data', join(dir, 'data'));
  assert.equal(draft.status, 0, draft.stderr);
  assert.match(draft.stdout, /✓ junk\.txt {2}已导入：#1 .*\n {4}待核对（未计入总览与比较）：未识别规划标题/);
  const stored = plantrack('import', seed, '--yes', '--data', join(dir, 'data'));
  assert.equal(stored.status, 0, stored.stderr);
  assert.match(stored.stdout, /✓ 004_cc525a364f434966\.txt {2}已导入：#2 泰州市/);
});

test('plantrack import lists the corrections it carried to a new version and those that no longer match', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-carry-'));
  const data = join(dir, 'data');
  assert.equal(plantrack('import', seed, '--data', data).status, 0);
  const fixed = plantrack('correct', '泰州市', '--indicator', '常住人口城镇化率', '--field', 'target', '--value', '≥74', '--data', data, '--by', '王芳');
  assert.equal(fixed.status, 0, fixed.stderr);
  const revised = join(dir, '泰州（修订）.txt');
  writeFileSync(revised, `${readFileSync(seed, 'utf8')}\n（2022年修订）\n`);
  const preview = plantrack('import', revised, '--preview', '--data', data);
  assert.match(preview.stdout, /将作为新版本，接续 #1（第 1 版）[\s\S]*更正已沿用：常住人口城镇化率 目标值 → ≥74/);
  const again = plantrack('import', revised, '--yes', '--data', data);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /新版本：#2 泰州市 .*，第 2 版（旧版保留），沿用更正 1 处\n {4}更正已沿用：常住人口城镇化率 目标值 → ≥74/);
});
