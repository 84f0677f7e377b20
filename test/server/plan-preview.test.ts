import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appWithUsers, type Client } from './harness.ts';
import { backends } from './backends.ts';

const seed = join(import.meta.dirname, '..', '..', 'examples', 'plans', '004_cc525a364f434966.txt');

interface Row { id: string; table: string; name: string; baseline: { raw: string } | null; target: { raw: string } | null }
interface Preview { token: string; preview: { plan: { title: string | null; period: unknown }; tables: Array<{ caption: string; confidence?: number }>; rows: Row[]; boxes: unknown[]; reviewNotes: string[]; carried: Array<{ row: string; status: string }>; previous: { id: number } | null } }

async function preview(client: Client, name: string, bytes: string): Promise<Preview> {
  const form = new FormData();
  form.append('file', new File([bytes], name));
  const response = await client.request('/api/plans/preview', { method: 'POST', body: form });
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as Preview;
}

const count = async (client: Client) => ((await (await client.request('/api/plans')).json()) as unknown[]).length;

for (const [backend, open] of backends) {
  test(`${backend}: a previewed plan is stored only when confirmed, with each edit a correction, and a new version shows them carried over`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      const { login } = await appWithUsers(db);
      const [admin, viewer] = [await login('admin'), await login('viewer')];
      const text = readFileSync(seed, 'utf8');
      const first = await preview(admin, '泰州.txt', text);
      assert.equal(first.preview.plan.title, '泰州市“十四五”新型城镇化规划');
      assert.ok(first.preview.rows.length >= 10 && first.preview.tables[0].confidence !== undefined && first.preview.boxes.length > 0);
      assert.deepEqual(first.preview.reviewNotes, []);
      assert.equal(await count(admin), 0, 'a preview stores nothing');
      const [r0, r1] = first.preview.rows;
      const table = r0.table;
      const edits = [
        { kind: 'cell', row: r0.id, field: 'target', value: '75' },
        { kind: 'cell', row: r1.id, field: 'name', value: `${r1.name}（修正）` },
        { kind: 'column-role', table, from: 'baseline', to: 'target' },
      ];
      const edited = (await (await admin.request(`/api/plans/preview/${first.token}`, { method: 'POST', json: { edits } })).json()) as Preview;
      assert.deepEqual([edited.preview.rows[0].baseline?.raw, edited.preview.rows[1].name], ['75', `${r1.name}（修正）`]);
      const bad = await admin.request(`/api/plans/preview/${first.token}`, { method: 'POST', json: { edits: [{ kind: 'delete-row', row: 'r999' }] } });
      assert.equal(bad.status, 400);
      assert.match(((await bad.json()) as { message: string }).message, /第 1 项修改：预览中没有编号为 r999 的行/);
      assert.equal((await viewer.request('/api/plans/confirm', { method: 'POST', json: { token: first.token, edits } })).status, 403);
      const confirmed = await admin.request('/api/plans/confirm', { method: 'POST', json: { token: first.token, edits } });
      assert.equal(confirmed.status, 201, await confirmed.clone().text());
      const stored = (await confirmed.json()) as { planId: number; state: string; status: string };
      assert.deepEqual([stored.status, stored.state], ['imported', 'current']);
      const { indicators } = (await (await admin.request(`/api/plans/${stored.planId}/indicators`)).json()) as { indicators: Row[] };
      assert.deepEqual([indicators[0].baseline?.raw, indicators[1].name], ['75', `${r1.name}（修正）`]);
      assert.equal((await admin.request('/api/plans/confirm', { method: 'POST', json: { token: first.token } })).status, 404);
      const revised = await preview(admin, '泰州（修订）.txt', `${text}\n（2022年修订）\n`);
      assert.equal(revised.preview.previous?.id, stored.planId);
      assert.deepEqual(revised.preview.carried.map((c) => c.status), ['carried', 'carried', 'carried']);
      assert.equal(revised.preview.rows[1].name, `${r1.name}（修正）`);
      const junk = await preview(admin, 'junk.txt', '这不是一个规划，只是一行字。');
      assert.ok(junk.preview.reviewNotes.some((n) => /规划期/.test(n)));
      const draft = (await (await admin.request('/api/plans/confirm', { method: 'POST', json: { token: junk.token } })).json()) as { state: string };
      assert.equal(draft.state, 'draft');
      assert.equal((await admin.request('/api/overview')).status, 200);
    } finally {
      await db.close();
    }
  });
}
