import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { readAndExtractInWorker } from '../../services/read-in-worker.ts';
import { confirmReading, previewReading } from '../../services/plan-preview.ts';
import type { PreviewEdit } from '../../services/preview-edits.ts';
import { requireAdmin } from '../auth.ts';
import type { AppEnv } from '../env.ts';
import { ErrorBody, PreviewEditSchema as Edit, json, jsonBody } from '../schemas.ts';
import { ImportResultSchema, PlanPreviewSchema } from '../response-schemas.ts';
import { UploadForm, uploadedPlanFile, withUploadedPath } from './upload.ts';

const Edits = z.object({ edits: z.array(Edit).max(2000).default([]) }).openapi('PreviewEdits');
const Confirm = z.object({ token: z.string().min(1).max(64), edits: z.array(Edit).max(2000).default([]), draft: z.boolean().optional() }).openapi('PreviewConfirm');
const TokenParam = z.object({ token: z.string().min(1).max(64).openapi({ param: { name: 'token', in: 'path' } }) });

const readingsOf = (c: Context<AppEnv>) => c.get('previews');

const errors = { 400: json(ErrorBody, '修改无效（说明哪一项、为什么）'), 403: json(ErrorBody, '仅管理员'), 404: json(ErrorBody, '预览已过期或不存在') };

export function planPreviewRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      method: 'post', path: '/api/plans/preview', tags: ['plans'], summary: '上传规划文件并预览读取结果（不存储）',
      request: { body: { content: { 'multipart/form-data': { schema: UploadForm } }, required: true } },
      responses: { 200: json(PlanPreviewSchema, '读取结果与问题；确认前不计入任何统计'), 413: json(ErrorBody, '文件过大'), 415: json(ErrorBody, '文件类型不支持'), ...errors },
    }),
    async (c) => {
      const user = requireAdmin(c);
      const file = await uploadedPlanFile(c.req);
      const { source, extract } = await withUploadedPath(file, readAndExtractInWorker);
      const token = readingsOf(c).keep({ source, extract, by: user.name });
      return c.json({ token, preview: await previewReading(c.get('deps').db, source, extract) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post', path: '/api/plans/preview/{token}', tags: ['plans'], summary: '在预览中修改（不存储）：返回修改后的预览',
      request: { params: TokenParam, body: jsonBody(Edits) }, responses: { 200: json(PlanPreviewSchema, '修改后的预览'), ...errors },
    }),
    async (c) => {
      const user = requireAdmin(c);
      const { token } = c.req.valid('param');
      const { source, extract } = readingsOf(c).get(token, user.name);
      return c.json({ token, preview: await previewReading(c.get('deps').db, source, extract, c.req.valid('json').edits as PreviewEdit[]) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get', path: '/api/plans/preview/{token}/text', tags: ['plans'], summary: '预览文件的原文（按行，可取一段）',
      request: { params: TokenParam, query: z.object({ from: z.coerce.number().int().min(1).optional(), to: z.coerce.number().int().min(1).optional() }) },
      responses: { 200: json(z.array(z.object({ line: z.number().int(), text: z.string() })).openapi('PreviewLines'), '文本行'), ...errors },
    }),
    async (c) => {
      const user = requireAdmin(c);
      const { from = 1, to = Number.MAX_SAFE_INTEGER } = c.req.valid('query');
      const { source } = readingsOf(c).get(c.req.valid('param').token, user.name);
      return c.json(source.lines.filter((l) => l.line >= from && l.line <= to).map((l) => ({ line: l.line, text: l.text })), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post', path: '/api/plans/confirm', tags: ['plans'], summary: '确认预览并存储：每项修改作为更正留痕；读取不完整或要求时存为待核对',
      request: { body: jsonBody(Confirm) }, responses: { 201: json(ImportResultSchema, '已存储'), 409: json(ErrorBody, '该规划已撤回'), ...errors },
    }),
    async (c) => {
      const user = requireAdmin(c);
      const body = c.req.valid('json');
      const readings = readingsOf(c);
      const { source, extract } = readings.get(body.token, user.name);
      const result = await confirmReading(c.get('deps').db, source, extract, { by: user.name, edits: body.edits as PreviewEdit[], draft: body.draft });
      readings.drop(body.token);
      return c.json({ ...result, reviewNotes: [...(result.reviewNotes ?? [])], carried: [...(result.carried ?? [])] }, 201);
    },
  );
}
