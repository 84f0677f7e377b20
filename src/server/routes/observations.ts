import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { requireRegionWrite } from '../auth.ts';
import type { AppEnv } from '../env.ts';
import { operations } from '../operations.ts';
import { ErrorBody, json, jsonBody } from '../schemas.ts';
import { ObservationHistorySchema, ObservationSchema, RecordedObservationSchema } from '../response-schemas.ts';

const year = z.coerce.number().int().min(1949).max(2100);

/** The spec's body of POST /api/observations, plus the version a revision expects to replace. */
export const ObservationBody = z
  .object({
    region: z.string().trim().min(1).max(100).openapi({ example: '连云港市' }),
    indicator: z.string().trim().min(1).max(200).openapi({ example: '常住人口城镇化率' }),
    year: z.number().int().min(1949).max(2100).openapi({ example: 2023 }),
    value: z.union([z.number().finite(), z.string().trim().min(1).max(100)]).openapi({ description: '数值，或带比较符/里程碑词的文字（≥70、建成）' }),
    unit: z.string().max(50).optional(),
    note: z.string().max(500).optional().openapi({ description: '预计、修订、七普 …（预计值可填报将来年份）' }),
    forecast: z.boolean().optional().openapi({ description: '预计值：允许尚未到来的年份，备注记为“预计”' }),
    source_title: z.string().max(500).optional(),
    source_url: z.string().url().max(2000).optional(),
    expected_version: z.number().int().min(0).optional().openapi({ description: '所替换的版本号（新值填 0）；修订已有值时必填，缺少或不一致时回答 409 并给出当前值' }),
    confirm: z.boolean().optional().openapi({ description: '确认异常值（与上年相比跳变过大、远超目标）：未确认时回答 409，details.warnings 列出提醒' }),
  })
  .strict()
  .openapi('ObservationInput');

export const ObservationFilter = z.object({
  region: z.string().max(100).optional(),
  indicator: z.string().max(200).optional(),
  year: year.optional(),
});

export function observationRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({ method: 'get', path: '/api/observations', tags: ['observations'], summary: '监测数据（可按地区、指标、年份筛选）', request: { query: ObservationFilter }, responses: { 200: json(z.array(ObservationSchema), '监测值') } }),
    async (c) => c.json(await operations.listObservations(c.get('deps').db, c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({
      method: 'get', path: '/api/observations/history', tags: ['observations'], summary: '一个指标历次修订的值与来源',
      request: { query: ObservationFilter.extend({ region: z.string().min(1).max(100), indicator: z.string().min(1).max(200) }) },
      responses: { 200: json(ObservationHistorySchema, '修订历史') },
    }),
    async (c) => c.json(await operations.observationHistory(c.get('deps').db, c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({
      method: 'post', path: '/api/observations', tags: ['observations'], summary: '录入或修订一个年度值',
      request: { body: jsonBody(ObservationBody) },
      responses: {
        201: json(RecordedObservationSchema, '已保存'), 400: json(ErrorBody, '字段无效（details.field 指出字段）'), 403: json(ErrorBody, '无权限'),
        409: json(ErrorBody, '版本冲突（error: conflict，details 给出当前值），或异常值待确认（error: unconfirmed，details.warnings）'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const user = await requireRegionWrite(c, body.region, body.indicator);
      const input = {
        region: body.region, indicator: body.indicator, year: body.year, value: body.value, unit: body.unit ?? null, note: body.note ?? null,
        sourceTitle: body.source_title ?? null, sourceUrl: body.source_url ?? null, expectedVersion: body.expected_version, by: user.name, forecast: body.forecast, confirm: body.confirm,
        rules: c.get('deps').outlierRules,
      };
      return c.json(await operations.recordObservation(c.get('deps').db, input, c.get('deps').now?.()), 201);
    },
  );
}
