import { AppError, type ErrorCode } from '../domain/index.ts';
import type { AccountsDesk, ManagedUser } from './user-desk.ts';
import type { ServerFile } from './server-file.ts';

const codes: readonly ErrorCode[] = ['invalid-input', 'not-found', 'conflict', 'unsupported', 'forbidden', 'unauthorized', 'in-use'];

/** `plantrack user` through the running server's /api/users (the server holds the embedded store). */
export function remoteDesk(server: ServerFile, by: string): AccountsDesk {
  const base = server.url.replace(/\/$/, '');
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const headers: Record<string, string> = { authorization: `Bearer ${server.token}`, 'x-plantrack-actor': encodeURIComponent(by) };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (cause) {
      throw new AppError('in-use', `数据目录正被服务器 ${base}（PID ${server.pid}）使用，但无法连接它：${(cause as Error).message}`, { cause });
    }
    if (response.status === 204) return undefined as T;
    const answer = (await response.json().catch(() => null)) as { error?: string; message?: string; details?: unknown } | null;
    if (response.ok) return answer as T;
    const code = codes.find((c) => c === answer?.error) ?? 'invalid-input';
    throw new AppError(code, answer?.message ?? `服务器 ${base} 回答 ${response.status}`, { details: answer?.details });
  };
  const list = () => call<ManagedUser[]>('GET', '/api/users');
  const idOf = async (name: string) => {
    const user = (await list()).find((u) => u.name === name.trim());
    if (!user) throw new AppError('not-found', `没有用户 "${name}"：用 plantrack user list 查看已有用户`, { details: { field: 'name' } });
    return user.id;
  };
  return {
    via: base,
    list,
    async add(account) {
      const { update, ...fields } = account;
      const existing = update ? (await list()).find((u) => u.name === account.name.trim()) : undefined;
      const before = new Set(existing?.grants.map((g) => g.id));
      const user = existing
        ? await call<ManagedUser>('PATCH', `/api/users/${existing.id}`, { role: fields.role, department: fields.department, password: fields.password, grants: fields.grants })
        : await call<ManagedUser>('POST', '/api/users', fields);
      return { user, granted: user.grants.filter((g) => !before.has(g.id)).map((g) => ({ ...g, note: null })) };
    },
    grant: async (name, request) => call('POST', `/api/users/${await idOf(name)}/grants`, request),
    async revoke(name, grantId) {
      await call('DELETE', `/api/users/${await idOf(name)}/grants/${grantId}`);
    },
    change: async (name, change) => call<ManagedUser>('PATCH', `/api/users/${await idOf(name)}`, change),
    logoutAll: async (name) => (await call<{ ended: number }>('DELETE', `/api/users/${await idOf(name)}/sessions`)).ended,
  };
}
