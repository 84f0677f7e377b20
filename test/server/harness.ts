import { createApp } from '../../src/server/app.ts';
import type { Database } from '../../src/services/accounts.ts';
import { saveUser } from '../../src/services/accounts.ts';

export type App = ReturnType<typeof createApp>;

/** An app on db with an admin, an editor (no grants yet: grants name stored plans) and a viewer, and a helper to log each in. */
export async function appWithUsers(db: Database, options: { public?: boolean } = {}) {
  const app = createApp({ db, ...options });
  await saveUser(db, { name: 'admin', role: 'admin', password: 'admin-pass' });
  await saveUser(db, { name: 'editor', role: 'editor', password: 'editor-pass' });
  await saveUser(db, { name: 'viewer', role: 'viewer', password: 'viewer-pass' });
  return { app, login: (name: string) => loginAs(app, name, `${name}-pass`) };
}

export interface Client {
  readonly csrf: string;
  request(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
}

export async function loginAs(app: App, name: string, password: string): Promise<Client> {
  const response = await app.request('/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password }) });
  if (response.status !== 200) throw new Error(`login ${name}: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return {
    csrf: csrfToken,
    request: async (path, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('cookie', cookie);
      if (!headers.has('x-csrf-token')) headers.set('x-csrf-token', csrfToken);
      if (init.json !== undefined) headers.set('content-type', 'application/json');
      return app.request(path, { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body });
    },
  };
}
