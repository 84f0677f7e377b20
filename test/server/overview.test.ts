import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createApp } from '../../src/server/app.ts';
import { importPlans, recordObservation } from '../../src/services/index.ts';
import { backends } from './backends.ts';

const seed = join(import.meta.dirname, '..', '..', 'examples', 'plans', '000_6672659702fb4163.txt');

interface Row {
  plan: { region: string };
  asOf: number;
  summary: Record<string, number>;
}

for (const [backend, open] of backends) {
  test(`${backend}: the overview is precomputed per plan and refreshed after a write from any process`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      await importPlans([seed], { db, by: 'test' });
      const overview = async () => (await (await createApp({ db }).request('/api/overview')).json()) as Row[];
      const before = await overview();
      assert.equal(before.length, 1);
      assert.ok(before[0].summary['no-data'] > 0);
      const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM plan_summaries');
      assert.equal(n, 1);
      // a write that did not go through this server (as `plantrack observe` would do)
      await recordObservation(db, { region: '连云港市', indicator: '常住人口城镇化率', year: 2023, value: 75, by: 'cli' });
      const after = await overview();
      assert.equal(after[0].asOf, 2023);
      assert.equal(after[0].summary['no-data'], before[0].summary['no-data'] - 1);
      assert.equal(after[0].summary.achieved, before[0].summary.achieved + 1);
      const [{ auditId }] = await db.query<{ auditId: number }>('SELECT audit_id AS "auditId" FROM plan_summaries');
      const [{ high }] = await db.query<{ high: number }>('SELECT max(id)::int AS high FROM audit_log');
      assert.equal(auditId, high);
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
