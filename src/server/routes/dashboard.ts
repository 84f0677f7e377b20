import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';
import { operations } from '../operations.ts';
import { ErrorBody, json } from '../schemas.ts';
import { DashboardSchema, DashboardWarningsSchema } from '../response-schemas.ts';
import type { Dashboard, DashboardWarnings } from '../api-types.ts';
import { cachedJson, notModified } from '../cached-json.ts';
import { dashboardPage, warningPage, warningPageLimit } from '../../services/dashboard-page.ts';
import type { Context } from 'hono';

const year = z.coerce.number().int().min(2000).max(2100).optional().openapi({ description: '评估年（默认：有数据的最新年份）' });
const DashboardQuery = z.object({ year });
const WarningsQuery = z.object({
  year,
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(warningPageLimit).default(100),
});

export function dashboardRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      method: 'get', path: '/api/dashboard', tags: ['evaluation'], summary: '总览：所有现行规划按同一评估年评估（状态、数据覆盖率、预警）',
      request: { query: DashboardQuery },
      responses: { 200: json(DashboardSchema, '每个规划一行，预警指标总数与前 50 条'), ...notModified, 400: json(ErrorBody, '年份无效') },
    }),
    async (c) => {
      const { year } = c.req.valid('query');
      // read from what the writes precomputed (services/dashboard.ts), kept as bytes while the database's stamp is unchanged
      return (await cachedJson<Dashboard>(c, JSON.stringify(['dashboard', year ?? null]), async () => dashboardPage(await wholeDashboard(c, year)))) as never;
    },
  );
  app.openapi(
    createRoute({
      method: 'get', path: '/api/dashboard/warnings', tags: ['evaluation'], summary: `总览的预警指标，分页（offset、limit ≤ ${warningPageLimit}）`,
      request: { query: WarningsQuery },
      responses: { 200: json(DashboardWarningsSchema, '一页预警指标'), ...notModified, 400: json(ErrorBody, '参数无效') },
    }),
    async (c) => {
      const { year, offset, limit } = c.req.valid('query');
      const key = JSON.stringify(['dashboard-warnings', year ?? null, offset, limit]);
      return (await cachedJson<DashboardWarnings>(c, key, async () => warningPage(await wholeDashboard(c, year), offset, limit))) as never;
    },
  );
}

/** The whole 总览 of a year (every 预警), assembled once per database stamp: its first page and every 预警 page are cut from it. */
const wholeDashboard = (c: Context<AppEnv>, year: number | undefined) =>
  c.get('cache').shared(JSON.stringify(['whole-dashboard', year ?? null]), () => operations.getDashboard(c.get('deps').db, year));
