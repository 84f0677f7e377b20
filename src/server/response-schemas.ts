import { z } from '@hono/zod-openapi';

/**
 * The shapes of the API's success responses, one schema per answer. The OpenAPI document is built
 * from them, the handlers are type-checked against them, and the web app takes its response types
 * from here (api-types.ts) instead of re-declaring them.
 */

const UploadRowSchema = z.object({
  row: z.number().int().openapi({ description: '文件中的行号（含表头）' }),
  region: z.string().nullable(),
  indicator: z.string().nullable(),
  values: z.array(z.object({ year: z.number().int(), value: z.string() })),
  status: z.enum(['accepted', 'warning', 'refused']).openapi({ description: 'accepted：可导入；warning：异常值，确认后导入；refused：不导入' }),
  reasons: z.array(z.object({ column: z.string(), reason: z.string() })),
});

export const UploadReportSchema = z
  .object({
    file: z.string(),
    stored: z.boolean().openapi({ description: 'false：仅为预览，未存储' }),
    rows: z.array(UploadRowSchema),
    counts: z.object({ accepted: z.number().int(), warning: z.number().int(), refused: z.number().int() }),
    created: z.number().int(), revised: z.number().int(), unchanged: z.number().int(),
    unplanned: z.array(z.object({ region: z.string(), indicator: z.string(), catalogName: z.string().nullable(), rows: z.array(z.number().int()) })),
  })
  .openapi('ObservationsUploadReport');
