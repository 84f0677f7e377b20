import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { grantEditor } from '../../src/services/grants.ts';
import { appWithUsers, type Client } from './harness.ts';
import { backends } from './backends.ts';

const seed = join(import.meta.dirname, '..', '..', 'examples', 'plans', '000_6672659702fb4163.txt');
const name = '常住人口城镇化率';

interface Judged {
  name: string;
  status: string;
  latest: { year: number; value: number } | null;
}

async function upload(client: Client, file: string) {
  const form = new FormData();
  form.append('file', new File([readFileSync(file)], '000_6672659702fb4163.txt'));
  return client.request('/api/plans', { method: 'POST', body: form });
}

for (const [backend, open] of backends) {
  test(`${backend}: an uploaded plan is read back, observed, revised with its version, evaluated, corrected and reported`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      const { login } = await appWithUsers(db);
      const admin = await login('admin');
      const imported = await upload(admin, seed);
      assert.equal(imported.status, 201);
      const [result] = (await imported.json()) as Array<{ status: string; planId: number }>;
      assert.equal(result.status, 'imported');

      const { indicators } = (await (await admin.request('/api/plans/连云港市/indicators')).json()) as { indicators: Array<{ name: string; line: number; target: { raw: string } }> };
      const row = indicators.find((i) => i.name === name)!;
      assert.equal(row.target.raw, '70');
      const lines = (await (await admin.request(`/api/plans/连云港市/text?from=${row.line}&to=${row.line}`)).json()) as Array<{ text: string }>;
      assert.match(lines[0].text, /常住人口城镇化率/);
      assert.ok(((await (await admin.request('/api/plans/连云港市/outline')).json()) as unknown[]).length > 3);

      const body = { region: '连云港市', indicator: name, year: 2022, value: 63.08, source_title: '2022年连云港市统计公报' };
      assert.equal((await admin.request('/api/observations', { method: 'POST', json: body })).status, 201);
      const stale = await admin.request('/api/observations', { method: 'POST', json: { ...body, value: 63.5, expected_version: 0 } });
      assert.equal(stale.status, 409);
      assert.match(((await stale.json()) as { message: string }).message, /63\.08/);
      const current = ((await (await admin.request(`/api/observations?region=连云港市&indicator=${name}`)).json()) as Array<{ version: number }>)[0];
      assert.equal((await admin.request('/api/observations', { method: 'POST', json: { ...body, value: 63.5, expected_version: current.version } })).status, 201);
      const history = (await (await admin.request(`/api/observations/history?region=连云港市&indicator=${name}`)).json()) as Array<{ revisions: unknown[] }>;
      assert.equal(history[0].revisions.length, 1);

      const evaluation = (await (await admin.request('/api/plans/连云港市/evaluation?method=time-progress')).json()) as { asOf: number; indicators: Judged[] };
      const judged = evaluation.indicators.find((i) => i.name === name)!;
      assert.deepEqual(judged.latest && [judged.latest.year, judged.latest.value], [2022, 63.5]);
      assert.notEqual(judged.status, 'no-data');
      const badMethod = await admin.request('/api/plans/连云港市/evaluation?method=guess');
      assert.equal(badMethod.status, 400);
      assert.equal(((await badMethod.json()) as { details: { field: string } }).details.field, 'method');

      const corrected = await admin.request('/api/plans/连云港市/corrections', { method: 'POST', json: { row: name, field: 'target', value: '71', reason: '核对原文' } });
      assert.equal(corrected.status, 200);
      assert.equal(((await corrected.json()) as { indicator: { target: { raw: string } } }).indicator.target.raw, '71', 'the answer shows the corrected row');
      const after = (await (await admin.request('/api/plans/连云港市/indicators')).json()) as { indicators: Array<{ name: string; target: { raw: string } }> };
      assert.equal(after.indicators.find((i) => i.name === name)!.target.raw, '71');
      const audit = (await (await admin.request('/api/audit')).json()) as Array<{ by: string; action: string }>;
      assert.ok(audit.some((a) => a.action === 'correct' && a.by === 'admin'));

      const report = await admin.request('/api/plans/连云港市/report?format=html');
      assert.equal(report.status, 200);
      assert.match(report.headers.get('content-disposition') ?? '', /^inline; filename\*=UTF-8''.*\.html/, 'the HTML report is shown, not downloaded');
      assert.match(await report.text(), /常住人口城镇化率/);
      const deck = await admin.request('/api/plans/连云港市/report?format=pptx&preparedBy=连云港市发展和改革委员会');
      assert.equal(deck.status, 200);
      assert.equal(deck.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
      assert.match(deck.headers.get('content-disposition') ?? '', /^attachment; filename\*=UTF-8''.*%E6%B1%87%E6%8A%A5\.pptx/);
      assert.equal(Buffer.from(await deck.arrayBuffer()).subarray(0, 2).toString(), 'PK');
      const missing = await admin.request('/api/plans/不存在市/indicators');
      assert.equal(missing.status, 404);
      assert.equal(((await missing.json()) as { error: string }).error, 'not-found');

      await grantEditor(db, 'editor', { plan: '连云港市' });
      const editor = await login('editor');
      assert.equal((await editor.request('/api/observations', { method: 'POST', json: { ...body, year: 2023, value: 64 } })).status, 201);
      assert.equal((await upload(editor, seed)).status, 403);
      // the grant names the region; a write addressed by the plan's id is the same plan
      const byId = await editor.request(`/api/plans/${result.planId}/corrections`, { method: 'POST', json: { row: name, field: 'target', value: '70', reason: '复核' } });
      assert.equal(byId.status, 200);
      assert.equal((await (await login('viewer')).request(`/api/plans/${result.planId}/corrections`, { method: 'POST', json: { row: name, field: 'target', value: '1' } })).status, 403);
    } finally {
      await db.close();
    }
  });
}
