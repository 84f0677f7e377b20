import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/server/app.ts';
import { appWithUsers } from './harness.ts';
import { backends } from './backends.ts';

for (const [name, open] of backends) {
  test(`${name}: the session cookie is HttpOnly and SameSite=Strict; logout ends it`, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      const { app } = await appWithUsers(db);
      const response = await app.request('/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'admin', password: 'admin-pass' }) });
      const cookie = response.headers.get('set-cookie') ?? '';
      assert.match(cookie, /plantrack_session=[\w-]{40,}/);
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Strict/);
      assert.doesNotMatch(cookie, /Secure/);
      const session = { cookie: cookie.split(';')[0] };
      const me = await app.request('/api/session', { headers: session });
      assert.equal(((await me.json()) as { user: { name: string } }).user.name, 'admin');
      const csrf = ((await (await app.request('/api/session', { headers: session })).json()) as { csrfToken: string }).csrfToken;
      assert.equal((await app.request('/api/logout', { method: 'POST', headers: { ...session, 'x-csrf-token': csrf } })).status, 204);
      assert.equal((await app.request('/api/users', { headers: session })).status, 401);
      const secure = await createApp({ db, secure: true }).request('/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'admin', password: 'admin-pass' }) });
      assert.match(secure.headers.get('set-cookie') ?? '', /Secure/);
    } finally {
      await db.close();
    }
  });

  test(`${name}: reads need a login unless public; writes always need one`, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      const { app } = await appWithUsers(db);
      const anonymous = await app.request('/api/users');
      assert.equal(anonymous.status, 401);
      assert.deepEqual(Object.keys((await anonymous.json()) as object), ['error', 'message', 'details']);
      const publicApp = createApp({ db, public: true });
      assert.equal((await publicApp.request('/api/session')).status, 200);
      assert.notEqual((await publicApp.request('/api/catalog')).status, 401);
      const write = await publicApp.request('/api/observations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ region: '连云港市', indicator: '常住人口城镇化率', year: 2023, value: 66 }) });
      assert.equal(write.status, 401);
      assert.equal((await app.request('/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'admin', password: 'nope' }) })).status, 401);
    } finally {
      await db.close();
    }
  });

  test(`${name}: a write without the CSRF token or from another origin is refused`, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      const { login } = await appWithUsers(db);
      const admin = await login('admin');
      const user = { name: 'planner', role: 'viewer', password: 'planner-pass' };
      const noToken = await admin.request('/api/users', { method: 'POST', json: user, headers: { 'x-csrf-token': 'forged' } });
      assert.equal(noToken.status, 403);
      assert.match(((await noToken.json()) as { message: string }).message, /CSRF/);
      const foreign = await admin.request('/api/users', { method: 'POST', json: user, headers: { origin: 'https://evil.example' } });
      assert.equal(foreign.status, 403);
      assert.equal((await admin.request('/api/users', { method: 'POST', json: user })).status, 201);
    } finally {
      await db.close();
    }
  });

  test(`${name}: only admins manage users; an editor cannot write another region's values`, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      const { login } = await appWithUsers(db);
      const viewer = await login('viewer');
      const editor = await login('editor');
      assert.equal((await viewer.request('/api/users', { method: 'POST', json: { name: 'x', role: 'admin', password: 'xxxxxxxx' } })).status, 403);
      const body = { region: '南通市', indicator: '常住人口城镇化率', year: 2023, value: 70 };
      const refused = await editor.request('/api/observations', { method: 'POST', json: body });
      assert.equal(refused.status, 403);
      assert.match(((await refused.json()) as { message: string }).message, /无权修改.*南通市/);
      assert.equal((await viewer.request('/api/observations', { method: 'POST', json: body })).status, 403);
    } finally {
      await db.close();
    }
  });
}
