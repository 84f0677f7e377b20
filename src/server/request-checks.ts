import type { Context, MiddlewareHandler } from 'hono';
import { AppError, invalidInput } from '../domain/index.ts';
import type { AppEnv } from './env.ts';

/**
 * NUL characters cannot be stored (PostgreSQL text refuses them) and no plan, region or name holds
 * one: a path, query or JSON body carrying one is refused here, before it reaches a query.
 */
export function refuseNulCharacters(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.path.includes('\0')) throw invalidInput('请求地址含有 NUL 控制字符（\\0），无法处理', { field: 'path' });
    for (const [name, values] of Object.entries(c.req.queries())) {
      if (name.includes('\0') || values.some((v) => v.includes('\0'))) throw invalidInput(`查询参数 ${name.replace(/\0/g, '\\0')} 含有 NUL 控制字符（\\0）`, { field: name });
    }
    if (c.req.header('content-type')?.startsWith('application/json')) await checkJsonBody(c);
    await next();
  };
}

async function checkJsonBody(c: Context<AppEnv>) {
  let body: unknown;
  try {
    body = await c.req.json(); // cached: the route's validator reads the same parse
  } catch {
    return; // not JSON: the route's validator says so
  }
  const field = fieldWithNul(body, '');
  if (field !== undefined) throw invalidInput(`字段 ${field || '(请求体)'} 含有 NUL 控制字符（\\0），请删去后重试`, { field: field || null });
}

function fieldWithNul(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\0') ? path : undefined;
  if (!value || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (key.includes('\0')) return here;
    const found = fieldWithNul(item, here);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * DNS rebinding: a page on evil.example whose name later points at 127.0.0.1 reaches this server with
 * `Host: evil.example`. Only the names the server was bound under are answered.
 */
export function checkHost(allowed: readonly string[] | undefined): MiddlewareHandler<AppEnv> {
  const names = new Set(allowed?.map((h) => h.toLowerCase()));
  return async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (allowed && !names.has(hostName(host))) {
      throw new AppError('forbidden', `拒绝请求：Host “${host}”不是本服务器的地址（${allowed.join('、')}）`, { details: { field: 'host' } });
    }
    await next();
  };
}

/** `example.org:8080` → example.org, `[::1]:80` → ::1. */
export function hostName(host: string): string {
  const bracketed = /^\[([^\]]+)\]/.exec(host);
  return (bracketed ? bracketed[1] : host.replace(/:\d+$/, '')).toLowerCase();
}
