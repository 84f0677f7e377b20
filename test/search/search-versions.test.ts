import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportDatabase, importPlans, restoreDatabase, searchPlans } from '../../src/services/index.ts';
import { openDatabase } from '../../src/storage/index.ts';
import { contractTest, freshLocation } from '../storage/backends.ts';

const plansDir = join(import.meta.dirname, '..', '..', 'examples', 'plans');
const seeds = readdirSync(plansDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(plansDir, f));
const planIds = async (db: Parameters<typeof searchPlans>[0], query: string, includeSuperseded?: boolean) =>
  [...new Set((await searchPlans(db, query, { limit: 100, includeSuperseded })).hits.map((h) => h.plan.id))].sort();

contractTest('search leaves out replaced plan versions unless asked, and re-indexes an index of older terms', async (db, t, backend) => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-versions-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const revised = join(dir, 'revised.txt');
  writeFileSync(revised, `${readFileSync(seeds[0], 'utf8')}\n推进老旧小区改造。\n`);
  const [first] = await importPlans([seeds[0]], { db, by: 'test' });
  const [second] = await importPlans([revised], { db, by: 'test' });
  assert.equal(second.status, 'new-version');
  const linesWith = (word: string) => readFileSync(revised, 'utf8').split('\n').filter((line) => line.includes(word)).length;

  await t.test('only the current version is searched unless superseded plans are asked for', async () => {
    assert.deepEqual(await planIds(db, '老旧小区'), [second.planId]);
    assert.deepEqual(await planIds(db, '老旧小区', true), [first.planId, second.planId].sort());
    assert.deepEqual(await planIds(db, '老旧小区', false), [second.planId]);
  });

  await t.test('plans indexed before the bigrams (no index version) are indexed again on the next search', async () => {
    await db.query("UPDATE search_passages SET terms = ''::tsvector");
    await db.query('UPDATE search_indexed_plans SET index_version = NULL');
    assert.equal((await searchPlans(db, '小区改造', { limit: 100 })).hits.length, linesWith('小区改造'));
  });

  await t.test('a backup made before the bigrams is restored and then indexed again', async () => {
    const dump = structuredClone(await exportDatabase(db));
    const old = { ...dump, migrations: dump.migrations.filter((id) => id !== '042-search-bigrams') };
    old.tables.search_indexed_plans = old.tables.search_indexed_plans.map(({ index_version: _, ...row }) => row);
    old.tables.search_passages = old.tables.search_passages.map((row) => ({ ...row, terms: '' }));
    const location = await freshLocation(t, backend);
    if (!location) return;
    const restored = await openDatabase(location);
    try {
      await restoreDatabase(restored, old);
      assert.equal((await searchPlans(restored, '小区改造', { limit: 100 })).hits.length, linesWith('小区改造'));
    } finally {
      await restored.close();
    }
  });
});
