import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appWithUsers, type Client } from './harness.ts';
import { backends } from './backends.ts';
import { grantEditor } from '../../src/services/grants.ts';
import { auditActionLabels, auditEntityLabels } from '../../src/domain/index.ts';

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

const nantong = join(import.meta.dirname, '..', '..', 'examples', 'plans', '001_7c17e6fcf30f2c99.txt');

/** The 南通 plan read and kept as a draft (待核对) through the preview, as the web's 暂存为待核对 does. */
async function draftUpload(client: Client): Promise<number> {
  const form = new FormData();
  form.append('file', new File([readFileSync(nantong, 'utf8')], '001_7c17e6fcf30f2c99.txt'));
  const preview = await client.request('/api/plans/preview', { method: 'POST', body: form });
  assert.equal(preview.status, 200, await preview.clone().text());
  const { token } = (await preview.json()) as { token: string };
  const stored = await client.request('/api/plans/confirm', { method: 'POST', json: { token, draft: true } });
  assert.equal(stored.status, 201, await stored.clone().text());
  return ((await stored.json()) as { planId: number }).planId;
}

for (const [backend, open] of backends) {
  test(`${backend}: a draft stays out of the overview, dashboard, comparison, cascade and search until confirmed; a writer withdraws a correction and a 专栏 progress record, an admin restores them`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      const { login } = await appWithUsers(db);
      const admin = await login('admin');
      const plan = (await upload(admin, '000_6672659702fb4163.txt', readFileSync(seed, 'utf8'))).planId;
      await grantEditor(db, 'editor', { plan: String(plan) });
      const [editor, viewer] = [await login('editor'), await login('viewer')];
      const get = async <T>(path: string): Promise<T> => {
        const response = await admin.request(path);
        assert.equal(response.status, 200, `${path}: ${await response.clone().text()}`);
        return (await response.json()) as T;
      };
      const counted = async () => ({
        overview: (await get<Array<{ plan: { id: number } }>>('/api/overview')).map((r) => r.plan.id),
        dashboard: (await get<{ rows: Array<{ plan: { id: number } }> }>('/api/dashboard')).rows.map((r) => r.plan.id),
        compare: (await get<{ rows: Array<{ plan: { id: number } }> }>(`/api/compare?indicator=${encodeURIComponent('常住人口城镇化率')}`)).rows.map((r) => r.plan.id),
        // the 连云港 plan names 南通 too: only whether the 南通 plan is found matters
        search: [...new Set((await get<{ hits: Array<{ plan: { id: number } }> }>(`/api/search?q=${encodeURIComponent('南通')}`)).hits.map((h) => h.plan.id))].filter((id) => id !== plan),
      });
      const draft = await draftUpload(admin);
      assert.equal((await get<{ state: string }>(`/api/plans/${draft}`)).state, 'draft');
      assert.deepEqual(await counted(), { overview: [plan], dashboard: [plan], compare: [plan], search: [] });
      const cascade = await admin.request(`/api/cascade?plan=${draft}`);
      assert.deepEqual([cascade.status, ((await cascade.json()) as { message: string }).message.includes('待核对')], [409, true]);
      assert.equal((await editor.request(`/api/plans/${draft}/confirm`, { method: 'POST' })).status, 403, 'the editor may write 连云港市 only');
      const confirmed = await admin.request(`/api/plans/${draft}/confirm`, { method: 'POST' });
      assert.deepEqual([confirmed.status, ((await confirmed.json()) as { state: string }).state], [200, 'current']);
      const after = await counted();
      assert.deepEqual([after.overview, after.dashboard, after.compare.sort(), after.search], [[plan, draft], [plan, draft], [plan, draft], [draft]]);

      const target = async () => (await get<{ indicators: Array<{ name: string; target: { raw: string } | null }> }>(`/api/plans/${plan}/indicators`))
        .indicators.find((i) => i.name === '常住人口城镇化率')?.target?.raw;
      const corrected = await editor.request(`/api/plans/${plan}/corrections`, { method: 'POST', json: { row: '常住人口城镇化率', field: 'target', value: '72' } });
      assert.equal(corrected.status, 200, await corrected.clone().text());
      const [correction] = await get<Array<{ id: number }>>(`/api/plans/${plan}/corrections`);
      const [item] = await get<Array<{ id: number }>>(`/api/plans/${plan}/boxes`);
      const recorded = await editor.request(`/api/plans/${plan}/box-progress`, { method: 'POST', json: { item_id: item.id, milestone: '在建', date: '2024-03-01' } });
      assert.equal(recorded.status, 201, await recorded.clone().text());
      const progress = ((await recorded.json()) as { id: number }).id;

      const withdraw = (client: Client, kind: string, id: number, reason?: string) =>
        client.request(`/api/records/${kind}/${id}/withdraw`, { method: 'POST', json: reason === undefined ? {} : { reason } });
      const restore = (client: Client, kind: string, id: number) => client.request(`/api/records/${kind}/${id}/restore`, { method: 'POST' });
      for (const [kind, id] of [['correction', correction.id], ['box-progress', progress]] as const) {
        assert.equal((await withdraw(viewer, kind, id, '看错行')).status, 403, `${kind}: a viewer may not withdraw`);
        assert.equal((await withdraw(editor, kind, id)).status, 400, `${kind}: a reason is required`);
        assert.equal((await withdraw(editor, kind, id, '看错行')).status, 200, `${kind}: its writer withdraws it`);
        assert.equal((await restore(editor, kind, id)).status, 403, `${kind}: only an admin restores`);
      }
      assert.equal(await target(), '70');
      const withdrawnCorrection = (await get<Array<{ id: number; withdrawal: { reason: string; by: string } | null }>>(`/api/plans/${plan}/corrections`))[0];
      assert.deepEqual(withdrawnCorrection.withdrawal && [withdrawnCorrection.withdrawal.reason, withdrawnCorrection.withdrawal.by], ['看错行', 'editor']);
      const boxes = async () => (await get<Array<{ id: number; progress: unknown[]; withdrawn: Array<{ withdrawal: { reason: string } }> }>>(`/api/plans/${plan}/boxes`)).find((i) => i.id === item.id)!;
      assert.deepEqual([(await boxes()).progress.length, (await boxes()).withdrawn.map((p) => p.withdrawal.reason)], [0, ['看错行']]);

      assert.equal((await restore(admin, 'correction', correction.id)).status, 200);
      assert.equal((await restore(admin, 'box-progress', progress)).status, 200);
      assert.equal(await target(), '72');
      assert.deepEqual([(await boxes()).progress.length, (await boxes()).withdrawn.length], [1, 0]);
      const audit = await get<Array<{ action: string; entity: string; by: string }>>('/api/audit?limit=50');
      assert.deepEqual(audit.filter((a) => ['withdraw', 'reinstate', 'confirm'].includes(a.action)).map((a) => `${a.by} ${auditActionLabels[a.action]} ${auditEntityLabels[a.entity]}`).reverse(),
        ['admin 确认 规划', 'editor 撤回 指标', 'editor 撤回 专栏项目', 'admin 恢复 指标', 'admin 恢复 专栏项目']);
    } finally {
      await db.close();
    }
  });
}
