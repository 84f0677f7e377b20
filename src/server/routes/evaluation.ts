import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { EvaluationMethod } from '../../domain/index.ts';
import type { AppEnv } from '../env.ts';
import { operations } from '../operations.ts';
import { ErrorBody, PlanParam, json } from '../schemas.ts';
import { EvaluationSchema, OverviewSchema } from '../response-schemas.ts';
import type { OverviewRow, PlanEvaluation } from '../api-types.ts';
import { JsonText } from '../cache.ts';
import { cachedJson, notModified } from '../cached-json.ts';

export const EvaluationQuery = z.object({
  method: z.enum(['time-progress', 'cagr-ratio', 'extrapolation']).optional(),
  asOf: z.coerce.number().int().min(2000).max(2100).optional().openapi({ description: '评估年份（默认最新数据年）' }),
});

const reportTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
} as const;

const ReportQuery = EvaluationQuery.extend({
  format: z.enum(['docx', 'html', 'md', 'pptx']).default('docx').openapi({ description: 'docx（Word）、html（浏览器中显示）、md、pptx（汇报演示文稿）' }),
  typeface: z.enum(['standard', 'official']).default('standard').openapi({ description: 'standard 宋体/黑体；official 公文字体（小标宋/黑体/楷体/仿宋）' }),
  preparedBy: z.string().trim().max(60).optional().openapi({ description: '封面的编制单位' }),
});

/**
 * Kept while the database's stamp is unchanged (cache.ts); the default evaluation is sent as the text a
 * write stored, without parsing it.
 */
const evaluate = (c: Context<AppEnv>, plan: string, options: { method?: EvaluationMethod; asOf?: number }) =>
  cachedJson<PlanEvaluation>(c, JSON.stringify(['evaluation', plan, options.method ?? null, options.asOf ?? null]), async () => {
    const stored = options.method === undefined && options.asOf === undefined ? await operations.findStoredEvaluationJson(c.get('deps').db, plan) : undefined;
    return stored === undefined ? operations.getPlanEvaluation(c.get('deps').db, plan, options) : new JsonText(stored);
  });

export function evaluationRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      method: 'get', path: '/api/plans/{plan}/evaluation', tags: ['evaluation'], summary: '评估一个规划（evaluation/1）',
      request: { params: PlanParam, query: EvaluationQuery },
      responses: { 200: json(EvaluationSchema, 'evaluation/1'), ...notModified, 404: json(ErrorBody, '没有这个规划') },
    }),
    async (c) => (await evaluate(c, c.req.valid('param').plan, c.req.valid('query'))) as never,
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/overview', tags: ['evaluation'], summary: '全部规划的状态统计与预警', responses: { 200: json(OverviewSchema, '每个规划一行'), ...notModified } }),
    // the rows the writes keep in plan_summaries (services/overview-summaries.ts): a read evaluates nothing
    async (c) => (await cachedJson<OverviewRow[]>(c, 'overview', () => operations.getOverview(c.get('deps').db))) as never,
  );
  app.openapi(
    createRoute({
      method: 'get', path: '/api/plans/{plan}/report', tags: ['reports'],
      summary: '评估报告（Word 下载、HTML 在浏览器中显示、Markdown）或汇报演示文稿（PPTX）',
      request: { params: PlanParam, query: ReportQuery },
      responses: {
        200: {
          description: '报告文件',
          content: {
            [reportTypes.docx]: { schema: z.string().openapi({ format: 'binary' }) },
            [reportTypes.pptx]: { schema: z.string().openapi({ format: 'binary' }) },
            'text/html': { schema: z.string() },
            'text/markdown': { schema: z.string() },
          },
        },
        404: json(ErrorBody, '没有这个规划'),
      },
    }),
    async (c) => {
      const { plan } = c.req.valid('param');
      const { format, ...options } = c.req.valid('query');
      const report = await operations.renderPlanReport(c.get('deps').db, plan, { ...options, format });
      c.header('Content-Type', reportTypes[format]);
      // the HTML report is read in the browser; the others are files to keep
      const disposition = format === 'html' ? 'inline' : 'attachment';
      c.header('Content-Disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(report.fileName)}`);
      return c.body(new Uint8Array(report.bytes), 200) as never;
    },
  );
}
