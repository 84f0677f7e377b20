import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getPlanIndicators } from '../../src/services/index.ts';
import { readSeed, storeTwoTables } from '../storage/sample-plan.ts';
import { appWithUsers } from './harness.ts';
import { backends } from './backends.ts';

interface Judged { id?: number; name: string; status: string }

for (const [backend, open] of backends) {
  test(`${backend}: two tables printing 常住人口城镇化率 are two indicators, evaluated and assigned by id`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      await storeTwoTables(db, await readSeed(0));
      const [completion, target] = (await getPlanIndicators(db, '连云港市')).indicators.filter((i) => i.name === '常住人口城镇化率');
      const { login } = await appWithUsers(db);
      const admin = await login('admin');
      const evaluation = (await (await admin.request('/api/plans/连云港市/evaluation')).json()) as { indicators: Judged[]; completion: Judged[] };
      const named = (rows: Judged[]) => rows.filter((r) => r.name === '常住人口城镇化率').map((r) => [r.id, r.status]);
      assert.deepEqual(named(evaluation.indicators), [[target.id, 'no-data']]);
      assert.deepEqual(named(evaluation.completion), [[completion.id, 'achieved']]);

      const assign = (json: unknown) => admin.request('/api/plans/连云港市/assignments', { method: 'POST', json });
      assert.equal((await assign({ kind: 'indicator', item_id: completion.id, department: '市统计局' })).status, 204);
      assert.equal((await assign({ kind: 'indicator', item: '常住人口城镇化率', department: '市发改委' })).status, 204);
      const missing = await assign({ kind: 'indicator', item_id: 999_999, department: '市统计局' });
      assert.equal(missing.status, 404);
      assert.match(((await missing.json()) as { message: string }).message, /没有编号为 999999 的指标/);
      const tasks = (await (await admin.request('/api/tasks')).json()) as Array<{ itemId: number; department: string }>;
      assert.deepEqual(tasks.filter((x) => x.itemId === target.id).map((x) => x.department), ['市发改委']);
      const owners = await db.query<{ indicator_id: number; department: string }>('SELECT indicator_id, department FROM responsibilities ORDER BY id');
      assert.deepEqual(owners.map((o) => [o.indicator_id, o.department]), [[completion.id, '市统计局'], [target.id, '市发改委']]);
    } finally {
      await db.close();
    }
  });
}
