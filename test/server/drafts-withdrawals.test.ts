import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appWithUsers, type Client } from './harness.ts';
import { backends } from './backends.ts';

const seed = join(import.meta.dirname, '..', '..', 'examples', 'plans', '000_6672659702fb4163.txt');

async function upload(client: Client, name: string, bytes: string) {
  const form = new FormData();
  form.append('file', new File([bytes], name));
  const response = await client.request('/api/plans', { method: 'POST', body: form });
  assert.equal(response.status, 201, await response.clone().text());
  return ((await response.json()) as Array<{ planId: number; state: string; reviewNotes: string[] }>)[0];
}

interface PlanRow { id: number; state: string; reviewNotes: string[]; withdrawal: { reason: string } | null }

for (const [backend, open] of backends) {
  test(`${backend}: junk uploads as a draft listed with its issues, the overview still answers, and records are withdrawn and restored`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      const { login } = await appWithUsers(db);
      const [admin, editor] = [await login('admin'), await login('editor')];
      const plan = await upload(admin, '000_6672659702fb4163.txt', readFileSync(seed, 'utf8'));
      const junk = await upload(admin, 'junk.txt', '这不是一个规划，只是一行字。');
      assert.equal(junk.state, 'draft');
      const overview = await admin.request('/api/overview');
      assert.equal(overview.status, 200);
      assert.deepEqual(((await overview.json()) as Array<{ plan: { id: number } }>).map((r) => r.plan.id), [plan.planId]);
      const listed = (await (await admin.request('/api/plans')).json()) as PlanRow[];
      assert.deepEqual(listed.map((p) => [p.id, p.state]), [[plan.planId, 'current'], [junk.planId, 'draft']]);
      assert.ok(listed[1].reviewNotes.includes('没有读到指标表'));

      const posted = await admin.request('/api/observations', { method: 'POST', json: { region: '连云港市', indicator: '常住人口城镇化率', year: 2022, value: 63.1 } });
      const { observation } = (await posted.json()) as { observation: { id: number } };
      const withdraw = (client: Client, kind: string, id: number, reason?: string) =>
        client.request(`/api/records/${kind}/${id}/withdraw`, { method: 'POST', json: reason === undefined ? {} : { reason } });
      assert.equal((await withdraw(editor, 'observation', observation.id, '口径错误')).status, 403);
      assert.equal((await withdraw(admin, 'observation', observation.id)).status, 400);
      assert.equal((await withdraw(admin, 'observation', 999999, '无')).status, 404);
      assert.equal((await withdraw(admin, 'observation', observation.id, '口径错误')).status, 200);
      assert.equal((await withdraw(admin, 'observation', observation.id, '口径错误')).status, 409);
      assert.deepEqual(await (await admin.request('/api/observations?region=连云港市')).json(), []);
      const history = (await (await admin.request('/api/observations/history?region=连云港市&indicator=常住人口城镇化率')).json()) as Array<{ current: { withdrawal: { reason: string } } }>;
      assert.equal(history[0].current.withdrawal.reason, '口径错误');
      assert.equal((await editor.request(`/api/records/observation/${observation.id}/restore`, { method: 'POST' })).status, 403);
      assert.equal((await admin.request(`/api/records/observation/${observation.id}/restore`, { method: 'POST' })).status, 200);
      assert.equal(((await (await admin.request('/api/observations?region=连云港市')).json()) as unknown[]).length, 1);

      assert.equal((await withdraw(admin, 'plan', plan.planId, '重复导入')).status, 200);
      const after = (await (await admin.request(`/api/plans/${plan.planId}`)).json()) as PlanRow;
      assert.deepEqual([after.state, after.withdrawal?.reason], ['withdrawn', '重复导入']);
      assert.deepEqual(await (await admin.request('/api/overview')).json(), []);
      assert.equal((await admin.request(`/api/records/plan/${plan.planId}/restore`, { method: 'POST' })).status, 200);
      assert.equal(((await (await admin.request('/api/overview')).json()) as unknown[]).length, 1);
      const audit = (await (await admin.request('/api/audit?limit=20')).json()) as Array<{ action: string; entity: string }>;
      assert.deepEqual(audit.filter((a) => ['withdraw', 'reinstate'].includes(a.action)).map((a) => `${a.action}:${a.entity}`).reverse(),
        ['withdraw:observation', 'reinstate:observation', 'withdraw:plan', 'reinstate:plan']);
    } finally {
      await db.close();
    }
  });
}
