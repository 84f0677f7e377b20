import type { z } from '@hono/zod-openapi';
import type * as schemas from './response-schemas.ts';
import type { PreviewEditSchema } from './schemas.ts';

/**
 * The API's response types, inferred from the schemas the OpenAPI document is built from: the web
 * app imports these (type-only, nothing of the server reaches the bundle) instead of re-declaring them.
 */
type Answer<S extends z.ZodType> = z.infer<S>;
type Item<T> = T extends ReadonlyArray<infer I> ? I : never;

export type Value = Answer<typeof schemas.ValueSchema>;
export type Withdrawal = Answer<typeof schemas.WithdrawalSchema>;

/** GET /api/session, POST /api/login; `grants` from GET /api/permissions */
export type Session = Answer<typeof schemas.SessionSchema>;
export type Permissions = Answer<typeof schemas.PermissionsSchema>;
export type SessionInfo = Omit<Session, 'csrfHeader'> & { readonly grants?: Permissions['grants'] };
export type ManagedUser = Answer<typeof schemas.ManagedUserSchema>;

/** GET /api/plans, /api/regions, /api/overview */
export type Plan = Answer<typeof schemas.PlanSchema>;
export type Region = Answer<typeof schemas.RegionSchema>;
export type StatusCounts = Answer<typeof schemas.SummarySchema>;
export type OverviewRow = Item<Answer<typeof schemas.OverviewSchema>>;

/** GET /api/plans/{plan}/indicators, /outline, /text, /succession */
export type PlanIndicators = Answer<typeof schemas.PlanIndicatorsSchema>;
export type PlanIndicator = PlanIndicators['indicators'][number];
export type OutlineNode = Answer<typeof schemas.OutlineNodeSchema>;
export type PlanLine = Item<Answer<typeof schemas.PlanLinesSchema>>;
export type PlanSuccession = Answer<typeof schemas.SuccessionSchema>;
export type SuccessionLink = NonNullable<PlanSuccession['previous']>;
export type SuccessionRow = SuccessionLink['carried'][number];
export type SuccessionSide = NonNullable<SuccessionRow['earlier']>;
export type PlanBrief = PlanSuccession['plan'];

/** GET /api/plans/{plan}/evaluation */
export type PlanEvaluation = Answer<typeof schemas.EvaluationSchema>;
export type IndicatorEvaluation = Answer<typeof schemas.IndicatorEvaluationSchema>;
export type ProgressStatus = IndicatorEvaluation['status'];

/** GET /api/observations, /api/observations/history; POST /api/observations(/upload) */
export type Observation = Answer<typeof schemas.ObservationSchema>;
export type ObservationHistory = Item<Answer<typeof schemas.ObservationHistorySchema>>;
export type RecordedObservation = Answer<typeof schemas.RecordedObservationSchema>;
export type UploadReport = Answer<typeof schemas.UploadReportSchema>;
export type UploadRow = UploadReport['rows'][number];

/** GET /api/search, /api/compare, /api/cascade, /api/topics */
export type SearchResult = Answer<typeof schemas.SearchResultSchema>;
export type SearchHit = SearchResult['hits'][number];
export type IndicatorComparison = Answer<typeof schemas.ComparisonSchema>;
export type ComparedIndicator = IndicatorComparison['rows'][number];
export type PlanCascade = Answer<typeof schemas.CascadeSchema>;
export type TopicComparison = Answer<typeof schemas.TopicComparisonSchema>;

/** GET /api/catalog, /api/audit, /api/tasks, /api/plans/{plan}/boxes */
export type CatalogEntry = Answer<typeof schemas.CatalogEntrySchema>;
export type AuditEntry = Item<Answer<typeof schemas.AuditSchema>>;
export type DepartmentTask = Item<Answer<typeof schemas.TasksSchema>>;
export type BoxItem = Item<Answer<typeof schemas.BoxItemsSchema>>;
export type BoxProgress = Answer<typeof schemas.BoxProgressSchema>;
/** GET /api/plans/{plan}/corrections */
export type Correction = Item<Answer<typeof schemas.CorrectionListSchema>>;

/** GET /api/dashboard, /api/dashboard/warnings */
export type Dashboard = Answer<typeof schemas.DashboardSchema>;
export type DashboardWarnings = Answer<typeof schemas.DashboardWarningsSchema>;
export type DashboardRow = Dashboard['rows'][number];
export type DashboardWarning = Dashboard['warnings'][number];

/** POST /api/plans/preview, /api/plans/preview/{token} */
export type PlanPreviewAnswer = Answer<typeof schemas.PlanPreviewSchema>;
export type PlanPreview = PlanPreviewAnswer['preview'];
export type PreviewRow = PlanPreview['rows'][number];
export type PreviewEdit = Answer<typeof PreviewEditSchema>;
