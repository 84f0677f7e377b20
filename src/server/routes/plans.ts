import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { requirePlanWrite } from '../auth.ts';
import type { AppEnv } from '../env.ts';
import { operations } from '../operations.ts';
import { ErrorBody, PlanParam, json, jsonBody } from '../schemas.ts';
import type { PlanIndicators } from '../api-types.ts';
import { JsonText } from '../cache.ts';
import { cachedJson, notModified } from '../cached-json.ts';
import { CorrectionResultSchema, OutlineNodeSchema, PlanIndicatorsSchema, PlanLinesSchema, PlanSchema, RegionSchema, SuccessionSchema } from '../response-schemas.ts';

const Correction = z
  .object({
    table: z.string().max(200).optional(),
    row: z.string().min(1).max(200).openapi({ description: '指标名称（表中的行）' }),
    field: z.enum(['value', 'name', 'category', 'unit', 'target', 'baseline', 'attribute']),
    value: z.string().max(500),
    reason: z.string().max(500).optional(),
  })
  .openapi('Correction');

const get = <P extends string, S extends z.ZodType>(path: P, summary: string, schema: S, description: string) =>
  createRoute({ method: 'get', path, tags: ['plans'], summary, request: { params: PlanParam }, responses: { 200: json(schema, description), 404: json(ErrorBody, '没有这个规划') } });
const getCached = <P extends string, S extends z.ZodType>(path: P, summary: string, schema: S, description: string) =>
  createRoute({ method: 'get', path, tags: ['plans'], summary, request: { params: PlanParam }, responses: { 200: json(schema, description), ...notModified, 404: json(ErrorBody, '没有这个规划') } });

export function planRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({ method: 'get', path: '/api/regions', tags: ['plans'], summary: '地区列表', responses: { 200: json(z.array(RegionSchema), '地区') } }),
    async (c) => c.json(await operations.listRegions(c.get('deps').db), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/plans', tags: ['plans'], summary: '规划列表', responses: { 200: json(z.array(PlanSchema), '规划') } }),
    async (c) => c.json(await operations.listPlans(c.get('deps').db), 200),
  );
  app.openapi(get('/api/plans/{plan}', '一个规划（元数据）', PlanSchema, '规划'), async (c) => c.json(await operations.getPlan(c.get('deps').db, c.req.valid('param').plan), 200));
  app.openapi(get('/api/plans/{plan}/succession', '规划衔接：同一地区同类的前后期规划，延续、新增、不再列入的指标，基期值与上期期末监测值', SuccessionSchema, '衔接'), async (c) =>
    c.json(await operations.succession(c.get('deps').db, c.req.valid('param').plan, c.get('deps').now?.()), 200),
  );
  app.openapi(get('/api/plans/{plan}/outline', '规划目录', z.array(OutlineNodeSchema), '目录树'), async (c) => c.json(await operations.getPlanOutline(c.get('deps').db, c.req.valid('param').plan), 200));
  app.openapi(getCached('/api/plans/{plan}/indicators', '规划的指标（印刷的目标与最新值）', PlanIndicatorsSchema, '指标'), async (c) => {
    const { plan } = c.req.valid('param');
    // the rows a write's refresh stored, sent without parsing them; read live while that refresh is due
    return (await cachedJson<PlanIndicators>(c, `indicators:${plan}`, async () => {
      const stored = await operations.findStoredIndicatorTableJson(c.get('deps').db, plan);
      return stored === undefined ? operations.getPlanIndicators(c.get('deps').db, plan) : new JsonText(stored);
    })) as never;
  });
  app.openapi(
    createRoute({
      method: 'get', path: '/api/plans/{plan}/text', tags: ['plans'], summary: '规划原文（按行，可取一段）',
      request: { params: PlanParam, query: z.object({ from: z.coerce.number().int().min(1).optional(), to: z.coerce.number().int().min(1).optional() }) },
      responses: { 200: json(PlanLinesSchema, '文本行'), 404: json(ErrorBody, '没有这个规划') },
    }),
    async (c) => c.json(await operations.getPlanLines(c.get('deps').db, c.req.valid('param').plan, c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({
      method: 'post', path: '/api/plans/{plan}/corrections', tags: ['plans'], summary: '更正一个误读的单元格（留痕，重新导入后保留）',
      request: { params: PlanParam, body: jsonBody(Correction) },
      responses: { 200: json(CorrectionResultSchema, '已更正'), 403: json(ErrorBody, '无权限'), 404: json(ErrorBody, '没有这个规划或指标') },
    }),
    async (c) => {
      const { plan } = c.req.valid('param');
      const body = c.req.valid('json');
      const user = await requirePlanWrite(c, plan, body.row);
      return c.json(await operations.correctIndicator(c.get('deps').db, plan, { ...body, by: user.name }), 200);
    },
  );
}
