import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/server/app.ts';
import { revokeSessions, saveUser } from '../../src/services/accounts.ts';
import { openDatabase } from '../../src/storage/index.ts';
import { appWithUsers, loginAs, type App } from './harness.ts';
import { backends } from './backends.ts';

const tryLogin = (app: App, name: string, password: string, headers: Record<string, string> = {}) =>
  app.request('/api/login', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ name, password }) });

for (const [backend, open] of backends) {
  test(`${backend}: login guessing stops after 5 failures for a name; each failure is audited`, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      const { app } = await appWithUsers(db);
      for (let i = 0; i < 5; i++) assert.equal((await tryLogin(app, 'admin', `guess-${i}`)).status, 401);
      const locked = await tryLogin(app, 'admin', 'admin-pass');
      assert.equal(locked.status, 429);
      assert.match(((await locked.json()) as { message: string }).message, /admin 登录失败次数过多/);
      assert.equal((await tryLogin(app, 'viewer', 'viewer-pass')).status, 200, 'another account from the same address still logs in');
      const [{ n }] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'login-failed' AND entity_id = 'admin'");
      assert.equal(n, 5);
    } finally {
      await db.close();
    }
  });

  test(`${backend}: one address guessing many names is stopped after 20 failures`, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      const { app } = await appWithUsers(db);
      for (let i = 0; i < 20; i++) assert.equal((await tryLogin(app, `nobody-${i}`, 'whatever')).status, 401);
      assert.equal((await tryLogin(app, 'viewer', 'viewer-pass')).status, 429);
    } finally {
      await db.close();
    }
  });

  test(`${backend}: a password change or a revocation ends the user's sessions`, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      const { app, login } = await appWithUsers(db);
      const whoAmI = async (client: Awaited<ReturnType<typeof login>>) =>
        ((await (await client.request('/api/session')).json()) as { user: { name: string } | null }).user?.name ?? null;
      const editor = await login('editor');
      assert.equal(await whoAmI(editor), 'editor');
      await saveUser(db, { name: 'editor', role: 'editor', password: 'new-editor-pass', update: true, by: 'admin' });
      assert.equal(await whoAmI(editor), null);
      const again = await loginAs(app, 'editor', 'new-editor-pass');
      assert.equal(await whoAmI(again), 'editor');
      assert.equal(await revokeSessions(db, 'editor', 'admin'), 1);
      assert.equal(await whoAmI(again), null);

      const admin = await login('admin');
      const users = (await (await admin.request('/api/users')).json()) as Array<{ id: number; name: string }>;
      const editorId = users.find((u) => u.name === 'editor')!.id;
      const third = await loginAs(app, 'editor', 'new-editor-pass');
      const refused = await (await login('viewer')).request(`/api/users/${editorId}/sessions`, { method: 'DELETE' });
      assert.equal(refused.status, 403, 'only an admin ends other people’s sessions');
      assert.equal(await whoAmI(third), 'editor');
      const ended = await admin.request(`/api/users/${editorId}/sessions`, { method: 'DELETE' });
      assert.deepEqual([ended.status, await ended.json()], [200, { ended: 1 }]);
      assert.equal(await whoAmI(third), null);
      assert.equal((await admin.request('/api/users/999999/sessions', { method: 'DELETE' })).status, 404);
      const fourth = await loginAs(app, 'editor', 'new-editor-pass');
      assert.equal((await admin.request(`/api/users/${editorId}`, { method: 'PATCH', json: { password: 'third-editor-pass' } })).status, 200);
      assert.equal(await whoAmI(fourth), null, 'a password reset on 用户管理 ends the sessions');
    } finally {
      await db.close();
    }
  });

  test(`${backend}: a session unused for 8 hours expires; one in use ends 7 days after login`, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      let clock = new Date('2026-12-01T09:00:00+08:00').getTime();
      const app = createApp({ db, now: () => new Date(clock) });
      await saveUser(db, { name: 'clerk', role: 'viewer', password: 'clerk-pass' });
      const whoAmI = async (client: Awaited<ReturnType<typeof loginAs>>) =>
        ((await (await client.request('/api/session')).json()) as { user: { name: string } | null }).user?.name ?? null;
      const hour = 3600_000;
      const idle = await loginAs(app, 'clerk', 'clerk-pass');
      clock += 7 * hour;
      assert.equal(await whoAmI(idle), 'clerk', 'used within 8 hours');
      clock += 7 * hour;
      assert.equal(await whoAmI(idle), 'clerk', 'each use pushes the idle expiry forward');
      clock += 8 * hour + 60_000;
      assert.equal(await whoAmI(idle), null, 'unused for 8 hours');
      const busy = await loginAs(app, 'clerk', 'clerk-pass');
      for (let day = 0; day < 7 * 24 / 6 - 1; day++) {
        clock += 6 * hour;
        assert.equal(await whoAmI(busy), 'clerk');
      }
      clock += 6 * hour;
      assert.equal(await whoAmI(busy), null, 'a session in constant use still ends 7 days after login');
    } finally {
      await db.close();
    }
  });

  test(`${backend}: a refused grant leaves no account and no change behind (POST and PATCH /api/users)`, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      const { login } = await appWithUsers(db);
      const admin = await login('admin');
      const names = async () => ((await (await admin.request('/api/users')).json()) as Array<{ name: string; department: string | null }>);
      const created = await admin.request('/api/users', { method: 'POST', json: { name: '半成品', role: 'editor', password: 'half-pass-1', grants: [{ plan: '火星市' }] } });
      assert.equal(created.status, 404);
      assert.match(((await created.json()) as { message: string }).message, /找不到规划 "火星市"/);
      assert.ok(!(await names()).some((u) => u.name === '半成品'));
      const viewerGrant = await admin.request('/api/users', { method: 'POST', json: { name: '半成品', role: 'viewer', password: 'half-pass-1', grants: [{ plan: '火星市' }] } });
      assert.equal(viewerGrant.status, 400);
      const editorId = (await names() as unknown as Array<{ id: number; name: string }>).find((u) => u.name === 'editor')!.id;
      const changed = await admin.request(`/api/users/${editorId}`, { method: 'PATCH', json: { department: '市统计局', grants: [{ plan: '火星市' }] } });
      assert.equal(changed.status, 404);
      assert.equal((await names()).find((u) => u.name === 'editor')!.department, null, 'the change was not made either');
    } finally {
      await db.close();
    }
  });
}

