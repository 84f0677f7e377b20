import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { evaluateStoredPlan, importPlans, openDatabase, recordObservation, type Database } from '../../src/services/index.ts';
import { main } from '../../src/cli/main.ts';
import { createTestDatabase } from '../support/system.ts';

const root = resolve(import.meta.dirname, '..', '..');
const plans = ['000_6672659702fb4163.txt', '003_d7ad96852b7746b9.txt'].map((f) => resolve(root, 'examples/plans', f));

async function seed(db: Database): Promise<void> {
  await importPlans(plans, { db, by: 'test' });
  const source = { sourceTitle: '连云港市统计公报', by: 'test' };
  await recordObservation(db, { region: '连云港市', indicator: '常住人口城镇化率', year: 2021, value: 62.38, ...source });
  await recordObservation(db, { region: '连云港市', indicator: '常住人口城镇化率', year: 2022, value: 63.08, ...source });
  await recordObservation(db, { region: '连云港市', indicator: '空气质量优良天数比率', year: 2022, value: 83.6, ...source });
}

test('PGlite: a stored plan is judged on its region\'s stored observations, its completion table too', async () => {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    await seed(db);
    const { evaluation, observations } = await evaluateStoredPlan(db, '000_6672659702fb4163');
    assert.equal(evaluation.asOf, 2022);
    assert.equal(observations.length, 3);
    const u = evaluation.indicators.find((i) => i.name === '常住人口城镇化率')!;
    assert.deepEqual([u.completion, u.pace, u.status, u.warning, u.forecast?.value], [0.184, 0.4599, 'lagging', 'yellow', 65.4945]);
    assert.equal(evaluation.indicators.find((i) => i.name === '空气质量优良天数比例')!.status, 'achieved');
    const zone = await evaluateStoredPlan(db, '003_d7ad96852b7746b9');
    assert.deepEqual(zone.evaluation.completionSummary, { achieved: 15, 'not-achieved': 10, 'no-data': 1 });
  } finally {
    await db.close();
  }
});

test('PostgreSQL: `plantrack evaluate 连云港市` reads the stored plan; an unknown plan is a not-found error', async (t) => {
  const url = await createTestDatabase(t);
  if (!url) return;
  const db = await openDatabase({ url });
  try {
    await seed(db);
  } finally {
    await db.close();
  }
  let stdout = '';
  let stderr = '';
  const io = { stdout: (s: string) => { stdout += s; }, stderr: (s: string) => { stderr += s; }, env: { PLANTRACK_DATABASE_URL: url }, cwd: root, isTTY: false };
  assert.equal(await main(['evaluate', '连云港市', '--json'], io), 0, stderr);
  const e = JSON.parse(stdout);
  assert.deepEqual([e.plan.title, e.asOf, e.summary.lagging, e.summary.achieved], ['连云港市“十四五”新型城镇化规划', 2022, 1, 1]);
  assert.equal(await main(['evaluate', '不存在的规划'], io), 1);
  assert.match(stderr, /找不到规划 "不存在的规划"/);
});
