import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/server/app.ts';
import { importPlans, recordObservation } from '../../src/services/index.ts';
import type { Dashboard } from '../../src/server/api-types.ts';
import { backends } from './backends.ts';

const seed = join(import.meta.dirname, '..', '..', 'examples', 'plans', '000_6672659702fb4163.txt');

for (const [backend, open] of backends) {
  test(`${backend}: the dashboard judges every current plan at one year, by default the latest with data`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      const junk = join(mkdtempSync(join(tmpdir(), 'plantrack-dashboard-')), 'junk.txt');
      writeFileSync(junk, '这不是一个规划，只是一行字。\n');
      await importPlans([seed, junk], { db, by: 'test' });
      await recordObservation(db, { region: '连云港市', indicator: '常住人口城镇化率', year: 2022, value: 63, by: 'test' });
      await recordObservation(db, { region: '连云港市', indicator: '常住人口城镇化率', year: 2023, value: 64, by: 'test' });
      await recordObservation(db, { region: '连云港市', indicator: '空气质量优良天数比例', year: 2022, value: 80, by: 'test' });
      const app = createApp({ db });
      const get = async (query = '') => (await (await app.request(`/api/dashboard${query}`)).json()) as Dashboard;
      const plans = (await (await app.request('/api/plans')).json()) as Array<{ state: string }>;
      assert.deepEqual(plans.map((p) => p.state).sort(), ['current', 'draft']);
      const latest = await get();
      assert.equal(latest.year, 2023);
      assert.deepEqual(latest.years, [2023, 2022]);
      assert.equal(latest.rows.length, 1, 'a draft (待核对) stays out of the dashboard');
      assert.equal(latest.rows[0].asOf, 2023);
      assert.equal(latest.rows[0].covered, 1);
      const earlier = await get('?year=2022');
      assert.equal(earlier.rows[0].asOf, 2022);
      assert.equal(earlier.rows[0].covered, 2);
      assert.equal(earlier.rows[0].coverage, 2 / earlier.rows[0].indicators);
      const counted = earlier.rows[0].counts.reduce((n, c) => n + c.count, 0);
      assert.equal(counted, earlier.rows[0].indicators);
      assert.equal((await app.request('/api/dashboard?year=1800')).status, 400);
    } finally {
      await db.close();
    }
  });
}
