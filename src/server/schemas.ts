import { z } from '@hono/zod-openapi';
import { zhCN } from 'zod/v4/locales';

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
