import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { User } from '../services/accounts.ts';
import type { AppEnv } from './env.ts';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * `plantrack user …` on the server's own machine: a request carrying the token `serve` wrote into
 * the data folder (Authorization: Bearer) acts as an administrator named after the command's
 * --by / OS user. Browsers never send this header by themselves, so it needs no CSRF token.
 */
export function localAdmin(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const expected = c.get('deps').localAdminToken;
    const given = c.req.header('authorization')?.match(/^Bearer (\S{20,200})$/)?.[1];
    if (expected && given && timingSafeEqual(digest(given), digest(expected))) {
      const actor = decoded(c.req.header('x-plantrack-actor') ?? '').slice(0, 60) || '本机命令行';
      const user: User = { id: 0, name: `${actor}（命令行）`, role: 'admin', department: null };
      c.set('user', user);
      c.set('csrfToken', undefined);
    }
    await next();
  };
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
