import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../../src/storage/index.ts';
import { listBoxItems, recordBoxProgress } from '../../src/services/responsibilities.ts';

const root = join(import.meta.dirname, '..', '..');
const plantrack = (...args: string[]) => {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'plantrack.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, PLANTRACK_DATABASE_URL: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

test('plantrack lists a junk import as a draft with its issues; withdraw needs a reason; reinstate brings a version back', () => {
  const data = mkdtempSync(join(tmpdir(), 'plantrack-withdraw-'));
  const junk = join(data, '..', `${data.split('/').pop()}-junk.txt`);
  writeFileSync(junk, '这不是一个规划，只是一行字。\n');
  const imported = plantrack('import', 'examples/plans/004_cc525a364f434966.txt', junk, '--data', data, '--by', '测试员');
  assert.equal(imported.status, 0, imported.stderr);
  assert.match(imported.stdout, /#2 （地区未识别） （标题未识别），指标 0 项\n {4}待核对（未计入总览与比较）：未识别规划标题；未识别地区；/);

  const listed = plantrack('plans', '--data', data);
  assert.match(listed.stdout, /^ {2}2 .*\[待核对\]\n {7}待核对：未识别规划标题\n/m);
  assert.doesNotMatch(listed.stdout.split('\n')[0], /待核对|已撤回/);

  assert.equal(plantrack('withdraw', 'plan', '1', '--data', data).status, 2);
  assert.equal(plantrack('withdraw', 'version', '1', '--reason', 'x', '--data', data).status, 2);
  const missing = plantrack('withdraw', 'observation', '7', '--reason', '口径错误', '--data', data);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /没有编号为 7 的监测值/);

  const withdrawn = plantrack('withdraw', 'plan', '1', '--reason', '重复导入', '--data', data, '--by', '王芳');
  assert.equal(withdrawn.status, 0, withdrawn.stderr);
  assert.match(withdrawn.stdout, /已撤回规划版本 #1（原因：重复导入）/);
  assert.match(plantrack('plans', '--data', data).stdout, /^ {2}1 +泰州市 .*\[已撤回\]\n {7}已撤回：重复导入（王芳，/m);

  const reinstated = plantrack('reinstate', 'plan', '1', '--data', data, '--by', '管理员');
  assert.equal(reinstated.status, 0, reinstated.stderr);
  assert.doesNotMatch(plantrack('plans', '--data', data).stdout.split('\n')[0], /已撤回/);
});

test('plantrack records lists a plan\'s corrections with their ids, so one can be withdrawn and shown withdrawn', () => {
  const data = mkdtempSync(join(tmpdir(), 'plantrack-records-'));
  assert.equal(plantrack('import', 'examples/plans/000_6672659702fb4163.txt', '--data', data, '--by', '测试员').status, 0);
  const corrected = plantrack('correct', '连云港市', '--indicator', '常住人口城镇化率', '--field', 'target', '--value', '72', '--data', data, '--by', '核对员');
  assert.equal(corrected.status, 0, corrected.stderr);
  const listed = plantrack('records', '连云港市', '--data', data);
  assert.equal(listed.status, 0, listed.stderr);
  assert.match(listed.stdout, /更正（1）\n编号 .*\n#1 +.*常住人口城镇化率 +target +70 → 72 +核对员 +有效\n/);
  assert.match(listed.stdout, /专栏进展（0）/);
  assert.equal(plantrack('withdraw', 'correction', '1', '--reason', '看错行', '--data', data, '--by', '核对员').status, 0);
  assert.match(plantrack('records', '连云港市', '--data', data).stdout, /#1 .*已撤回（看错行，核对员）/);
});

test('plantrack confirm counts a stored draft; an observation and a 专栏 progress record are withdrawn and reinstated, history and records show it', async () => {
  const data = mkdtempSync(join(tmpdir(), 'plantrack-confirm-'));
  const junk = join(data, '..', `${data.split('/').pop()}-junk.txt`);
  writeFileSync(junk, '这不是一个规划，只是一行字。\n');
  assert.equal(plantrack('import', 'examples/plans/000_6672659702fb4163.txt', junk, '--data', data, '--by', '测试员').status, 0);
  assert.equal(plantrack('confirm', '--data', data).status, 2);
  assert.match(plantrack('confirm', '1', '--data', data).stdout, /规划 #1 .*不是待核对版本（现行），未作改动/);
  const confirmed = plantrack('confirm', '2', '--data', data, '--by', '核对员');
  assert.equal(confirmed.status, 0, confirmed.stderr);
  assert.match(confirmed.stdout, /已确认规划 #2 .*：现为现行/);
  assert.doesNotMatch(plantrack('plans', '--data', data).stdout, /待核对/);

  assert.equal(plantrack('observe', '连云港市', '--indicator', '常住人口城镇化率', '--year', '2023', '--value', '64.2', '--data', data, '--by', '统计局').status, 0);
  const history = () => plantrack('history', '连云港市', '--indicator', '常住人口城镇化率', '--data', data).stdout;
  assert.match(history(), /2023 年 {2}64\.2 % {2}版本 1 .* #1\n/);
  assert.equal(plantrack('withdraw', 'observation', '1', '--reason', '口径错误', '--data', data, '--by', '统计局').status, 0);
  assert.match(history(), /版本 2 .* #1 {2}\[已撤回：口径错误，统计局 /);
  assert.equal(plantrack('reinstate', 'observation', '1', '--data', data, '--by', '管理员').status, 0);
  assert.match(history(), /版本 3 .* #1\n {4}原值 64\.2（版本 2，.*\[已撤回：口径错误/);

  const db = await openDatabase({ dataDir: data });
  try {
    const [item] = await listBoxItems(db, '连云港市');
    await recordBoxProgress(db, { plan: '连云港市', itemId: item.id, milestone: '在建', date: '2024-03-01', by: '发改委' });
  } finally {
    await db.close();
  }
  const records = () => plantrack('records', '连云港市', '--data', data).stdout;
  assert.match(records(), /专栏进展（1）\n编号 .*\n#1 +专栏3-1 公共服务领域重点工程｜教育 +在建 +2024-03-01 +发改委 +有效\n/);
  const withdrawn = plantrack('withdraw', 'box-progress', '1', '--reason', '填错项目', '--data', data, '--by', '发改委');
  assert.equal(withdrawn.status, 0, withdrawn.stderr);
  assert.match(withdrawn.stdout, /已撤回专栏进展记录 #1（原因：填错项目）；恢复：plantrack reinstate box-progress 1/);
  assert.match(records(), /#1 +专栏3-1 公共服务领域重点工程｜教育 +在建 +2024-03-01 +发改委 +已撤回（填错项目，发改委）/);
  assert.equal(plantrack('reinstate', 'box-progress', '1', '--data', data).status, 0);
  assert.match(records(), /发改委 +有效\n/);
});
