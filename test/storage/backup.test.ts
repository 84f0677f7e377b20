import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDatabase } from '../../src/storage/index.ts';
import { correctIndicator, exportDatabase, restoreDatabase, storePlan } from '../../src/services/index.ts';
import { contractTest, freshLocation } from './backends.ts';
import { readSeed, sampleExtract } from './sample-plan.ts';

contractTest('export → restore into a fresh database → export gives the same JSON', async (db, t, backend) => {
  for (const index of [0, 2]) {
    const source = await readSeed(index);
    const plan = index === 2 ? { ...sampleExtract(source).plan, title: '海州区规划', region: '海州区', parentRegion: '连云港市' } : sampleExtract(source).plan;
    await db.transaction((tx) => storePlan(tx, source, sampleExtract(source, { plan }), { by: '测试员' }));
  }
  await correctIndicator(db, '连云港市', { row: '人均预期寿命', field: 'target', value: '≥79', by: '王芳', reason: '核对' });
  const first = await exportDatabase(db);
  assert.equal(first.tables.plans.length, 2);
  assert.ok(first.tables.paragraphs.length > 500);

  const location = await freshLocation(t, backend);
  const copy = await openDatabase(location!);
  try {
    const counts = await restoreDatabase(copy, JSON.parse(JSON.stringify(first)));
    assert.equal(counts.indicators, 6);
    assert.deepEqual(await exportDatabase(copy), first);
    await copy.query("INSERT INTO regions (name, full_name) VALUES ('泰州市', '泰州市')");
    const [{ id }] = await copy.query<{ id: number }>("SELECT id FROM regions WHERE name = '泰州市'");
    assert.equal(id, 3, 'ids continue after the restored ones');
  } finally {
    await copy.close();
  }
});

contractTest('restore refuses a database that holds data unless forced', async (db) => {
  const source = await readSeed(0);
  await db.transaction((tx) => storePlan(tx, source, sampleExtract(source), { by: '测试员' }));
  const dump = await exportDatabase(db);
  await assert.rejects(restoreDatabase(db, dump), /数据库不是空的（.*plans 1 行.*）.*--force/);
  await db.query("UPDATE plans SET title = '改过的标题'");
  await restoreDatabase(db, dump, { force: true });
  assert.deepEqual(await exportDatabase(db), dump);
});

test('restore refuses what is not a PlanTrack export', async () => {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    await assert.rejects(restoreDatabase(db, { tables: {} }), /不是 PlanTrack 备份文件/);
    await assert.rejects(restoreDatabase(db, { schema: 'plantrack-export/1', migrations: [], tables: { ufo: [] } }), /本数据库没有的表：ufo/);
  } finally {
    await db.close();
  }
});
