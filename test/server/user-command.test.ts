import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/command.ts';

const seed = join(import.meta.dirname, '..', '..', 'examples', 'plans', '000_6672659702fb4163.txt');

function io(env: NodeJS.ProcessEnv = {}) {
  const out = { stdout: '', stderr: '' };
  const value: CliIo = { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), env: { ...env, PLANTRACK_DATABASE_URL: '' }, cwd: process.cwd(), isTTY: false };
  return { io: value, out };
}

test('plantrack user add creates the first admin and an editor with grants; list shows them; bad input is refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-user-'));
  const data = join(dir, 'data');
  try {
    const imported = io();
    assert.equal(await main(['import', seed, '--data', data], imported.io), 0, imported.out.stderr);
    const first = io();
    assert.equal(await main(['user', 'add', 'chief', '--role', 'admin', '--password', 'chief-pass', '--data', data], first.io), 0, first.out.stderr);
    assert.match(first.out.stdout, /已创建用户 chief（admin）/);
    const editor = io({ PLANTRACK_PASSWORD: 'editor-pass' });
    assert.equal(await main(['user', 'add', '统计员', '--role', 'editor', '--plan', '连云港市', '--indicator', '常住人口城镇化率', '--data', data], editor.io), 0, editor.out.stderr);
    assert.match(editor.out.stdout, /已授权 统计员：规划 #\d+ 连云港市 十四五《连云港市“十四五”新型城镇化规划》 的指标“常住人口城镇化率”/);
    const unknown = io();
    assert.equal(await main(['user', 'grant', '统计员', '--plan', '连云岗市', '--data', data], unknown.io), 1);
    assert.match(unknown.out.stderr, /找不到规划 "连云岗市".*\n?.*/);
    const misnamed = io({ PLANTRACK_PASSWORD: 'other-pass' });
    assert.equal(await main(['user', 'add', '半成品', '--role', 'editor', '--plan', '连云港市', '--plan', '火星市', '--data', data], misnamed.io), 1);
    assert.match(misnamed.out.stderr, /找不到规划 "火星市"/);
    const viewerWithPlan = io({ PLANTRACK_PASSWORD: 'other-pass' });
    assert.equal(await main(['user', 'add', '半成品', '--role', 'viewer', '--plan', '连云港市', '--data', data], viewerWithPlan.io), 1);
    assert.match(viewerWithPlan.out.stderr, /只有 editor（填报员）按规划\/指标授权/);
    const loggedOut = io();
    assert.equal(await main(['user', 'logout-all', '统计员', '--data', data], loggedOut.io), 0, loggedOut.out.stderr);
    assert.match(loggedOut.out.stdout, /已结束用户 统计员 的 0 个登录会话/);
    const nobody = io();
    assert.equal(await main(['user', 'logout-all', '无此人', '--data', data], nobody.io), 1);
    assert.match(nobody.out.stderr, /没有用户 "无此人"/);
    const disable = io();
    assert.equal(await main(['user', 'disable', '统计员', '--data', data], disable.io), 0, disable.out.stderr);
    const again = io();
    assert.equal(await main(['user', 'add', 'chief', '--role', 'viewer', '--password', 'other-pass', '--data', data], again.io), 1);
    assert.match(again.out.stderr, /已存在.*--update/);
    const badRole = io();
    assert.equal(await main(['user', 'add', 'x', '--role', 'owner', '--password', 'xxxxxxxx', '--data', data], badRole.io), 1);
    assert.match(badRole.out.stderr, /未知角色 "owner"/);
    const short = io();
    assert.equal(await main(['user', 'add', 'y', '--role', 'viewer', '--password', 'short', '--data', data], short.io), 1);
    assert.match(short.out.stderr, /至少 8 个字符/);
    const list = io();
    assert.equal(await main(['user', 'list', '--data', data], list.io), 0);
    assert.match(list.out.stdout, /chief\tadmin/);
    assert.doesNotMatch(list.out.stdout, /半成品/, 'a refused grant leaves no account behind');
    assert.match(list.out.stdout, /统计员\teditor\t\t已停用\t\[\d+\] 规划 #\d+ 连云港市 十四五.* 的指标“常住人口城镇化率”/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
