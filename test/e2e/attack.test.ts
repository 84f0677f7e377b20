import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/command.ts';
import { hasChromium, requireSystem } from '../support/system.ts';
import { launchChromium } from './browser.ts';
import { fillPath, operations, visitor, type Visitor } from './attack-client.ts';
import { startRealServer } from './server-process.ts';

const open = new Set(['POST /api/login', 'POST /api/logout']);
const sqlPayloads = ["'", "' OR '1'='1", "1; DROP TABLE users;--", '") OR 1=1--', "%' --", '\\', "1' UNION SELECT password_hash FROM users--", '1)); DELETE FROM plans;--'];
const xss = (n: number) => `<img src=x onerror="__xss(${n})"><script>__xss(${n})</script>"'><svg onload=__xss(${n})>`;

/** `plantrack user …` run in this process against the data folder the server holds. */
async function cli(args: string[], data: string) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), env: { PLANTRACK_DATABASE_URL: '', PLANTRACK_PASSWORD: 'attack-pass' }, cwd: process.cwd(), isTTY: false };
  const code = await main([...args, '--data', data], io);
  return { code, ...out };
}

/** A valid body for each write, so that a refusal is about who asks, not what was sent. */
function bodyFor(method: string, path: string): unknown {
  const bodies: Record<string, unknown> = {
    'POST /api/observations': { region: '连云港市', indicator: '常住人口城镇化率', year: 2022, value: 64 },
    'POST /api/plans/{plan}/corrections': { row: '常住人口城镇化率', field: 'target', value: '70', reason: '攻击' },
    'POST /api/plans/{plan}/assignments': { kind: 'indicator', item: '常住人口城镇化率', department: '市统计局' },
    'POST /api/plans/{plan}/box-progress': { item: '常住人口城镇化率', milestone: '完成', date: '2023-01-01' },
    'PATCH /api/catalog/{id}': { unit: '%' },
    'POST /api/users': { name: 'intruder', role: 'admin', password: 'intruder-pass' },
    'PATCH /api/users/{id}': { role: 'viewer' },
    'POST /api/users/{id}/grants': { plan: '1' },
  };
  if (method === 'POST' && path === '/api/plans') {
    const form = new FormData();
    form.set('file', new File(['南通市“十四五”测试规划\n第一章 总则\n'], 'attack.txt'));
    return form;
  }
  return bodies[`${method} ${path}`] ?? (method === 'DELETE' ? undefined : {});
}

