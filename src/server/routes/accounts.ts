import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { login, logout } from '../../services/accounts.ts';
import { clientAddress, csrfHeader, overTls, sessionCookie } from '../auth.ts';
import { LoginLimiter } from '../login-limiter.ts';
import type { AppEnv } from '../env.ts';
import { ErrorBody, json, jsonBody } from '../schemas.ts';
import { SessionSchema } from '../response-schemas.ts';

const LoginBody = z.object({ name: z.string().min(1).max(100), password: z.string().min(1).max(200) }).openapi('LoginRequest');

export function accountRoutes(app: OpenAPIHono<AppEnv>) {
  const limiter = new LoginLimiter();
  app.openapi(
    createRoute({ method: 'get', path: '/api/session', tags: ['accounts'], summary: '当前登录状态', responses: { 200: json(SessionSchema, '当前用户') } }),
    (c) => c.json({ user: c.get('user') ?? null, csrfToken: c.get('csrfToken') ?? null, public: Boolean(c.get('deps').public), csrfHeader }, 200),
  );
  app.openapi(
    createRoute({
      method: 'post', path: '/api/login', tags: ['accounts'], summary: '登录', request: { body: jsonBody(LoginBody) },
      responses: { 200: json(SessionSchema, '已登录'), 401: json(ErrorBody, '用户名或密码不正确') },
    }),
    async (c) => {
      const { name, password } = c.req.valid('json');
      const address = clientAddress(c);
      limiter.check(name, address);
      const session = await login(c.get('deps').db, name, password, c.get('deps').now?.(), { address }).catch((error: unknown) => {
        limiter.failed(name, address);
        throw error;
      });
      limiter.succeeded(name);
      setCookie(c, sessionCookie, session.token, {
        httpOnly: true, sameSite: 'Strict', secure: overTls(c), path: '/', expires: session.expiresAt,
      });
      return c.json({ user: session.user, csrfToken: session.csrfToken, public: Boolean(c.get('deps').public), csrfHeader }, 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/logout', tags: ['accounts'], summary: '退出登录', responses: { 204: { description: '已退出' } } }),
    async (c) => {
      const token = getCookie(c, sessionCookie);
      if (token) await logout(c.get('deps').db, token);
      deleteCookie(c, sessionCookie, { path: '/' });
      return c.body(null, 204);
    },
  );
}
