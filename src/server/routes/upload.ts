import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { HonoRequest } from 'hono';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { AppError, type ErrorCode } from '../../domain/index.ts';
import type { ImportResult } from '../../services/import-plans.ts';
import { readAndExtractInWorker } from '../../services/read-in-worker.ts';
import { requireAdmin } from '../auth.ts';
import { uploadedFile } from '../uploaded-file.ts';
import type { AppEnv } from '../env.ts';
import { operations } from '../operations.ts';
import { ErrorBody, json } from '../schemas.ts';
import { ImportResultsSchema } from '../response-schemas.ts';

const accepted = ['.txt', '.docx', '.pdf', '.html', '.htm', '.doc', '.wps'];

export const UploadForm = z.object({ file: z.any().openapi({ type: 'string', format: 'binary', description: '规划文件：.txt .docx .pdf .html（.doc/.wps 需 LibreOffice）' }) });

/** The uploaded file, refused with a Chinese message when it is missing or of a type PlanTrack cannot read. */
export async function uploadedPlanFile(request: HonoRequest): Promise<File> {
  const type = request.header('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) {
    throw new AppError('unsupported', `上传规划须用 multipart/form-data（表单字段 file），收到的是 ${type || '无类型'}`, { details: { field: 'file' } });
  }
  return uploadedFile(request, accepted, `请上传 ${accepted.join('、')} 格式的规划文件`);
}

/** A file that could not be read or stored: its reason as a 4xx (nothing was stored), a bug as it is. */
function refuseFailedImport(result: ImportResult): never {
  const message = `无法导入 ${result.file}：${result.error ?? '未知原因'}`;
  if (!result.errorCode) throw new Error(message);
  throw new AppError(result.errorCode as ErrorCode, message, { details: { field: 'file', file: result.file } });
}

export function uploadRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      method: 'post', path: '/api/plans', tags: ['plans'], summary: '上传规划文件并导入（管理员）',
      request: { body: { content: { 'multipart/form-data': { schema: UploadForm } }, required: true } },
      responses: { 201: json(ImportResultsSchema, '导入结果'), 400: json(ErrorBody, '文件无法读取（已损坏、压缩炸弹、超出页数或内存/时间上限），未存储'), 413: json(ErrorBody, '文件过大'), 415: json(ErrorBody, '文件类型不支持') },
    }),
    async (c) => {
      const user = requireAdmin(c);
      const file = await uploadedPlanFile(c.req);
      const results = await withUploadedPath(file, (path) => operations.importPlans(c.get('deps').db, [path], user.name, readAndExtractInWorker));
      const failed = results.find((r) => r.status === 'failed');
      if (failed) refuseFailedImport(failed);
      return c.json(results, 201);
    },
  );
}

/** fn over the uploaded file saved under its own name in a fresh temporary folder, removed afterwards. */
export async function withUploadedPath<T>(file: File, fn: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'plantrack-upload-'));
  try {
    const path = join(dir, basename(file.name));
    await writeFile(path, new Uint8Array(await file.arrayBuffer()));
    return await fn(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
