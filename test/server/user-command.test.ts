import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/command.ts';

function io(env: NodeJS.ProcessEnv = {}) {
  const out = { stdout: '', stderr: '' };
  const value: CliIo = { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), env: { ...env, PLANTRACK_DATABASE_URL: '' }, cwd: process.cwd(), isTTY: false };
  return { io: value, out };
}

test('plantrack user add creates the first admin and an editor with grants; list shows them; bad input is refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-user-'));
  const data = join(dir, 'data');
  try {
    const first = io();
    assert.equal(await main(['user', 'add', 'chief', '--role', 'admin', '--password', 'chief-pass', '--data', data], first.io), 0, first.out.stderr);
    assert.match(first.out.stdout, /已创建用户 chief（admin）/);
    const editor = io({ PLANTRACK_PASSWORD: 'editor-pass' });
    assert.equal(await main(['user', 'add', '统计员', '--role', 'editor', '--plan', '连云港市', '--indicator', '森林覆盖率', '--data', data], editor.io), 0, editor.out.stderr);
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
    assert.match(list.out.stdout, /统计员\teditor\t\t森林覆盖率，连云港市/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
