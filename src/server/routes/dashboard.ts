import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';
import { operations } from '../operations.ts';
import { ErrorBody, json } from '../schemas.ts';
import { DashboardSchema } from '../response-schemas.ts';

const DashboardQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().openapi({ description: '评估年（默认：有数据的最新年份）' }),
});

export function dashboardRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      method: 'get', path: '/api/dashboard', tags: ['evaluation'], summary: '总览：所有现行规划按同一评估年评估（状态、数据覆盖率、预警）',
      request: { query: DashboardQuery },
      responses: { 200: json(DashboardSchema, '每个规划一行，预警指标列表'), 400: json(ErrorBody, '年份无效') },
    }),
    async (c) => {
      const { year } = c.req.valid('query');
      // read from what the writes precomputed (services/dashboard.ts), kept while the database's stamp is unchanged
      const dashboard = await c.get('cache').get(JSON.stringify(['dashboard', year ?? null]), () => operations.getDashboard(c.get('deps').db, year));
      return c.json(dashboard, 200);
    },
  );
}
