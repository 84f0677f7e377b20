import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { AppError } from '../domain/index.ts';
import { findSessionByToken, hasUsers, type User } from '../services/accounts.ts';
import { assertMayWrite, assertMayWriteRegion } from '../services/grants.ts';
import { getPlan } from '../services/plans.ts';
import type { AppDeps, AppEnv } from './env.ts';

export const sessionCookie = 'plantrack_session';
export const csrfHeader = 'x-csrf-token';

/** Before any account exists the server is a local single-user tool: the one on this machine is admin. */
const localUser: User = { id: 0, name: '本机用户', role: 'admin', department: null };

/** Finds who is asking: a session cookie, the local user before accounts exist, or nobody. */
export function identify(): MiddlewareHandler<AppEnv> {
  // once an account exists the local mode is over for good; before that, count users at most every 2 s
  let accountsExist = false;
  let checkedAt = 0;
  const noAccounts = async (db: AppDeps['db']) => {
    if (accountsExist || Date.now() - checkedAt < 2000) return !accountsExist;
    accountsExist = await hasUsers(db);
    checkedAt = Date.now();
    return !accountsExist;
  };
  return async (c, next) => {
    const { db } = c.get('deps');
    const token = getCookie(c, sessionCookie);
    const session = token ? await findSessionByToken(db, token, c.get('deps').now?.()) : undefined;
    if (session) {
      c.set('user', session.user);
      c.set('csrfToken', session.csrfToken);
    } else if (await noAccounts(db)) {
      c.set('user', localUser);
    }
    await next();
  };
}

const unsafe = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method);

/**
 * Reads need a login unless the server is public; writes need a login, and a cookie session must also
 * echo its CSRF token in a header (double submit) — SameSite=Strict already keeps other sites' cookies out.
 */
export function guard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    checkOrigin(c);
    const user = c.get('user');
    const open = c.req.path === '/api/login' || c.req.path === '/api/openapi.json' || c.req.path === '/api/session';
    if (!open && !user && (unsafe(c.req.method) || !c.get('deps').public)) {
      throw new AppError('unauthorized', '请先登录（POST /api/login 或在网页上登录）');
    }
    if (unsafe(c.req.method) && c.get('csrfToken') && c.req.header(csrfHeader) !== c.get('csrfToken')) {
      throw new AppError('forbidden', '缺少或错误的 CSRF 令牌：请刷新页面后重试（请求头 X-CSRF-Token）');
    }
    await next();
  };
}

/** A browser sends Origin on cross-site writes: refuse one that is not this server. */
function checkOrigin(c: Context<AppEnv>) {
  const origin = c.req.header('origin');
  if (!origin || !unsafe(c.req.method)) return;
  const host = c.req.header('host') ?? new URL(c.req.url).host;
  if (hostOf(origin) !== host) throw new AppError('forbidden', `拒绝来自其他站点（${origin}）的写请求`);
}

/** `null` (sandboxed frames, file: pages) and other non-URLs are no site at all. */
function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

export function currentUser(c: Context<AppEnv>): User {
  const user = c.get('user');
  if (!user) throw new AppError('unauthorized', '请先登录');
  return user;
}

/** Writes a region's value (an observation): a plan grant covers its region's values. */
export async function requireRegionWrite(c: Context<AppEnv>, regionName: string, indicator: string): Promise<User> {
  const user = currentUser(c);
  if (user.role === 'admin') return user;
  await assertMayWriteRegion(c.get('deps').db, user, regionName, indicator);
  return user;
}

/** Writes to a stored plan (named as users name plans); a grant on the plan or its earlier version covers it. */
export async function requirePlanWrite(c: Context<AppEnv>, ref: string, indicator: string | null): Promise<User> {
  const user = currentUser(c);
  if (user.role === 'admin') return user;
  const plan = await getPlan(c.get('deps').db, ref);
  const what = `规划 #${plan.id} ${plan.regionFullName ?? ''}${indicator ? ` 的“${indicator}”` : ''}`;
  await assertMayWrite(c.get('deps').db, user, { planId: plan.id, regionId: plan.regionId, indicator, what });
  return user;
}

export function requireAdmin(c: Context<AppEnv>): User {
  const user = currentUser(c);
  if (user.role !== 'admin') throw new AppError('forbidden', `此操作仅限管理员；当前用户 ${user.name} 的角色是 ${user.role}`);
  return user;
}

/** The caller's address: the socket's, or the one a trusted proxy appended to X-Forwarded-For. */
export function clientAddress(c: Context<AppEnv>): string {
  const forwarded = c.get('deps').trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
  if (forwarded) return forwarded;
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request in tests has no socket
  }
}

/** Cookies get Secure when the site is https: said by an option, or by a trusted proxy's X-Forwarded-Proto. */
export function overTls(c: Context<AppEnv>): boolean {
  const deps = c.get('deps');
  if (deps.secure) return true;
  return Boolean(deps.trustProxy) && c.req.header('x-forwarded-proto')?.split(',')[0].trim() === 'https';
}
