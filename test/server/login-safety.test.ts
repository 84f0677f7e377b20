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