test('a --public server shows anonymous readers neither the audit log nor the accounts', async () => {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    await appWithUsers(db);
    const publicApp = createApp({ db, public: true });
    assert.equal((await publicApp.request('/api/catalog')).status, 200);
    assert.equal((await publicApp.request('/api/audit')).status, 401);
    assert.equal((await publicApp.request('/api/users')).status, 401);
  } finally {
    await db.close();
  }
});

test('the session cookie is Secure when a trusted proxy says https, and only then', async () => {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    await saveUser(db, { name: 'admin', role: 'admin', password: 'admin-pass' });
    const cookie = async (app: App, headers: Record<string, string>) => (await tryLogin(app, 'admin', 'admin-pass', headers)).headers.get('set-cookie') ?? '';
    const behindProxy = createApp({ db, trustProxy: true });
    assert.match(await cookie(behindProxy, { 'x-forwarded-proto': 'https' }), /Secure/);
    assert.doesNotMatch(await cookie(behindProxy, { 'x-forwarded-proto': 'http' }), /Secure/);
    assert.doesNotMatch(await cookie(createApp({ db }), { 'x-forwarded-proto': 'https' }), /Secure/, 'an untrusted header is ignored');
    assert.match(await cookie(createApp({ db, secure: true }), {}), /Secure/);
  } finally {
    await db.close();
  }
});
