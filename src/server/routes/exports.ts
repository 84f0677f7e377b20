import { createRoute, z, type OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { TableDownload } from '../../services/table-exports.ts';
import type { AppEnv } from '../env.ts';
import { ErrorBody, PlanParam, json } from '../schemas.ts';
import { EvaluationQuery } from './evaluation.ts';
import { ObservationFilter } from './observations.ts';
import { SearchQuery } from './other.ts';

const exports = () => import('../../services/table-exports.ts');
const Format = z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx').openapi({ description: 'csv（UTF-8 带 BOM）或 xlsx（数值为数值单元格，表头冻结）' }) });
const TemplateYears = z.object({
  from: z.coerce.number().int().min(1949).max(2100).optional().openapi({ description: '起始年（默认规划期首年）' }),
  to: z.coerce.number().int().min(1949).max(2100).optional().openapi({ description: '结束年（默认规划期末年）' }),
});

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const binary = z.string().openapi({ format: 'binary' });
const tableFile = {
  description: '表格文件',
  content: { 'text/csv': { schema: z.string() }, [xlsxType]: { schema: binary } },
};

/** A file download with its name as users see it (RFC 5987 for Chinese names). */
export function attachment(c: Context, file: TableDownload) {
  c.header('Content-Type', file.contentType);
  c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  return c.body(new Uint8Array(file.bytes), 200) as never;
}

const exportRoute = <P extends string, R extends NonNullable<RouteConfig['request']>>(path: P, summary: string, request: R) =>
  createRoute({ method: 'get', path, tags: ['exports'], summary, request, responses: { 200: tableFile, 400: json(ErrorBody, '参数无效'), 404: json(ErrorBody, '没有找到') } });

/** Every table the web shows, as CSV and XLSX; and the 填报表 to fill in Excel. */
export function exportRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(exportRoute('/api/plans/{plan}/export', '下载规划指标与评估状态（csv/xlsx）', { params: PlanParam, query: EvaluationQuery.extend(Format.shape) }), async (c) => {
    const { format, ...options } = c.req.valid('query');
    return attachment(c, await (await exports()).exportPlanIndicators(c.get('deps').db, c.req.valid('param').plan, options, format));
  });
  app.openapi(exportRoute('/api/observations/export', '下载监测数据（observations CSV 的列，可再导入）', { query: ObservationFilter.extend(Format.shape) }), async (c) => {
    const { format, ...filter } = c.req.valid('query');
    return attachment(c, await (await exports()).exportObservations(c.get('deps').db, filter, format));
  });
  app.openapi(exportRoute('/api/compare/export', '下载指标比较表', { query: z.object({ indicator: z.string().min(1).max(200) }).extend(Format.shape) }), async (c) => {
    const { format, indicator } = c.req.valid('query');
    return attachment(c, await (await exports()).exportComparison(c.get('deps').db, indicator, format));
  });
  app.openapi(exportRoute('/api/tasks/export', '下载任务分解表', { query: z.object({ department: z.string().max(100).optional() }).extend(Format.shape) }), async (c) => {
    const { format, department } = c.req.valid('query');
    return attachment(c, await (await exports()).exportTasks(c.get('deps').db, department || undefined, format));
  });
  app.openapi(exportRoute('/api/search/export', '下载检索结果', { query: SearchQuery.extend(Format.shape) }), async (c) => {
    const { format, q, superseded, ...options } = c.req.valid('query');
    return attachment(c, await (await exports()).exportSearch(c.get('deps').db, q, { ...options, includeSuperseded: superseded === 'include' }, format));
  });
  app.openapi(
    createRoute({
      method: 'get', path: '/api/plans/{plan}/template', tags: ['exports'], summary: '下载 Excel 填报表（指标为行，年份为列；填好后上传）',
      request: { params: PlanParam, query: TemplateYears },
      responses: {
        200: { description: '填报表', content: { [xlsxType]: { schema: binary } } },
        400: json(ErrorBody, '年份范围无效，或规划没有地区'), 404: json(ErrorBody, '没有这个规划'),
      },
    }),
    async (c) => {
      const { buildObservationTemplate } = await import('../../services/observation-template.ts');
      const template = await buildObservationTemplate(c.get('deps').db, c.req.valid('param').plan, c.req.valid('query'));
      return attachment(c, { bytes: template.bytes, contentType: xlsxType, fileName: template.fileName });
    },
  );
}

