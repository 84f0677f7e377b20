import { z } from '@hono/zod-openapi';
import { zhCN } from 'zod/v4/locales';
import { cellFields, metaFields } from '../services/preview-edits.ts';
import { correctionFields } from '../services/correct-indicator.ts';

// Validation messages in Chinese, like the rest of the API's answers.
z.config(zhCN());

export const ErrorBody = z
  .object({ error: z.string(), message: z.string(), details: z.unknown().nullable() })
  .openapi('Error', { description: 'error 是代码（invalid-input、not-found …），message 是中文说明，details 指出字段' });

export const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });

export const jsonBody = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });

export const PlanParam = z.object({
  plan: z.string().min(1).max(200).openapi({ param: { name: 'plan', in: 'path' }, description: '规划 id、源文件名或地区名', example: '连云港市' }),
});

const text = (max = 500) => z.string().max(max);
const rowId = z.string().min(1).max(40);
const cell = z.enum(cellFields);

export const PreviewEditSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cell'), row: rowId, field: z.enum(correctionFields), value: text() }),
  z.object({ kind: z.literal('column-role'), table: text(300), from: cell, to: cell }),
  z.object({ kind: z.literal('delete-row'), row: rowId }),
  z.object({ kind: z.literal('add-row'), table: text(300), name: z.string().min(1).max(200), unit: text(50).nullable().optional(), category: text(100).nullable().optional(), baseline: text(100).nullable().optional(), target: text(100).nullable().optional() }),
  z.object({ kind: z.literal('merge-rows'), row: rowId, with: rowId }),
  z.object({ kind: z.literal('split-row'), row: rowId, names: z.tuple([z.string().max(200), z.string().max(200)]) }),
  z.object({ kind: z.literal('meta'), field: z.enum(metaFields), value: text(300) }),
  z.object({ kind: z.literal('reread'), from: z.number().int().min(1), to: z.number().int().min(1) }),
]).openapi('PreviewEdit', { description: '预览中的一项修改：单元格、行（删除、新增、合并、拆分）、列的角色、规划信息，或把一段原文当作指标表重新读取' });

