import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

test('plantrack serve --host 0.0.0.0 without any account refuses to start (exit 1, Chinese reason)', () => {
  const data = mkdtempSync(join(tmpdir(), 'plantrack-serve-'));
  try {
    const result = spawnSync(process.execPath, [join(root, 'bin', 'plantrack.js'), 'serve', '--host', '0.0.0.0', '--port', '0', '--data', data], {
      encoding: 'utf8', timeout: 180_000, env: { ...process.env, PLANTRACK_DATABASE_URL: '' },
    });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /尚无任何账号，不能在 0\.0\.0\.0 上对外提供服务/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
    assert.equal(result.stdout, '');
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});
