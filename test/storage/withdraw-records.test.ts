import assert from 'node:assert/strict';
import type { SourceText } from '../../src/domain/index.ts';
import { correctIndicator, getPlanIndicators, latestObservations, observationHistory, reinstateRecord, storePlan, withdrawRecord } from '../../src/services/index.ts';
import { recordObservation } from '../../src/services/record-observation.ts';
import { listObservations } from '../../src/services/observations.ts';
import { listBoxItems, recordBoxProgress } from '../../src/services/responsibilities.ts';
import { listCorrections } from '../../src/storage/corrections.ts';
import type { Database } from '../../src/storage/index.ts';
import { contractTest } from './backends.ts';
import { readSeed, sampleExtract } from './sample-plan.ts';

const storeSample = async (db: Database, source: SourceText) => db.transaction((tx) => storePlan(tx, source, sampleExtract(source), { by: '测试员' }));
const observed = { region: '连云港市', indicator: '常住人口城镇化率', year: 2022, unit: '%', by: '统计局张三' };

contractTest('a withdrawn observation counts nowhere, stays in its history as a version, and a restore brings it back', async (db) => {
  await storeSample(db, await readSeed(0));
  const first = await recordObservation(db, { ...observed, value: 63.1 }, new Date('2024-06-01'));
  const id = first.observation.id;
  await assert.rejects(withdrawRecord(db, 'observation', id, { reason: '', by: '统计局李四' }), { code: 'invalid-input' });
  const withdrawn = (await withdrawRecord(db, 'observation', id, { reason: '口径错误', by: '统计局李四' })) as { version: number; withdrawal: { reason: string } };
  assert.deepEqual([withdrawn.version, withdrawn.withdrawal.reason], [2, '口径错误']);
  assert.deepEqual(await listObservations(db, { region: '连云港市' }), []);
  assert.equal((await latestObservations(db, first.observation.regionId, ['urbanization-rate'])).size, 0);
  const [history] = await observationHistory(db, { region: '连云港市', indicator: '常住人口城镇化率' });
  assert.deepEqual([history.current.withdrawal?.by, history.revisions.map((r) => [r.version, r.value, r.withdrawal])], ['统计局李四', [[1, 63.1, null]]]);
  await assert.rejects(withdrawRecord(db, 'observation', id, { reason: '再次', by: '统计局李四' }), { code: 'conflict' });
  await reinstateRecord(db, 'observation', id, '管理员');
  assert.deepEqual((await listObservations(db, { region: '连云港市' })).map((o) => [o.value, o.version, o.withdrawal]), [[63.1, 3, null]]);
  const [after] = await observationHistory(db, { region: '连云港市', indicator: '常住人口城镇化率' });
  assert.deepEqual(after.revisions.map((r) => [r.version, r.withdrawal?.reason ?? null, r.replacedBy]), [[2, '口径错误', '管理员'], [1, null, '统计局李四']]);
  const audit = await db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity = 'observation' ORDER BY id`);
  assert.deepEqual(audit.map((a) => a.action), ['observe', 'withdraw', 'reinstate']);
  // a value written over a withdrawn one clears the mark and keeps the withdrawn version as a revision
  await withdrawRecord(db, 'observation', id, { reason: '再核', by: '统计局李四' });
  const again = await recordObservation(db, { ...observed, value: 63.08, expectedVersion: 4 }, new Date('2024-06-01'));
  assert.deepEqual([again.observation.value, again.observation.withdrawal], [63.08, null]);
});

contractTest('a withdrawn correction gives the row back the value before it; restoring it applies it again', async (db) => {
  await storeSample(db, await readSeed(0));
  const target = async () => (await getPlanIndicators(db, '连云港市')).indicators.find((i) => i.name === '常住人口城镇化率')?.target?.raw;
  await correctIndicator(db, '连云港市', { row: '常住人口城镇化率', field: 'target', value: '72', by: '核对员' });
  await correctIndicator(db, '连云港市', { row: '常住人口城镇化率', field: 'target', value: '73', by: '核对员' });
  const [first, second] = await listCorrections(db, 1);
  await withdrawRecord(db, 'correction', second.id, { reason: '看错行', by: '核对员' });
  assert.equal(await target(), '72');
  await withdrawRecord(db, 'correction', first.id, { reason: '原值无误', by: '核对员' });
  assert.equal(await target(), '70');
  assert.deepEqual(await listCorrections(db, 1), []);
  assert.deepEqual((await listCorrections(db, 1, { includeWithdrawn: true })).map((c) => c.withdrawal?.reason), ['原值无误', '看错行']);
  await reinstateRecord(db, 'correction', second.id, '管理员');
  assert.equal(await target(), '73');
});

contractTest('a withdrawn 专栏 progress record leaves the item\'s progress and is listed apart until restored', async (db) => {
  await storeSample(db, await readSeed(0));
  const [item] = await listBoxItems(db, '连云港市');
  const record = await recordBoxProgress(db, { plan: '连云港市', itemId: item.id, milestone: '在建', date: '2024-03-01', by: '发改委' });
  await withdrawRecord(db, 'box-progress', record.id, { reason: '填错项目', by: '发改委' });
  const [after] = await listBoxItems(db, '连云港市');
  assert.deepEqual([after.progress.length, after.withdrawn.map((p) => p.withdrawal?.reason)], [0, ['填错项目']]);
  await reinstateRecord(db, 'box-progress', record.id, '管理员');
  assert.deepEqual((await listBoxItems(db, '连云港市'))[0].progress.map((p) => p.milestone), ['在建']);
  const audit = await db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity = 'box-item' ORDER BY id`);
  assert.deepEqual(audit.map((a) => a.action), ['progress', 'withdraw', 'reinstate']);
});
