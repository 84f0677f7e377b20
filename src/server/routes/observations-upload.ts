import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { currentUser, requireRegionWrite } from '../auth.ts';
import type { AppEnv } from '../env.ts';
import { uploadedFile } from '../uploaded-file.ts';
import { ErrorBody, json } from '../schemas.ts';
import { UploadReportSchema } from '../response-schemas.ts';

const accepted = ['.csv', '.xlsx'];
const UploadForm = z.object({ file: z.any().openapi({ type: 'string', format: 'binary', description: '监测数据文件：.csv（observations CSV 的列）或 .xlsx（同样的列，或填报表）' }) });
const UploadQuery = z.object({
  mode: z.enum(['preview', 'store']).default('preview').openapi({ description: 'preview：逐行检查并报告，不存储；store：导入通过的行与需确认的行，跳过被拒绝的行' }),
});

/** 上传填报数据: a row-by-row report first (nothing stored), then the same file again with mode=store. */
export function observationUploadRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      method: 'post', path: '/api/observations/upload', tags: ['observations'], summary: '上传填好的填报表或监测数据 CSV：先逐行报告，确认后存储',
      request: { query: UploadQuery, body: { content: { 'multipart/form-data': { schema: UploadForm } }, required: true } },
      responses: {
        200: json(UploadReportSchema, '逐行报告（mode=preview 时未存储任何数据）'), 400: json(ErrorBody, '文件无法读取'),
        403: json(ErrorBody, '无权填报文件中的某个地区或指标'), 415: json(ErrorBody, '文件类型不支持'),
      },
    }),
    async (c) => {
      const user = currentUser(c);
      const file = await uploadedFile(c.req, accepted, '请上传 .csv 或 .xlsx（可先下载填报表）');
      const dir = await mkdtemp(join(tmpdir(), 'plantrack-observations-'));
      try {
        const path = join(dir, basename(file.name));
        await writeFile(path, new Uint8Array(await file.arrayBuffer()));
        const upload = await import('../../services/observations-upload.ts');
        if (user.role !== 'admin') for (const [region, indicator] of await upload.regionIndicators(path)) await requireRegionWrite(c, region, indicator);
        const report = await upload.uploadObservations(c.get('deps').db, path, { by: user.name, store: c.req.valid('query').mode === 'store', today: c.get('deps').now?.() });
        return c.json(report, 200);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
}
