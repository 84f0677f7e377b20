import assert from 'node:assert/strict';
import type { Database } from '../../src/storage/index.ts';
import { findRegion, suggestRegions } from '../../src/storage/index.ts';
import { correctIndicator, getPlan, getPlanIndicators, listPlans, storePlan } from '../../src/services/index.ts';
import type { PlanExtract, SourceText } from '../../src/domain/index.ts';
import { contractTest, planTables, tableCounts } from './backends.ts';
import { editedSource, nonEmptyLines, readSeed, sampleExtract } from './sample-plan.ts';

const store = (db: Database, source: SourceText, extract: PlanExtract, replace = false) =>
  db.transaction((tx) => storePlan(tx, source, extract, { by: '测试员', replace }));

contractTest('a plan is stored with its outline, paragraphs, tables, indicators, text targets and boxes', async (db) => {
  const source = await readSeed(0);
  const result = await store(db, source, sampleExtract(source));
  assert.equal(result.status, 'imported');
  const counts = await tableCounts(db, planTables);
  assert.deepEqual(counts, { regions: 1, plans: 1, outline_nodes: 5, paragraphs: nonEmptyLines(source), indicator_tables: 1, indicators: 3, text_targets: 1, boxes: 1, box_items: 1, corrections: 0, audit_log: 1 });
  const [paragraph] = await db.query<{ outline_path: string; text: string }>('SELECT outline_path, text FROM paragraphs WHERE line = 27');
  assert.equal(paragraph.outline_path, '第一篇 规划基础 / 第二章 发展趋势');
  const tree = await db.query<{ title: string; parent: string | null }>('SELECT n.title, p.title AS parent FROM outline_nodes n LEFT JOIN outline_nodes p ON p.id = n.parent_id ORDER BY n.seq');
  assert.deepEqual(tree.map((n) => `${n.parent ?? ''}>${n.title}`), ['>规划基础', '规划基础>发展基础', '规划基础>发展趋势', '>总体要求', '总体要求>指导思想']);
  const { plan, indicators } = await getPlanIndicators(db, '连云港市');
  assert.equal(plan.title, '连云港市“十四五”新型城镇化规划');
  assert.deepEqual([(await getPlan(db, '000_6672659702fb4163')).id, (await getPlan(db, '000_6672659702fb4163.txt')).id, (await getPlan(db, '1')).id], [1, 1, 1]);
  assert.deepEqual(indicators.map((i) => [i.name, i.unit, i.baseline?.raw ?? null, i.target?.raw, i.table, i.line]), [
    ['常住人口城镇化率', '%', '61.52', '70', '表2-1  “十四五”时期新型城镇化发展主要指标', 101],
    ['居民人均可支配收入年均增长', '%', null, '7', '表2-1  “十四五”时期新型城镇化发展主要指标', 107],
    ['人均预期寿命', '岁', '77.5', '78.5', '表2-1  “十四五”时期新型城镇化发展主要指标', 113],
  ]);
  const [numbers] = await db.query<{ t: number; b: number }>("SELECT target_value AS t, baseline_value AS b FROM indicators WHERE name = '人均预期寿命'");
  assert.deepEqual(numbers, { t: 78.5, b: 77.5 });
});

contractTest('an indicator system keeps its codes (A-01) as printed, plain numbers as numbers, and the printed class', async (db) => {
  const source = await readSeed(0);
  const [first, second, third] = sampleExtract(source).indicators;
  const indicators = [
    { ...first, seq: 'A-01', attribute: null, attributeRaw: '建议性', baseline: null, target: null },
    { ...second, attributeRaw: '预期性' },
    { ...third, seq: null },
  ];
  await store(db, source, sampleExtract(source, { indicators }));
  const stored = (await getPlanIndicators(db, '连云港市')).indicators;
  assert.deepEqual(stored.map((i) => [i.rowNumber, i.attribute, i.attributeRaw, i.target?.raw ?? null]), [
    ['A-01', null, '建议性', null],
    [2, 'expected', '预期性', '7'],
    [null, 'expected', null, '78.5'],
  ]);
});

contractTest('the same bytes again change nothing', async (db) => {
  const source = await readSeed(0);
  await store(db, source, sampleExtract(source));
  const before = await tableCounts(db, planTables);
  const again = await store(db, source, sampleExtract(source));
  assert.equal(again.status, 'unchanged');
  assert.deepEqual(await tableCounts(db, planTables), before);
});

