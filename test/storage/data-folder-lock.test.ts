import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const child = resolve(import.meta.dirname, '..', 'support', 'lock-child.ts');

const run = (dir: string, go: string) =>
  new Promise<string>((done, fail) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, dir, go], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (b: Buffer) => (out += b.toString()));
    p.on('error', fail).on('exit', () => done(out));
  });

test('of several processes that find the same stale lock, exactly one takes the data folder', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-lock-race-'));
  try {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(dir, 'plantrack.lock'), String(dead));
    const go = join(dir, 'go');
    const contenders = Array.from({ length: 6 }, () => run(dir, go));
    await new Promise((r) => setTimeout(r, 4000)); // let every contender load and start waiting for the go file
    writeFileSync(go, String(Date.now() + 500));
    const outcomes = await Promise.all(contenders);
    assert.equal(outcomes.filter((o) => o === 'taken').length, 1, outcomes.join('\n'));
    assert.ok(outcomes.filter((o) => o.startsWith('refused')).every((o) => /正被进程 PID \d+ 使用/.test(o)), outcomes.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a stale lock is not taken while another live process is taking it over; once it is done, it is', async () => {
  const { acquireDataFolderLock } = await import('../../src/storage/data-folder-lock.ts');
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-lock-takeover-'));
  try {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(dir, 'plantrack.lock'), String(dead));
    writeFileSync(join(dir, 'plantrack.lock.takeover'), String(process.ppid));
    assert.throws(() => acquireDataFolderLock(dir), new RegExp(`正被进程 PID ${process.ppid} 使用`));
    writeFileSync(join(dir, 'plantrack.lock.takeover'), String(dead)); // the rival was killed mid-takeover
    const release = acquireDataFolderLock(dir);
    assert.equal(readFileSync(join(dir, 'plantrack.lock'), 'utf8'), String(process.pid));
    assert.ok(!existsSync(join(dir, 'plantrack.lock.takeover')));
    release();
    assert.ok(!existsSync(join(dir, 'plantrack.lock')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
