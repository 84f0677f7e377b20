import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createApp } from '../../src/server/app.ts';
import { importPlans } from '../../src/services/index.ts';
import { backends } from './backends.ts';

const root = join(import.meta.dirname, '..', '..');
const plans = [join(root, 'examples', 'plans', '000_6672659702fb4163.txt'), join(root, 'test', 'fixtures', 'periods', 'dev-lyg-urbanization-2026-2030.txt')];
const december2026 = () => new Date('2026-12-04T12:00:00+08:00');

for (const [backend, open] of backends) {
  test(`${backend}: plans by period, succession and the period refusal over HTTP`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      await importPlans(plans, { db, by: 'test' });
      // no account yet: the local single-user tool acts as admin
      const app = createApp({ db, now: december2026 });
      const post = (body: unknown) => app.request('/api/observations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

      const byPeriod = await app.request(`/api/plans/${encodeURIComponent('连云港市 十四五')}`);
      assert.equal(byPeriod.status, 200);
      assert.equal(((await byPeriod.json()) as { id: number }).id, 1);

      assert.equal((await post({ region: '连云港市', indicator: '常住人口城镇化率', year: 2025, value: 66.8 })).status, 201);
      const future = await post({ region: '连云港市', indicator: '常住人口城镇化率', year: 2027, value: 68 });
      assert.equal(future.status, 400);
      const refused = (await future.json()) as { error: string; message: string; details: { field: string } };
      assert.deepEqual([refused.error, refused.details.field], ['invalid-input', 'year']);
      assert.match(refused.message, /2027 年尚未到来/);
      assert.equal((await post({ region: '连云港市', indicator: '常住人口城镇化率', year: 2027, value: 68, note: '预计' })).status, 201);
      assert.equal((await post({ region: '连云港市', indicator: '常住人口城镇化率', year: 2031, value: 70, forecast: true })).status, 400);

      const response = await app.request(`/api/plans/2/succession`);
      assert.equal(response.status, 200);
      const s = (await response.json()) as { previous: { earlier: { id: number; period: string }; carried: Array<{ later: { name: string }; note: string | null }>; added: unknown[]; dropped: unknown[] } };
      assert.deepEqual([s.previous.earlier.id, s.previous.earlier.period, s.previous.carried.length, s.previous.added.length, s.previous.dropped.length], [1, '十四五', 8, 4, 12]);
      assert.match(s.previous.carried.find((r) => r.later.name === '常住人口城镇化率')!.note!, /66\.5 与十四五期末（2025 年）监测值 66\.8 不一致/);
      const spec = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
      assert.ok(spec.paths['/api/plans/{plan}/succession']);
    } finally {
      await db.close();
    }
  });
}
