import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/server/app.ts';
import { importPlans } from '../../src/services/index.ts';
import { appWithUsers } from './harness.ts';
import { backends } from './backends.ts';

const seed = join(import.meta.dirname, '..', '..', 'examples', 'plans', '000_6672659702fb4163.txt');

const hostileReads = [
  '/api/plans/99999999999999999999', '/api/plans/2147483648/indicators', '/api/cascade?plan=99999999999',
  '/api/plans/1%00', '/api/plans/%00/boxes', '/api/observations?region=%00', '/api/audit?entity=%00', '/api/search?q=a%00',
  '/api/plans/1/evaluation?asOf=99999999999',
];
const hostileWrites: Array<[string, unknown]> = [
  ['/api/observations', { region: '连云港\u0000市', indicator: '常住人口城镇化率', year: 2023, value: 1 }],
  ['/api/plans/1/assignments', { kind: 'indicator', item: '常住人口城镇化率\u0000', department: '市发改委' }],
  ['/api/users', { name: 'a\u0000b', role: 'viewer', password: 'password\u0000' }],
];

for (const [backend, open] of backends) {
  test(`${backend}: huge ids, NUL bytes and Origin: null get a 4xx JSON answer, never a 500`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      await importPlans([seed], { db, by: 'test' });
      const { login } = await appWithUsers(db);
      const admin = await login('admin');
      const statuses: number[] = [];
      const expect4xx = async (what: string, response: Response) => {
        const body = (await response.json()) as { error: string; message: string };
        statuses.push(response.status);
        assert.ok(response.status >= 400 && response.status < 500, `${what}: ${response.status} ${body.message}`);
        assert.match(body.message, /[\u4e00-\u9fff]/, what);
      };
      for (const path of hostileReads) await expect4xx(path, await admin.request(path));
      for (const [path, json] of hostileWrites) await expect4xx(path, await admin.request(path, { method: 'POST', json }));
      const user = { name: 'planner', role: 'viewer', password: 'planner-pass' };
      await expect4xx('Origin: null', await admin.request('/api/users', { method: 'POST', json: user, headers: { origin: 'null' } }));
      assert.equal(statuses.length, hostileReads.length + hostileWrites.length + 1);
      const [{ n }] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE name <> ALL('{admin,editor,viewer}')");
      assert.equal(n, 0);
    } finally {
      await db.close();
    }
  });
}

test('an unknown /api path is a 404 JSON even when the web app is served', async () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'plantrack-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>PlanTrack</title>');
  const { openDatabase } = await import('../../src/storage/index.ts');
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    const app = createApp({ db, webRoot });
    const unknown = await app.request('/api/no-such-thing');
    assert.equal(unknown.status, 404);
    assert.equal(((await unknown.json()) as { error: string }).error, 'not-found');
    assert.equal((await app.request('/api/plans/1/no-such-part', { method: 'POST' })).status, 404);
    const page = await app.request('/some/page');
    assert.equal(page.status, 200);
    assert.match(await page.text(), /PlanTrack/);
  } finally {
    await db.close();
    rmSync(webRoot, { recursive: true, force: true });
  }
});

test('a Host header other than the names the server is bound under is refused (DNS rebinding)', async () => {
  const { openDatabase } = await import('../../src/storage/index.ts');
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    const app = createApp({ db, allowedHosts: ['127.0.0.1', 'localhost', '::1'] });
    const rebound = await app.request('http://evil.example:8080/api/session', { headers: { host: 'evil.example:8080' } });
    assert.equal(rebound.status, 403);
    assert.match(((await rebound.json()) as { message: string }).message, /evil\.example/);
    for (const host of ['127.0.0.1:8080', 'localhost:8080', '[::1]:8080']) {
      assert.equal((await app.request('/api/session', { headers: { host } })).status, 200, host);
    }
  } finally {
    await db.close();
  }
});
