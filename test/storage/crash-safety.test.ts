import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDatabase, type DatabaseLocation } from '../../src/storage/index.ts';
import { extractFile, importPlans } from '../../src/services/index.ts';
import { freshLocation } from './backends.ts';
import { seedFiles } from './sample-plan.ts';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'plantrack.js');

/** Copies of one seed, each with its own last line: other bytes, so each import stores a new version. */
function planCopies(count: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-copies-'));
  const text = readFileSync(seedFiles[0], 'utf8');
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `copy_${String(i).padStart(3, '0')}.txt`);
    writeFileSync(path, `${text}\n（副本 ${i}）\n`);
    return path;
  });
}

const cliArgs = (location: DatabaseLocation) => (location.dataDir ? ['--data', location.dataDir] : []);
const cliEnv = (location: DatabaseLocation) => ({ ...process.env, PLANTRACK_DATABASE_URL: location.url ?? '' });

/** Runs `plantrack import` on many files and kills it with SIGKILL once `after` files were stored. */
function importAndKill(location: DatabaseLocation, files: string[], after: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'import', ...files, ...cliArgs(location), '--by', '测试员'], { env: cliEnv(location), stdio: ['ignore', 'pipe', 'inherit'] });
    let stored = 0;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stored += chunk.split('\n').filter((l) => l.startsWith('✓')).length;
      if (stored >= after && !child.killed) setTimeout(() => child.kill('SIGKILL'), 150);
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(stored) : reject(new Error(`import ended before it was killed (${stored} stored)`))));
  });
}

for (const backend of ['PGlite', 'PostgreSQL'] as const) {
  test(`${backend}: kill -9 during an import leaves every stored plan whole and the database usable`, async (t) => {
    const location = backend === 'PGlite' ? { dataDir: mkdtempSync(join(tmpdir(), 'plantrack-crash-')) } : await freshLocation(t, backend);
    if (!location) return;
    const db = await openDatabase(location);
    await importPlans([seedFiles[0]], { db, by: '测试员' });
    await db.close();

    const copies = planCopies(40);
    const printed = await importAndKill(location, copies, 2);
    const expected = (await extractFile(copies[0])).indicators.length;
    const reopened = await openDatabase(location);
    try {
      const plans = await reopened.query<{ id: number; indicators: number; paragraphs: number; version: number }>(
        `SELECT p.id, p.version, (SELECT count(*)::int FROM indicators i WHERE i.plan_id = p.id) AS indicators,
           (SELECT count(*)::int FROM paragraphs g WHERE g.plan_id = p.id) AS paragraphs FROM plans p ORDER BY p.id`,
      );
      assert.equal(plans[0].id, 1, 'the plan stored before the crash is still there');
      assert.ok(plans.length === 1 + printed || plans.length === 2 + printed, `${plans.length} plans after ${printed} reported imports`);
      assert.ok(plans.length < 1 + copies.length, 'the import was interrupted');
      const firstParagraphs = plans[0].paragraphs;
      for (const plan of plans) {
        assert.equal(plan.indicators, expected, `plan ${plan.id} has all its indicators`);
        assert.equal(plan.paragraphs, plan.id === 1 ? firstParagraphs : firstParagraphs + 1, `plan ${plan.id} has all its paragraphs`);
      }
      assert.deepEqual(plans.map((p) => p.version), plans.map((_, i) => i + 1));
      const [next] = await importPlans([copies[copies.length - 1]], { db: reopened, by: '测试员' });
      assert.equal(next.status, 'new-version');
    } finally {
      await reopened.close();
    }
  });
}

test('PGlite: a second process on the same data folder is told which process holds it', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'plantrack-lock-'));
  const db = await openDatabase({ dataDir });
  try {
    const other = spawnSync(process.execPath, [bin, 'plans', '--data', dataDir], { encoding: 'utf8', env: { ...process.env, PLANTRACK_DATABASE_URL: '' } });
    assert.equal(other.status, 1);
    assert.match(other.stderr, new RegExp(`数据目录 .* 正被进程 PID ${process.pid} 使用`));
  } finally {
    await db.close();
  }
});
