import assert from 'node:assert/strict';
import { join } from 'node:path';
import { getPlanIndicators, importPlans } from '../../src/services/index.ts';
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
