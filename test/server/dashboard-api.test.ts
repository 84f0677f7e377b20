import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/server/app.ts';
import { importPlans, listCatalog, recordObservation } from '../../src/services/index.ts';
import { evaluateDashboard } from '../../src/services/dashboard.ts';
import { dashboardPage } from '../../src/services/dashboard-page.ts';
import { countStoredEvaluations } from '../../src/services/evaluate-plan.ts';
import { importObservationsFile } from '../../src/services/import-observations.ts';
import { evaluatePlanWithStoredValues, refreshSummaries } from '../../src/services/overview-summaries.ts';
import { recordAudit } from '../../src/storage/index.ts';
import type { Dashboard, DashboardWarnings } from '../../src/server/api-types.ts';
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

const plansDir = join(import.meta.dirname, '..', '..', 'examples', 'plans');
const seeds = ['000_6672659702fb4163', '001_7c17e6fcf30f2c99', '002_d50b99ada46e1ee4', '003_d7ad96852b7746b9', '004_cc525a364f434966'].map((s) => join(plansDir, `${s}.txt`));
const observationsFile = join(import.meta.dirname, '..', '..', 'examples', 'data', 'observations.csv');
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

for (const [backend, open] of backends) {
  test(`${backend}: the dashboard and a plan's evaluation are read as the writes precomputed them — equal to judging every plan now, and a read evaluates nothing`, { timeout: 600_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      await importPlans(seeds, { db, by: 'test' });
      const loaded = await importObservationsFile(db, observationsFile, { by: 'test', skipInvalid: true });
      assert.ok(loaded.created > 10);
      const app = createApp({ db });
      const read = async (path: string) => {
        const evaluated = countStoredEvaluations();
        const response = await app.request(path);
        assert.equal(response.status, 200, path);
        return { body: (await response.json()) as unknown, evaluated: countStoredEvaluations() - evaluated };
      };
      const latest = await read('/api/dashboard');
      assert.equal(latest.evaluated, 0, 'the default dashboard evaluates no plan');
      assert.deepEqual(latest.body, asJson(dashboardPage(await evaluateDashboard(db))));
      const { years, rows } = latest.body as Dashboard;
      // the 预警 beyond the first come a page at a time, in the 总览's order
      const all = (await evaluateDashboard(db)).warnings;
      assert.ok(all.length >= 2, `${all.length} 预警`);
      assert.equal((latest.body as Dashboard).warningCount, all.length);
      const paged: unknown[] = [];
      for (let offset = 0; offset < all.length; offset++) {
        const page = (await read(`/api/dashboard/warnings?offset=${offset}&limit=1`)).body as DashboardWarnings;
        assert.equal(page.total, all.length);
        paged.push(...page.warnings);
      }
      assert.deepEqual(paged, asJson(all));
      assert.equal((await app.request('/api/dashboard/warnings?limit=100000')).status, 400);
      assert.ok(years.length >= 3 && rows.length >= 4, `${years.length} years, ${rows.length} plans`);
      // every year offered, one past every plan's target year (judged at the target year, said so), one before any plan's base year
      for (const year of [...years, Math.max(...years) + 2, Math.min(...years) - 1]) {
        const dashboard = await read(`/api/dashboard?year=${year}`);
        assert.equal(dashboard.evaluated, 0, `year ${year} evaluates no plan`);
        assert.deepEqual(dashboard.body, asJson(dashboardPage(await evaluateDashboard(db, year))), `year ${year}`);
      }
      assert.ok(((await read(`/api/dashboard?year=${Math.max(...years) + 2}`)).body as Dashboard).rows.some((r) => r.notices.some((n) => /晚于规划目标年/.test(n))));
      // years older than every stored entry answer as judged now, from each plan's first entry (nothing is judged on the read)
      for (const year of [2001, 2000]) {
        const older = await read(`/api/dashboard?year=${year}`);
        assert.equal(older.evaluated, 0, `year ${year} evaluates no plan`);
        assert.deepEqual(older.body, asJson(dashboardPage(await evaluateDashboard(db, year))), `year ${year}`);
      }
      for (const row of rows.filter((r) => r.error === null)) {
        const evaluation = await read(`/api/plans/${row.plan.id}/evaluation`);
        assert.equal(evaluation.evaluated, 0, 'a plan\'s default evaluation is read as stored');
        assert.deepEqual(evaluation.body, asJson(await evaluatePlanWithStoredValues(db, String(row.plan.id))));
      }
      // a client's copy is answered 304 while the database is unchanged
      const tagged = await app.request('/api/dashboard?year=2023');
      const etag = tagged.headers.get('etag')!;
      assert.equal((await app.request('/api/dashboard?year=2023', { headers: { 'if-none-match': etag } })).status, 304);
      // a write of another process shows at once: its plans are judged again after its commit
      await recordObservation(db, { region: '南通市', indicator: '常住人口城镇化率', year: 2023, value: 75, by: 'cli' });
      const changed = await app.request('/api/dashboard?year=2023', { headers: { 'if-none-match': etag } });
      assert.equal(changed.status, 200, 'a write changes the ETag');
      assert.notEqual(changed.headers.get('etag'), etag);
      const written = await read('/api/dashboard?year=2023');
      assert.equal(written.evaluated, 0);
      assert.deepEqual(written.body, asJson(dashboardPage(await evaluateDashboard(db, 2023))));
    } finally {
      await db.close();
    }
  });
}

for (const [backend, open] of backends) {
  test(`${backend}: rows a write left for the background refresh show their last figures as pending; the refresh brings them level with judging now`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      await importPlans([seed], { db, by: 'test' });
      await recordObservation(db, { region: '连云港市', indicator: '常住人口城镇化率', year: 2022, value: 63, by: 'test' });
      const app = createApp({ db });
      const get = async () => (await (await app.request('/api/dashboard')).json()) as Dashboard;
      const before = await get();
      const [entry] = await listCatalog(db);
      await db.transaction((tx) => recordAudit(tx, { by: 'test', action: 'update', entity: 'catalog_entry', entityId: entry.id }));
      const evaluated = countStoredEvaluations();
      const pending = await get();
      assert.equal(countStoredEvaluations(), evaluated);
      assert.deepEqual(pending.rows.map((r) => r.pending), [true]);
      assert.deepEqual(pending.rows[0].counts, before.rows[0].counts, 'the figures computed before stay shown');
      assert.equal(await refreshSummaries(db), 1);
      assert.deepEqual(asJson(await get()), asJson(dashboardPage(await evaluateDashboard(db))));
    } finally {
      await db.close();
    }
  });
}
