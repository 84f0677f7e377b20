import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { listUsers, parseRole, revokeSessions } from '../../services/accounts.ts';
import { getUserById } from '../../services/accounts-admin.ts';
import { changeUserWithGrants, grantEditor, listGrantViews, revokeGrant, saveUserWithGrants, userGrants } from '../../services/grants.ts';
import { requireAdmin } from '../auth.ts';
import type { AppEnv } from '../env.ts';
import { ErrorBody, json, jsonBody } from '../schemas.ts';
import { EndedSessionsSchema as EndedSessions, GrantSchema, ManagedUserSchema as ManagedUser, PermissionsSchema as Permissions, Role } from '../response-schemas.ts';

const GrantBody = z
  .object({
    plan: z.string().trim().min(1).max(200).optional().openapi({ description: '规划：编号、源文件名、地区简称或全称、“地区 时期”', example: '连云港市 十四五' }),
    indicator: z.string().trim().min(1).max(200).optional().openapi({ description: '指标；与 plan 同给时仅限该规划中的该指标' }),
  })
  .strict()
  .openapi('GrantRequest');
const NewUserBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    role: Role,
    password: z.string().min(8).max(200),
    department: z.string().trim().max(100).nullable().optional(),
    grants: z.array(GrantBody).max(100).optional(),
  })
  .strict()
  .openapi('NewUser');
const UserChangeBody = z
  .object({
    role: Role.optional(), department: z.string().trim().max(100).nullable().optional(), password: z.string().min(8).max(200).optional(), disabled: z.boolean().optional(),
    grants: z.array(GrantBody).max(100).optional().openapi({ description: '同时添加的授权；任一无法识别则整个修改不生效' }),
  })
  .strict()
  .openapi('UserChange');
const UserId = z.object({ id: z.coerce.number().int().min(1).max(2 ** 31 - 1).openapi({ param: { name: 'id', in: 'path' } }) });
const GrantId = UserId.extend({ grant: z.coerce.number().int().min(1).max(2 ** 31 - 1).openapi({ param: { name: 'grant', in: 'path' } }) });

/** 用户管理 for admins: accounts with their grants, create, grant and revoke, disable, reset a password. */
export function userRoutes(app: OpenAPIHono<AppEnv>) {
  const managed = async (db: AppEnv['Variables']['deps']['db'], id?: number) => {
    const grants = await listGrantViews(db);
    return (await listUsers(db)).filter((u) => id === undefined || u.id === id).map((u) => ({ ...u, grants: grants.get(u.id) ?? [] }));
  };
  app.openapi(
    createRoute({
      method: 'get', path: '/api/permissions', tags: ['accounts'], summary: '当前用户可修改什么（网页据此只显示可用的表单）',
      responses: { 200: json(Permissions, '角色与授权') },
    }),
    async (c) => {
      const user = c.get('user');
      return c.json({ role: user?.role ?? null, grants: user ? (await userGrants(c.get('deps').db, user)).map((g) => ({ ...g, planIds: [...g.planIds] })) : [] }, 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/users', tags: ['accounts'], summary: '用户及其授权（管理员）', responses: { 200: json(z.array(ManagedUser), '用户'), 403: json(ErrorBody, '仅限管理员') } }),
    async (c) => {
      requireAdmin(c);
      return c.json(await managed(c.get('deps').db), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post', path: '/api/users', tags: ['accounts'], summary: '新建用户（管理员）', request: { body: jsonBody(NewUserBody) },
      responses: { 201: json(ManagedUser, '已创建'), 404: json(ErrorBody, '授权的规划或指标不存在'), 409: json(ErrorBody, '用户已存在') },
    }),
    async (c) => {
      const admin = requireAdmin(c);
      const body = c.req.valid('json');
      const db = c.get('deps').db;
      const input = { name: body.name, role: parseRole(body.role), password: body.password, department: body.department };
      const { user } = await saveUserWithGrants(db, input, body.grants ?? [], admin.name, c.get('deps').now?.());
      return c.json((await managed(db, user.id))[0], 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch', path: '/api/users/{id}', tags: ['accounts'], summary: '修改角色、单位，停用/启用，重置密码（管理员）',
      request: { params: UserId, body: jsonBody(UserChangeBody) }, responses: { 200: json(ManagedUser, '已修改'), 404: json(ErrorBody, '没有这个用户') },
    }),
    async (c) => {
      const admin = requireAdmin(c);
      const db = c.get('deps').db;
      const { grants, ...change } = c.req.valid('json');
      const { user } = await changeUserWithGrants(db, c.req.valid('param').id, change, grants ?? [], admin, c.get('deps').now?.());
      return c.json((await managed(db, user.id))[0], 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete', path: '/api/users/{id}/sessions', tags: ['accounts'], summary: '结束该用户的全部登录会话（管理员）',
      request: { params: UserId }, responses: { 200: json(EndedSessions, '已结束的会话数'), 404: json(ErrorBody, '没有这个用户') },
    }),
    async (c) => {
      const admin = requireAdmin(c);
      const db = c.get('deps').db;
      const user = await getUserById(db, c.req.valid('param').id);
      return c.json({ ended: await revokeSessions(db, user.name, admin.name) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post', path: '/api/users/{id}/grants', tags: ['accounts'], summary: '授权填报员一个规划、一个指标，或某规划中的某指标（管理员）',
      request: { params: UserId, body: jsonBody(GrantBody) },
      responses: { 201: json(GrantSchema.extend({ note: z.string().nullable() }), '已授权'), 404: json(ErrorBody, '规划或指标不存在，details.suggestions 给出相近的') },
    }),
    async (c) => {
      const admin = requireAdmin(c);
      const db = c.get('deps').db;
      const user = await getUserById(db, c.req.valid('param').id);
      return c.json(await grantEditor(db, user.name, c.req.valid('json'), admin.name, c.get('deps').now?.()), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete', path: '/api/users/{id}/grants/{grant}', tags: ['accounts'], summary: '撤销一项授权（管理员）',
      request: { params: GrantId }, responses: { 204: { description: '已撤销' }, 404: json(ErrorBody, '没有这项授权') },
    }),
    async (c) => {
      const admin = requireAdmin(c);
      const db = c.get('deps').db;
      const { id, grant } = c.req.valid('param');
      await revokeGrant(db, (await getUserById(db, id)).name, grant, admin.name);
      return c.body(null, 204);
    },
  );
}
