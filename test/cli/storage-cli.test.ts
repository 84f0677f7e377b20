import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const plantrack = (...args: string[]) => {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'plantrack.js'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, PLANTRACK_DATABASE_URL: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

test('plantrack import, plans, show, correct, export and restore on a data folder', () => {
  const data = mkdtempSync(join(tmpdir(), 'plantrack-cli-'));
  const seeds = readdirSync(join(root, 'examples', 'plans')).filter((f) => f.endsWith('.txt')).map((f) => join('examples', 'plans', f));

  const imported = plantrack('import', ...seeds, '--data', data, '--by', '测试员');
  assert.equal(imported.status, 0, imported.stderr);
  assert.match(imported.stdout, /✓ 000_6672659702fb4163\.txt  已导入：#1 连云港市 连云港市“十四五”新型城镇化规划，指标 20 项/);
  assert.match(imported.stdout, /共 5 个文件：导入 5 个，未变化 0 个，失败 0 个/);

  const plans = plantrack('plans', '--data', data);
  assert.equal(plans.stdout.trim().split('\n').length, 5);
  assert.match(plans.stdout, /^ {2}3 {2}连云港市海州区 {2}连云港市海州区/m);

  const shown = plantrack('show', '连云港市', '--data', data);
  assert.equal(shown.status, 0, shown.stderr);
  assert.match(shown.stdout, /表2-1 {2}“十四五”时期新型城镇化发展主要指标/);
  assert.match(shown.stdout, /^14 +资源环境 +空气质量优良天数比例 +% +81\.1 +≥82 +约束性/m);

  const corrected = plantrack('correct', '连云港市', '--indicator', '人均预期寿命', '--field', 'target', '--value', '79', '--reason', '核对原文', '--data', data, '--by', '王芳');
  assert.equal(corrected.status, 0, corrected.stderr);
  assert.match(corrected.stdout, /已更正 #1 人均预期寿命.*的 target：78\.5 → 79/);

  const exported = plantrack('export', '--all', '--data', data);
  const backup = join(data, '..', `${data.split('/').pop()}-backup.json`);
  writeFileSync(backup, exported.stdout);
  const copy = mkdtempSync(join(tmpdir(), 'plantrack-cli-copy-'));
  const restored = plantrack('restore', backup, '--data', copy);
  assert.equal(restored.status, 0, restored.stderr);
  assert.equal(plantrack('export', '--all', '--data', copy).stdout, exported.stdout);
  assert.equal(plantrack('restore', backup, '--data', copy).status, 1, 'a non-empty database is not overwritten without --force');
});

test('plantrack import reports a file that fails and still imports the others, exit 1', () => {
  const data = mkdtempSync(join(tmpdir(), 'plantrack-cli-'));
  const result = plantrack('import', 'examples/plans/no-such-plan.txt', 'examples/plans/004_cc525a364f434966.txt', '--data', data);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /✗ no-such-plan\.txt：/);
  assert.match(result.stdout, /✓ 004_cc525a364f434966\.txt {2}已导入：#1 泰州市/);
  assert.match(result.stdout, /失败 1 个/);
});

test('plantrack show names the plans it could mean when the reference fits none', () => {
  const data = mkdtempSync(join(tmpdir(), 'plantrack-cli-'));
  plantrack('import', 'examples/plans/004_cc525a364f434966.txt', '--data', data);
  const result = plantrack('show', '泰洲市', '--data', data);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /找不到规划 "泰洲市".*\n已有的规划：\n1  泰州市  十四五  泰州市“十四五”新型城镇化规划/);
});

test('plantrack import FOLDER imports every plan file under it, sub-folders included, and refuses a folder without any', () => {
  const data = mkdtempSync(join(tmpdir(), 'plantrack-cli-'));
  const folder = mkdtempSync(join(tmpdir(), 'plantrack-plans-'));
  mkdirSync(join(folder, '泰州'));
  copyFileSync(join(root, 'examples', 'plans', '004_cc525a364f434966.txt'), join(folder, '泰州', '004_cc525a364f434966.txt'));
  copyFileSync(join(root, 'examples', 'plans', '000_6672659702fb4163.txt'), join(folder, '000_6672659702fb4163.txt'));
  writeFileSync(join(folder, 'notes.csv'), 'region,indicator\n');
  const result = plantrack('import', folder, '--data', data);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /✓ 000_6672659702fb4163\.txt {2}已导入：#1 连云港市/);
  assert.match(result.stdout, /✓ 004_cc525a364f434966\.txt {2}已导入：#2 泰州市/);
  assert.match(result.stdout, /共 2 个文件：导入 2 个/);
  const empty = mkdtempSync(join(tmpdir(), 'plantrack-plans-'));
  const refused = plantrack('import', empty, '--data', data);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /文件夹 .* 中没有可导入的规划文件/);
});
