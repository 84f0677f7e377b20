import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { requireAdmin } from '../auth.ts';
import type { AppEnv } from '../env.ts';
import { operations } from '../operations.ts';
import { Anything, ErrorBody, json, jsonBody } from '../schemas.ts';

const CatalogChange = z
  .object({
    direction: z.union([z.literal(1), z.literal(-1)]).optional(),
    synonyms: z.array(z.string().min(1).max(100)).max(50).optional(),
    unit: z.string().max(50).optional(),
    department: z.string().max(100).optional(),
  })
  .openapi('CatalogChange');

export function otherRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({ method: 'get', path: '/api/catalog', tags: ['catalog'], summary: '指标目录', responses: { 200: json(Anything, '目录条目') } }),
    async (c) => c.json(await operations.listCatalog(c.get('deps').db), 200),
  );
  app.openapi(
    createRoute({
      method: 'patch', path: '/api/catalog/{id}', tags: ['catalog'], summary: '修改目录条目（管理员）',
      request: { params: z.object({ id: z.string().min(1).max(100) }), body: jsonBody(CatalogChange) },
      responses: { 200: json(Anything, '已修改'), 403: json(ErrorBody, '仅限管理员') },
    }),
    async (c) => {
      const user = requireAdmin(c);
      return c.json(await operations.updateCatalogEntry(c.get('deps').db, c.req.valid('param').id, c.req.valid('json'), user.name), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get', path: '/api/audit', tags: ['audit'], summary: '操作留痕（谁、何时、旧值 → 新值）',
      request: { query: z.object({ entity: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(1000).default(200) }) },
      responses: { 200: json(Anything, '留痕记录') },
    }),
    async (c) => c.json(await operations.listAudit(c.get('deps').db, c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({
      method: 'get', path: '/api/search', tags: ['search'], summary: '全文检索规划文本',
      request: { query: z.object({ q: z.string().min(1).max(200), limit: z.coerce.number().int().min(1).max(100).default(20) }) },
      responses: { 200: json(Anything, '命中的段落') },
    }),
    async (c) => {
      const { q, limit } = c.req.valid('query');
      return c.json(await operations.search(c.get('deps').db, q, { limit }), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get', path: '/api/compare', tags: ['search'], summary: '一个指标在各规划/地区的对比',
      request: { query: z.object({ indicator: z.string().min(1).max(200) }) }, responses: { 200: json(Anything, '对比') },
    }),
    async (c) => c.json(await operations.compare(c.get('deps').db, c.req.valid('query').indicator), 200),
  );
  app.openapi(
    createRoute({
      method: 'get', path: '/api/cascade', tags: ['search'], summary: '上下级规划目标衔接（下级规划的目标是否不低于上级）',
      request: { query: z.object({ plan: z.string().min(1).max(200), parent: z.string().min(1).max(200).optional() }) },
      responses: { 200: json(Anything, '衔接情况'), 404: json(ErrorBody, '没有这个规划') },
    }),
    async (c) => {
      const { plan, parent } = c.req.valid('query');
      return c.json(await operations.cascade(c.get('deps').db, plan, parent), 200);
    },
  );
}
