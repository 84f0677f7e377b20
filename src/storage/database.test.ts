import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DatabaseLocation } from './index.ts';
import { createTestDatabase } from '../../test/support/system.ts';

const backends: Array<[string, (t: import('node:test').TestContext) => Promise<DatabaseLocation | undefined>]> = [
  ['PGlite', async () => ({ dataDir: 'memory://' })],
  ['PostgreSQL', async (t) => {
    const url = await createTestDatabase(t);
    return url ? { url } : undefined;
  }],
];

for (const [name, locate] of backends) {
  test(`${name}: a failed transaction leaves nothing behind`, async (t) => {
    const location = await locate(t);
    if (!location) return;
    const db = await openDatabase(location);
    try {
      await db.query('CREATE TABLE t (x int)');
      await assert.rejects(db.transaction(async (tx) => {
        await tx.query('INSERT INTO t VALUES ($1)', [1]);
        throw new Error('boom');
      }));
      await db.transaction((tx) => tx.query('INSERT INTO t VALUES ($1)', [2]));
      assert.deepEqual(await db.query('SELECT x FROM t'), [{ x: 2 }]);
    } finally {
      await db.close();
    }
  });
}

test('PGlite: a second process on the same data folder is told who holds it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-lock-'));
  const { acquireDataFolderLock } = await import('./data-folder-lock.ts');
  const release = acquireDataFolderLock(dir);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(dir, 'plantrack.lock'), String(process.ppid));
  assert.throws(() => acquireDataFolderLock(dir), /正被进程 PID \d+ 使用/);
  release();
});
