import assert from 'node:assert/strict';
import type { OutlineNode } from '../../src/domain/index.ts';
import { shippedCatalog, textTargetRows } from '../../src/domain/catalog/index.ts';
import { extractFile, getPlanIndicators, importPlans, listPlans } from '../../src/services/index.ts';
import { readDocument } from '../../src/readers/index.ts';
import { findRegion } from '../../src/storage/index.ts';
import { contractTest } from './backends.ts';
import { nonEmptyLines, seedFiles } from './sample-plan.ts';

const countNodes = (nodes: readonly OutlineNode[]): number => nodes.reduce((n, node) => n + 1 + countNodes(node.children), 0);

contractTest('the five seed plans are stored with exactly what extraction gives, plus their tracked text targets (文本目标) as rows', async (db) => {
  let trackedTotal = 0;
  const results = await importPlans(seedFiles, { db, by: '测试员' });
  assert.deepEqual(results.map((r) => r.status), ['imported', 'imported', 'imported', 'imported', 'imported']);
  for (const [index, file] of seedFiles.entries()) {
    const extract = await extractFile(file);
    const tracked = textTargetRows(extract, shippedCatalog).length;
    trackedTotal += tracked;
    const planId = results[index].planId;
    const count = async (sqlText: string) => (await db.query<{ n: number }>(sqlText, [planId]))[0].n;
    const stored = {
      title: (await db.query<{ title: string | null }>('SELECT title FROM plans WHERE id = $1', [planId]))[0].title,
      indicators: await count('SELECT count(*)::int AS n FROM indicators WHERE plan_id = $1'),
      tables: await count('SELECT count(*)::int AS n FROM indicator_tables WHERE plan_id = $1'),
      textTargets: await count('SELECT count(*)::int AS n FROM text_targets WHERE plan_id = $1'),
      boxes: await count('SELECT count(*)::int AS n FROM boxes WHERE plan_id = $1'),
      boxItems: await count('SELECT count(*)::int AS n FROM box_items JOIN boxes b ON b.id = box_id WHERE b.plan_id = $1'),
      outline: await count('SELECT count(*)::int AS n FROM outline_nodes WHERE plan_id = $1'),
      paragraphs: await count('SELECT count(*)::int AS n FROM paragraphs WHERE plan_id = $1'),
    };
    assert.deepEqual(stored, {
      title: extract.plan.title, indicators: extract.indicators.length + tracked, tables: extract.tables.length + (tracked ? 1 : 0), textTargets: extract.textTargets.length,
      boxes: extract.boxes.length, boxItems: extract.boxes.reduce((n, b) => n + b.items.length, 0), outline: countNodes(extract.outline),
      paragraphs: nonEmptyLines(await readDocument(file)),
    }, file);
  }
  assert.ok(trackedTotal > 0, 'the seeds state text targets that are tracked as rows');
  const again = await importPlans(seedFiles, { db, by: '测试员' });
  assert.deepEqual(again.map((r) => r.status), ['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
  assert.equal((await listPlans(db)).length, 5);
});

contractTest('seed facts: 连云港市 has 20 rows in 表2-1; 海州区 and the 经开区 belong to 连云港市', async (db) => {
  await importPlans(seedFiles, { db, by: '测试员' });
  const { indicators } = await getPlanIndicators(db, '连云港市');
  assert.equal(indicators.filter((i) => i.table?.startsWith('表2-1')).length, 20);
  const city = await findRegion(db, '连云港市');
  assert.equal((await findRegion(db, '连云港市海州区'))?.parentId, city?.id);
  const zone = (await db.query<{ parent_id: number }>("SELECT parent_id FROM regions WHERE name LIKE '连云港经济技术开发区%' OR name LIKE '连云港经开区%'"))[0];
  assert.equal(zone?.parent_id, city?.id);
});
