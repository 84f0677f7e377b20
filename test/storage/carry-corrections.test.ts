import assert from 'node:assert/strict';
import type { Database } from '../../src/storage/index.ts';
import { listCorrections } from '../../src/storage/index.ts';
import { confirmReading, getPlanIndicators, previewReading, storePlan, type PreviewEdit } from '../../src/services/index.ts';
import type { PlanExtract, SourceText } from '../../src/domain/index.ts';
import { contractTest } from './backends.ts';
import { editedSource, readSeed, sampleExtract } from './sample-plan.ts';

const store = (db: Database, source: SourceText, extract: PlanExtract, edits: PreviewEdit[] = []) =>
  db.transaction((tx) => storePlan(tx, source, extract, { by: '王芳', edits }));

const targets = async (db: Database, plan: number) =>
  (await getPlanIndicators(db, String(plan))).indicators.map((i) => [i.name, i.baseline?.raw ?? null, i.target?.raw ?? null]);

contractTest('corrections made in the preview are kept with their row position and follow the plan into its next version', async (db) => {
  const source = await readSeed(0);
  const first = await store(db, source, sampleExtract(source), [
    { kind: 'cell', row: 'r2', field: 'target', value: '79' },
    { kind: 'cell', row: 'r0', field: 'unit', value: '％' },
  ]);
  const kept = await listCorrections(db, first.planId!);
  assert.deepEqual(kept.map((c) => [c.rowName, c.rowPosition, c.field, c.oldValue, c.newValue]), [['人均预期寿命', 2, 'target', '78.5', '79'], ['常住人口城镇化率', 0, 'unit', '%', '％']]);
  const revised = editedSource(source, '（2022年修订）');
  const [a, b, c] = sampleExtract(revised).indicators;
  const moved = sampleExtract(revised, { indicators: [{ ...c, table: '表2-1 主要指标' }, { ...b, table: '表2-1 主要指标' }], tables: [{ caption: '表2-1 主要指标', kind: 'targets', line: 90, rows: 2 }] });
  assert.equal(a.name, '常住人口城镇化率');
  const preview = await previewReading(db, revised, moved);
  assert.deepEqual(preview.carried.map((x) => [x.row, x.field, x.status]), [['人均预期寿命', 'target', 'carried'], ['常住人口城镇化率', 'unit', 'unmatched']]);
  assert.equal(preview.rows.find((r) => r.name === '人均预期寿命')?.target?.raw, '79');
  const second = await confirmReading(db, revised, moved, { by: '李强' });
  assert.deepEqual([second.status, second.version, second.corrections, second.state], ['new-version', 2, 1, 'current']);
  assert.deepEqual(await targets(db, second.planId!), [['人均预期寿命', '77.5', '79'], ['居民人均可支配收入年均增长', null, '7']]);
  assert.deepEqual((await listCorrections(db, second.planId!)).map((x) => [x.rowName, x.correctedBy, x.newValue]), [['人均预期寿命', '王芳', '79']]);
});

contractTest('of two rows that print the same name, a correction carries to the one at its old position', async (db) => {
  const source = await readSeed(0);
  const [a, b, c] = sampleExtract(source).indicators;
  const twice = (s: SourceText) => sampleExtract(s, { indicators: [a, { ...b, name: '人均预期寿命' }, c] });
  await store(db, source, twice(source), [{ kind: 'cell', row: 'r2', field: 'target', value: '81' }]);
  const revised = editedSource(source, '（修订）');
  const second = await store(db, revised, twice(revised));
  assert.deepEqual(second.carried?.map((x) => [x.row, x.newValue, x.status, x.rowId]), [['人均预期寿命', '81', 'carried', 'r2']]);
  assert.deepEqual((await targets(db, second.planId!)).map((r) => r[2]), ['70', '7', '81']);
});

contractTest('rows deleted, added and a period set in the preview are corrections too, and are carried to the next version', async (db) => {
  const source = await readSeed(0);
  const noPeriod = sampleExtract(source, { plan: { ...sampleExtract(source).plan, period: null } });
  const draft = await confirmReading(db, source, noPeriod, { by: '王芳' });
  assert.equal(draft.state, 'draft');
  const edits: PreviewEdit[] = [
    { kind: 'meta', field: 'period', value: '2021—2025' },
    { kind: 'delete-row', row: 'r1' },
    { kind: 'add-row', table: '表2-1  “十四五”时期新型城镇化发展主要指标', name: '城镇新增就业', unit: '万人', target: '30' },
  ];
  const confirmed = await confirmReading(db, source, noPeriod, { by: '王芳', edits });
  assert.deepEqual([confirmed.status, confirmed.planId, confirmed.state], ['replaced', draft.planId, 'current']);
  assert.deepEqual((await targets(db, confirmed.planId!)).map((r) => r[0]), ['常住人口城镇化率', '人均预期寿命', '城镇新增就业']);
  const revised = editedSource(source, '（修订）');
  const next = await previewReading(db, revised, sampleExtract(revised, { plan: noPeriod.plan }));
  assert.deepEqual(next.carried.map((c) => c.status), ['carried', 'carried', 'carried']);
  assert.deepEqual([next.plan.period, next.rows.map((r) => r.name)], [{ start: 2021, end: 2025 }, ['常住人口城镇化率', '人均预期寿命', '城镇新增就业']]);
});
