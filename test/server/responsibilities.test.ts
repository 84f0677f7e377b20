import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appWithUsers } from './harness.ts';
import { backends } from './backends.ts';

const seed = join(import.meta.dirname, '..', '..', 'examples', 'plans', '000_6672659702fb4163.txt');

interface Task {
  kind: string;
  item: string;
  department: string;
  state: string;
}

for (const [backend, open] of backends) {
  test(`${backend}: lead departments, 专栏 progress and a department's stale and current tasks`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      const { login } = await appWithUsers(db);
      const admin = await login('admin');
      const form = new FormData();
      form.append('file', new File([readFileSync(seed)], '000_6672659702fb4163.txt'));
      assert.equal((await admin.request('/api/plans', { method: 'POST', body: form })).status, 201);

      const assign = { kind: 'indicator', item: '常住人口城镇化率', department: '市发改委' };
      assert.equal((await (await login('viewer')).request('/api/plans/连云港市/assignments', { method: 'POST', json: assign })).status, 403);
      assert.equal((await admin.request('/api/plans/连云港市/assignments', { method: 'POST', json: assign })).status, 204);
      const boxes = (await (await admin.request('/api/plans/连云港市/boxes')).json()) as Array<{ key: string }>;
      assert.ok(boxes.length > 0);
      const item = boxes[0].key;
      assert.equal((await admin.request('/api/plans/连云港市/assignments', { method: 'POST', json: { kind: 'box-item', item, department: '市发改委' } })).status, 204);

      const tasks = async () => (await (await admin.request(`/api/tasks?department=${encodeURIComponent('市发改委')}`)).json()) as Task[];
      assert.deepEqual((await tasks()).map((x) => [x.kind, x.state]), [['indicator', 'stale'], ['box-item', 'stale']]);

      const lastYear = new Date().getFullYear() - 1;
      const observed = await admin.request('/api/observations', { method: 'POST', json: { region: '连云港市', indicator: '常住人口城镇化率', year: lastYear, value: 64 } });
      assert.equal(observed.status, 201);
      const wrongWord = await admin.request('/api/plans/连云港市/box-progress', { method: 'POST', json: { item, milestone: '差不多', date: `${lastYear + 1}-03-01` } });
      assert.equal(wrongWord.status, 400);
      assert.equal(((await wrongWord.json()) as { details: { field: string } }).details.field, 'milestone');
      const progress = { item, milestone: '在建', date: `${lastYear + 1}-03-01`, note: '主体工程完成 60%', evidence_url: 'https://example.org/evidence' };
      assert.equal((await admin.request('/api/plans/连云港市/box-progress', { method: 'POST', json: progress })).status, 201);
      assert.deepEqual((await tasks()).map((x) => x.state), ['current', 'current']);
      const listed = (await (await admin.request('/api/plans/连云港市/boxes')).json()) as Array<{ key: string; department: string; progress: Array<{ milestone: string }> }>;
      assert.deepEqual([listed[0].department, listed[0].progress.map((p) => p.milestone)], ['市发改委', ['在建']]);
      const audit = (await (await admin.request('/api/audit')).json()) as Array<{ action: string; entity: string }>;
      assert.ok(audit.some((a) => a.action === 'assign' && a.entity === 'indicator'));
      assert.ok(audit.some((a) => a.action === 'progress' && a.entity === 'box-item'));
    } finally {
      await db.close();
    }
  });
}
