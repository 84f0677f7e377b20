import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { currentUser, requireAdmin } from '../auth.ts';
import type { AppEnv } from '../env.ts';
import { operations } from '../operations.ts';
import { ErrorBody, json, jsonBody } from '../schemas.ts';
import { AuditSchema, CascadeSchema, CatalogEntrySchema, ComparisonSchema, SearchResultSchema, TopicComparisonSchema } from '../response-schemas.ts';

const CatalogChange = z
  .object({
    direction: z.union([z.literal(1), z.literal(-1)]).optional(),
    synonyms: z.array(z.string().min(1).max(100)).max(50).optional(),
    unit: z.string().max(50).optional(),
    department: z.string().max(100).optional(),
  })
  .openapi('CatalogChange');

export const SearchQuery = z.object({
  q: z.string().min(1).max(200).openapi({ description: '检索词；"引号" 内为短语', example: '户籍制度改革' }),
  plan: z.string().min(1).max(200).optional().openapi({ description: '只查这个规划（id、源文件名或地区名）' }),
  region: z.string().min(1).max(200).optional().openapi({ description: '只查这个地区及其下级地区' }),
  chapter: z.string().min(1).max(200).optional().openapi({ description: '只查篇/章/节路径含此词的段落' }),
  superseded: z.enum(['include', 'exclude']).default('exclude').openapi({ description: '已被新版本替代的旧版规划：exclude（默认，不查）或 include（也查）' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export function otherRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({ method: 'get', path: '/api/catalog', tags: ['catalog'], summary: '指标目录', responses: { 200: json(z.array(CatalogEntrySchema), '目录条目') } }),
    async (c) => c.json(await operations.listCatalog(c.get('deps').db), 200),
  );
  app.openapi(
    createRoute({
      method: 'patch', path: '/api/catalog/{id}', tags: ['catalog'], summary: '修改目录条目（管理员）',
      request: { params: z.object({ id: z.string().min(1).max(100) }), body: jsonBody(CatalogChange) },
      responses: { 200: json(CatalogEntrySchema, '已修改'), 403: json(ErrorBody, '仅限管理员') },
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
      responses: { 200: json(AuditSchema, '留痕记录') },
    }),
    async (c) => {
      currentUser(c); // the log names accounts, roles and grants: never for anonymous readers of a --public server
      return c.json(await operations.listAudit(c.get('deps').db, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get', path: '/api/search', tags: ['search'], summary: '全文检索规划文本',
      request: { query: SearchQuery },
      responses: { 200: json(SearchResultSchema, '命中的段落'), 400: json(ErrorBody, '缺少检索词'), 404: json(ErrorBody, '没有这个规划或地区') },
    }),
    async (c) => {
      const { q, superseded, ...options } = c.req.valid('query');
      return c.json(await operations.search(c.get('deps').db, q, { ...options, includeSuperseded: superseded === 'include' }), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get', path: '/api/compare', tags: ['search'], summary: '一个指标在各规划/地区的对比',
      request: { query: z.object({ indicator: z.string().min(1).max(200) }) },
      responses: { 200: json(ComparisonSchema, '对比'), 400: json(ErrorBody, '缺少指标名称'), 404: json(ErrorBody, '没有规划含有此指标') },
    }),
    async (c) => c.json(await operations.compare(c.get('deps').db, c.req.valid('query').indicator), 200),
  );
  app.openapi(
    createRoute({
      method: 'get', path: '/api/cascade', tags: ['search'], summary: '上下级规划目标衔接（下级规划的目标是否不低于上级）',
      request: { query: z.object({ plan: z.string().min(1).max(200), parent: z.string().min(1).max(200).optional() }) },
      responses: { 200: json(CascadeSchema, '衔接情况'), 400: json(ErrorBody, '缺少规划'), 404: json(ErrorBody, '没有这个规划或没有上级规划') },
    }),
    async (c) => {
      const { plan, parent } = c.req.valid('query');
      return c.json(await operations.cascade(c.get('deps').db, plan, parent), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get', path: '/api/topics', tags: ['search'], summary: '主题比较：各规划谈及户籍、公共服务等主题的段落、篇幅占比与量化目标',
      request: { query: z.object({ topics: z.string().max(500).optional().openapi({ description: '逗号分隔的主题，缺省为内置主题', example: '户籍,公共服务' }) }) },
      responses: { 200: json(TopicComparisonSchema, '主题 × 规划') },
    }),
    async (c) => {
      const names = (c.req.valid('query').topics ?? '').split(/[,，、]/).map((t) => t.trim()).filter(Boolean);
      return c.json(await operations.topics(c.get('deps').db, names), 200);
    },
  );
}