contractTest('a new version of a plan is kept beside the old one and inherits its corrections', async (db) => {
  const source = await readSeed(0);
  const first = await store(db, source, sampleExtract(source));
  const fixed = await correctIndicator(db, String(first.planId), { row: '人均预期寿命', field: 'target', value: '79', by: '王芳', reason: '核对原文' });
  assert.equal(fixed.oldValue, '78.5');
  const edited = editedSource(source, '（2022年修订）');
  const second = await store(db, edited, sampleExtract(edited));
  assert.equal(second.status, 'new-version');
  assert.equal(second.version, 2);
  assert.equal(second.corrections, 1);
  const plans = await listPlans(db);
  assert.deepEqual(plans.map((p) => [p.id, p.version, p.superseded, p.supersedes]), [[first.planId, 1, true, null], [second.planId, 2, false, first.planId]]);
  assert.equal((await getPlan(db, '连云港市')).id, second.planId, 'a region name means its current plan');
  const { indicators } = await getPlanIndicators(db, String(second.planId));
  assert.equal(indicators.find((i) => i.name === '人均预期寿命')?.target?.raw, '79');
});

contractTest('a correction is audited and survives re-extraction of the same plan', async (db) => {
  const source = await readSeed(0);
  const { planId } = await store(db, source, sampleExtract(source));
  await correctIndicator(db, '连云港市', { row: '常住人口城镇化率', field: 'name', value: '常住人口城镇化率（新口径）', by: '王芳', reason: '统一口径' });
  await correctIndicator(db, '连云港市', { row: '常住人口城镇化率（新口径）', field: 'unit', value: '％', by: '王芳' });
  const [audit] = await db.query<{ actor: string; action: string; old_value: unknown; new_value: unknown }>("SELECT actor, action, old_value, new_value FROM audit_log WHERE action = 'correct' ORDER BY id LIMIT 1");
  assert.deepEqual(audit, { actor: '王芳', action: 'correct', old_value: { name: '常住人口城镇化率' }, new_value: { name: '常住人口城镇化率（新口径）', reason: '统一口径' } });
  const replaced = await store(db, source, sampleExtract(source), true);
  assert.deepEqual([replaced.status, replaced.planId, replaced.corrections], ['replaced', planId, 2]);
  const rows = await db.query<{ name: string; unit: string }>('SELECT name, unit FROM indicators WHERE seq = 1');
  assert.deepEqual(rows, [{ name: '常住人口城镇化率（新口径）', unit: '％' }]);
  assert.equal((await db.query('SELECT * FROM corrections')).length, 2);
});

contractTest('a correction of an unknown indicator or field is refused with what exists', async (db) => {
  const source = await readSeed(0);
  await store(db, source, sampleExtract(source));
  await assert.rejects(correctIndicator(db, '连云港市', { row: '人均寿命', field: 'target', value: '80', by: 'x' }), /没有名为 "人均寿命" 的指标。相近的指标：人均预期寿命/);
  await assert.rejects(correctIndicator(db, '连云港市', { row: '人均预期寿命', field: 'colour', value: '80', by: 'x' }), /无法更正字段 "colour"/);
  await assert.rejects(correctIndicator(db, '连云港市', { row: '人均预期寿命', field: 'attribute', value: '重要', by: 'x' }), /预期性 或 约束性/);
});

contractTest('a plan that fails while being stored leaves nothing behind', async (db) => {
  const source = await readSeed(0);
  const broken = sampleExtract(source, { boxes: [{ title: '专栏', line: 1, items: [{ title: null, text: null as unknown as string, line: 2 }] }] });
  await assert.rejects(store(db, source, broken));
  assert.deepEqual(Object.values(await tableCounts(db, planTables)), planTables.map(() => 0));
});

contractTest('regions are found with or without their parent and suggested when misspelt', async (db) => {
  const source = await readSeed(2);
  const plan = { ...sampleExtract(source).plan, title: '连云港市海州区“十四五”规划纲要', region: '海州区', regionLevel: 'district' as const, parentRegion: '连云港市' };
  await store(db, source, sampleExtract(source, { plan }));
  const city = await findRegion(db, '连云港市');
  const district = await findRegion(db, '连云港市海州区');
  assert.equal(city?.level, 'city');
  assert.deepEqual([district?.name, district?.parentId], ['海州区', city?.id]);
  assert.equal((await findRegion(db, '海州区'))?.id, district?.id);
  assert.deepEqual((await suggestRegions(db, '海洲区')).map((r) => r.fullName)[0], '连云港市海州区');
  assert.equal((await getPlan(db, '海州区')).title, '连云港市海州区“十四五”规划纲要');
  await assert.rejects(getPlan(db, '海洲区'), (e: Error & { code?: string }) => e.code === 'not-found' && /相近的地区：连云港市海州区/.test(e.message));
});
