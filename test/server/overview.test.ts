import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createApp } from '../../src/server/app.ts';
import { correctIndicator, importPlans, listCatalog, recordObservation, withdrawRecord } from '../../src/services/index.ts';
import { countStoredEvaluations } from '../../src/services/evaluate-plan.ts';
import { evaluatePlanWithStoredValues, refreshSummaries } from '../../src/services/overview-summaries.ts';
import { recordAudit } from '../../src/storage/index.ts';
import { backends } from './backends.ts';

const seed = join(import.meta.dirname, '..', '..', 'examples', 'plans', '000_6672659702fb4163.txt');

interface Row {
  plan: { id: number; region: string };
  asOf: number;
  summary: Record<string, number>;
  pending: boolean;
}

for (const [backend, open] of backends) {
  test(`${backend}: the writes keep the overview rows, so a read evaluates nothing and still shows every write of any process`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      await importPlans([seed], { db, by: 'test' });
      const app = createApp({ db });
      const read = async () => {
        const evaluated = countStoredEvaluations();
        const rows = (await (await app.request('/api/overview')).json()) as Row[];
        assert.equal(countStoredEvaluations(), evaluated, 'a read of the overview evaluates no plan');
        assert.equal(rows.length, 1);
        assert.equal(rows[0].pending, false);
        const fresh = await evaluatePlanWithStoredValues(db, String(rows[0].plan.id));
        assert.deepEqual([rows[0].asOf, rows[0].summary], [fresh.asOf, fresh.summary], 'the stored row equals an evaluation now');
        return rows[0];
      };
      const before = await read();
      assert.ok(before.summary['no-data'] > 0);
      // writes that do not go through this server (as `plantrack observe`, `correct`, `withdraw` would make them)
      const { observation } = await recordObservation(db, { region: '连云港市', indicator: '常住人口城镇化率', year: 2023, value: 75, by: 'cli' });
      const observed = await read();
      assert.equal(observed.asOf, 2023);
      assert.equal(observed.summary['no-data'], before.summary['no-data'] - 1);
      assert.equal(observed.summary.achieved, before.summary.achieved + 1);
      await correctIndicator(db, String(before.plan.id), { row: '常住人口城镇化率', field: 'target', value: '90', by: 'cli' });
      const corrected = await read();
      assert.equal(corrected.summary.achieved, observed.summary.achieved - 1, 'a target of 90 is not reached by 75');
      await withdrawRecord(db, 'observation', observation.id, { reason: '录入错误', by: 'cli' });
      const withdrawn = await read();
      assert.equal(withdrawn.summary['no-data'], before.summary['no-data']);
      const [{ stale }] = await db.query<{ stale: number }>('SELECT count(*)::int AS stale FROM plan_summaries WHERE stale IS NOT NULL');
      assert.equal(stale, 0);
    } finally {
      await db.close();
    }
  });
}

for (const [backend, open] of backends) {
  test(`${backend}: a catalogue edit leaves every row pending for the background refresh; the read still evaluates nothing`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      await importPlans([seed], { db, by: 'test' });
      const [entry] = await listCatalog(db);
      // every plan is touched; more than the inline limit would be left to the background, as here by hand
      await db.transaction((tx) => recordAudit(tx, { by: 'test', action: 'update', entity: 'catalog_entry', entityId: entry.id }));
      const app = createApp({ db });
      const evaluated = countStoredEvaluations();
      const [pending] = (await (await app.request('/api/overview')).json()) as Row[];
      assert.equal(countStoredEvaluations(), evaluated);
      assert.equal(pending.pending, true);
      assert.ok(pending.summary, 'the counts computed before stay shown while pending');
      assert.equal(await refreshSummaries(db), 1);
      const [done] = (await (await app.request('/api/overview')).json()) as Row[];
      assert.equal(done.pending, false);
      assert.deepEqual(done.summary, pending.summary);
    } finally {
      await db.close();
    }
  });
}

for (const [backend, open] of backends) {
  test(`${backend}: a lead department assigned to an indicator leaves the overview answering 200`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      await importPlans([seed], { db, by: 'test' });
      const app = createApp({ db });
      assert.equal((await app.request('/api/overview')).status, 200);
      const assign = { kind: 'indicator', item: '常住人口城镇化率', department: '市发改委' };
      const assigned = await app.request('/api/plans/连云港市/assignments', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(assign) });
      assert.equal(assigned.status, 204);
      const after = await app.request('/api/overview');
      assert.equal(after.status, 200);
      assert.equal(((await after.json()) as Row[]).length, 1);
    } finally {
      await db.close();
    }
  });
}