test('an attack on the running server: every write refused to strangers, viewers and editors of another plan; SQL metacharacters and stored XSS do nothing', { timeout: 900_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-attack-'));
  const data = join(dir, 'data');
  const server = await startRealServer(data);
  try {
    const made = await cli(['user', 'add', `访客${xss(1)}`, '--role', 'viewer', '--department', xss(2)], data);
    assert.equal(made.code, 0, made.stderr);
    assert.match(made.stderr, /经由服务器 http:\/\/127\.0\.0\.1/);
    const editorMade = await cli(['user', 'add', '海州填报员', '--role', 'editor', '--plan', '海州区'], data);
    assert.equal(editorMade.code, 0, editorMade.stderr);
    const unknown = await cli(['user', 'grant', '海州填报员', '--plan', '海洲区'], data);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /相近的地区：.*连云港市海州区/);
    const halfMade = await cli(['user', 'add', '半成品', '--role', 'editor', '--plan', '海州区', '--plan', '火星市'], data);
    assert.equal(halfMade.code, 1, 'a refused grant refuses the whole account, also through the server');
    assert.match(halfMade.stderr, /找不到规划 "火星市"/);

    const admin = await visitor(server.url, 'admin', 'plantrack-demo');
    const visitors: Visitor[] = [await visitor(server.url, '匿名'), await visitor(server.url, `访客${xss(1)}`, 'attack-pass'), await visitor(server.url, '海州填报员', 'attack-pass')];
    const users = (await (await admin.request('GET', '/api/users')).json()) as Array<{ id: number; name: string }>;
    const catalogId = ((await (await admin.request('GET', '/api/catalog')).json()) as Array<{ id: string }>)[0].id;
    const params = { plan: '1', id: String(users.find((u) => u.name === 'admin')!.id), grant: '1' };
    const auditCount = async () => ((await (await admin.request('GET', '/api/audit?limit=1000')).json()) as unknown[]).length;
    const before = await auditCount();

    const routes = await operations(server.url);
    const writes = routes.filter((r) => r.method !== 'GET' && !open.has(`${r.method} ${r.path}`));
    let refused = 0;
    const accepted: string[] = [];
    for (const who of visitors) {
      for (const route of writes) {
        const path = fillPath(route.path, route.path.startsWith('/api/catalog') ? { ...params, id: catalogId } : params);
        const response = await who.request(route.method, path, bodyFor(route.method, route.path));
        if (response.status >= 400 && response.status < 500) refused++;
        else accepted.push(`${who.name.slice(0, 6)} ${route.method} ${path} → ${response.status}`);
      }
    }
    const anonymousReads = routes.filter((r) => r.method === 'GET' && !['/api/session', '/api/openapi.json'].includes(r.path));
    let readsRefused = 0;
    for (const route of anonymousReads) if ((await visitors[0].request('GET', fillPath(route.path, params))).status === 401) readsRefused++;
    console.log(`attack: ${writes.length} write routes × ${visitors.length} visitors (anonymous, viewer, editor of another plan): ${refused} refused, ${accepted.length} accepted`);
    console.log(`attack: ${anonymousReads.length} read routes without a session: ${readsRefused} refused (401)`);
    assert.deepEqual(accepted, []);
    assert.equal(readsRefused, anonymousReads.length);
    assert.equal(await auditCount(), before, 'a refused write left a trace in the audit log');

    let sqlRequests = 0;
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.method === 'GET')) {
      for (const name of [...route.pathParams, ...route.queryParams]) {
        for (const payload of sqlPayloads) {
          const values = { ...params, [name]: payload };
          const query = route.queryParams.map((q) => `${q}=${encodeURIComponent(values[q as keyof typeof values] ?? (q === name ? payload : '常住人口城镇化率'))}`).join('&');
          const response = await visitors[1].request('GET', `${fillPath(route.path, values)}${query ? `?${query}` : ''}`);
          sqlRequests++;
          if (response.status >= 500) failures.push(`GET ${route.path} ${name}=${payload} → ${response.status}`);
        }
      }
    }
    const plansAfter = ((await (await admin.request('GET', '/api/plans')).json()) as unknown[]).length;
    const usersAfter = ((await (await admin.request('GET', '/api/users')).json()) as unknown[]).length;
    console.log(`attack: ${sqlRequests} requests with SQL metacharacters in every GET parameter: ${failures.length} answered 5xx; plans ${plansAfter}, users ${usersAfter} afterwards`);
    assert.deepEqual(failures, []);
    assert.equal(plansAfter, 5);
    assert.equal(usersAfter, users.length);
    assert.ok(!users.some((u) => u.name === '半成品'), 'the refused account was not created');

    const loggedOut = await cli(['user', 'logout-all', '海州填报员'], data);
    assert.equal(loggedOut.code, 0, loggedOut.stderr);
    assert.match(loggedOut.stdout, /已结束用户 海州填报员 的 1 个登录会话/);
    const session = (await (await visitors[2].request('GET', '/api/session')).json()) as { user: unknown };
    assert.equal(session.user, null, 'a revoked session no longer identifies its user');

    if (!requireSystem(t, hasChromium(), 'chromium')) return;
    await storeXssPayloads(admin, catalogId);
    const browser = await launchChromium();
    try {
      const { loads, fired } = await openPagesWithProbe(browser, server.url);
      console.log(`attack: ${loads} page loads with stored XSS payloads: ${fired.length} script executions`);
      assert.deepEqual(fired, []);
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Every text a user or a document can set, carrying a payload that calls __xss if it ever runs. */
async function storeXssPayloads(admin: Visitor, catalogId: string) {
  const form = new FormData();
  form.set('file', new File([`${xss(3)}市“十四五”新型城镇化规划\n第一章 ${xss(4)}\n主要指标：${xss(5)}达到 70%。\n`], 'xss.txt'));
  const writes: Array<[string, string, unknown]> = [
    ['POST', '/api/plans', form],
    ['POST', '/api/observations', { region: '连云港市', indicator: '常住人口城镇化率', year: 2022, value: 63, note: xss(6), source_title: xss(7) }],
    ['POST', '/api/observations', { region: '连云港市', indicator: xss(8), year: 2022, value: 1 }],
    ['PATCH', `/api/catalog/${catalogId}`, { synonyms: [xss(9)], department: xss(10) }],
    ['POST', '/api/plans/1/assignments', { kind: 'indicator', item: '常住人口城镇化率', department: xss(11) }],
  ];
  for (const [method, path, body] of writes) {
    const response = await admin.request(method, path, body);
    console.log(`attack: stored payload ${method} ${path} → ${response.status}`);
  }
}

async function openPagesWithProbe(browser: Awaited<ReturnType<typeof launchChromium>>, base: string) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  await context.addInitScript(() => {
    (window as unknown as { __xss: (n: number) => void }).__xss = (n) => (document.title = `XSS-${n}`);
  });
  const page = await context.newPage();
  const fired: string[] = [];
  page.on('dialog', (dialog) => void dialog.dismiss().then(() => fired.push(`dialog on ${page.url()}`)));
  await page.goto(`${base}/#/login`);
  await page.fill('input[name=name]', 'admin');
  await page.fill('input[name=password]', 'plantrack-demo');
  await page.click('form.login button[type=submit]');
  await page.waitForSelector('table.grid');
  const plans = (await page.evaluate(async () => (await (await fetch('/api/plans')).json()) as Array<{ id: number }>)).map((p) => p.id);
  const hashes = ['#/', '#/audit', '#/catalog', '#/tasks', '#/topics', '#/users', `#/search?q=${encodeURIComponent(xss(12))}`, `#/compare?indicator=${encodeURIComponent(xss(13))}`,
    ...plans.flatMap((id) => [`#/plans/${id}`, `#/plans/${id}/reader`, `#/plans/${id}/entry`, `#/plans/${id}/indicators/${encodeURIComponent('常住人口城镇化率')}`]),
    `#/plans/1/indicators/${encodeURIComponent(xss(8))}`];
  for (const hash of hashes) {
    await page.goto(`${base}/${hash}`);
    await page.waitForLoadState('networkidle');
    const title = await page.title();
    if (title.startsWith('XSS-')) fired.push(`${title} on ${hash}`);
  }
  await context.close();
  return { loads: hashes.length, fired };
}
