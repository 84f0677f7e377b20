import assert from 'node:assert/strict';
import { join } from 'node:path';
import { getPlanIndicators, importPlans, latestObservations, listPlans, recordObservation } from '../../src/services/index.ts';
import { findStoredIndicatorTableJson, getPlanIndicatorTable } from '../../src/services/show-plan.ts';
import { refreshSummaries } from '../../src/services/overview-summaries.ts';
import { markRegionsStale } from '../../src/storage/plan-summaries.ts';
import { withdrawRecord } from '../../src/services/withdraw-records.ts';
import { importObservationsFile } from '../../src/services/import-observations.ts';
import { contractTest } from './backends.ts';
import { seedDir, seedFiles } from './sample-plan.ts';

contractTest('a plan shows the latest stored value of each indicator of its region', async (db) => {
  await importPlans([seedFiles[0]], { db, by: '测试员' });
  const loaded = await importObservationsFile(db, join(seedDir, '..', 'data', 'observations.csv'), { by: '测试员', skipInvalid: true });
  assert.equal(loaded.committed, true);
  const { indicators } = await getPlanIndicators(db, '连云港市');
  const byName = new Map(indicators.map((i) => [i.name, i.latest]));
  assert.deepEqual(byName.get('常住人口城镇化率') && { year: byName.get('常住人口城镇化率')!.year, value: byName.get('常住人口城镇化率')!.value }, { year: 2022, value: 63.08 });
  assert.equal(byName.get('人均预期寿命')?.year, 2020);
  assert.equal(byName.get('法治建设满意度'), null);
});

contractTest('the API reads a plan id’s indicator table in one statement, the same as resolving the plan and reading each part', async (db) => {
  await importPlans(seedFiles, { db, by: '测试员' });
  await importObservationsFile(db, join(seedDir, '..', 'data', 'observations.csv'), { by: '测试员', skipInvalid: true });
  // a withdrawn value is not the latest one
  const { observation } = await recordObservation(db, { region: '连云港市', indicator: '常住人口城镇化率', year: 2023, value: 64, by: '测试员', confirm: true });
  await withdrawRecord(db, 'observation', observation.id, { reason: '测试撤回', by: '测试员' });
  for (const plan of await listPlans(db)) {
    assert.deepEqual(await getPlanIndicatorTable(db, String(plan.id)), await getPlanIndicators(db, String(plan.id), latestObservations), `plan ${plan.id}`);
  }
  assert.deepEqual(await getPlanIndicatorTable(db, '连云港市'), await getPlanIndicators(db, '连云港市', latestObservations));
});

contractTest('a refreshed plan’s indicator table is read as its refresh stored it, equal to the live read, and live while a write’s refresh is due', async (db) => {
  await importPlans(seedFiles, { db, by: '测试员' });
  await importObservationsFile(db, join(seedDir, '..', 'data', 'observations.csv'), { by: '测试员', skipInvalid: true });
  await refreshSummaries(db);
  const stored = async (id: number) => {
    const text = await findStoredIndicatorTableJson(db, String(id));
    return text === undefined ? undefined : JSON.parse(text);
  };
  const plans = await listPlans(db);
  for (const plan of plans.filter((p) => p.state === 'current')) {
    assert.deepEqual(await stored(plan.id), await getPlanIndicators(db, String(plan.id), latestObservations), `plan ${plan.id}`);
  }
  assert.equal(await findStoredIndicatorTableJson(db, '连云港市'), undefined, 'a name is resolved live');
  const plan = plans.find((p) => p.regionFullName === '连云港市' && p.state === 'current')!;
  await markRegionsStale(db, [plan.regionId!]);
  assert.equal(await stored(plan.id), undefined, 'stale: read live');
  await recordObservation(db, { region: '连云港市', indicator: '常住人口城镇化率', year: 2023, value: 64, by: '测试员', confirm: true });
  await refreshSummaries(db);
  const after = await stored(plan.id);
  assert.deepEqual(after, await getPlanIndicators(db, String(plan.id), latestObservations));
  assert.equal(after.indicators.find((i: { name: string }) => i.name === '常住人口城镇化率')?.latest?.value, 64);
});
