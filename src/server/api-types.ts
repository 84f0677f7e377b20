import type { z } from '@hono/zod-openapi';
import type * as schemas from './response-schemas.ts';
import type { PreviewEditSchema } from './schemas.ts';

/**
 * The API's response types, inferred from the schemas the OpenAPI document is built from: the web
 * app imports these (type-only, nothing of the server reaches the bundle) instead of re-declaring them.
 */
export type UploadReport = z.infer<typeof schemas.UploadReportSchema>;
export type UploadRow = UploadReport['rows'][number];
export type Dashboard = z.infer<typeof schemas.DashboardSchema>;
export type DashboardRow = Dashboard['rows'][number];
export type DashboardWarning = Dashboard['warnings'][number];
export type CatalogEntry = z.infer<typeof schemas.CatalogEntrySchema>;
export type PlanPreviewAnswer = z.infer<typeof schemas.PlanPreviewSchema>;
export type PlanPreview = PlanPreviewAnswer['preview'];
export type PreviewRow = PlanPreview['rows'][number];
export type PreviewEdit = z.infer<typeof PreviewEditSchema>;
