import { getPlan, listPlans } from '../services/plans.ts';
import { planSuccession } from '../services/plan-succession.ts';
import { findStoredIndicatorTableJson, getPlanIndicatorTable } from '../services/show-plan.ts';
import type { CorrectionInput } from '../services/correct-indicator.ts';
import type { ImportOptions } from '../services/import-plans.ts';
import type { Database } from '../services/accounts.ts';
import { listCatalog, updateCatalogEntry } from '../services/catalog.ts';
import { latestObservations, listObservations, observationHistory } from '../services/observations.ts';
import { parseObservedValue } from '../services/observation-value.ts';
import { recordObservation, type ObservationInput } from '../services/record-observation.ts';
import { getPlanLines, getPlanOutline, listAudit, listRegions } from '../services/overview.ts';
import { invalidInput, type EvaluationMethod } from '../domain/index.ts';
import { findStoredEvaluationJson, getOverview, getOverviewStamp, getPlanEvaluation } from '../services/overview-summaries.ts';
import { getDashboard } from '../services/dashboard.ts';

/** A typed value as the API takes it: a number, or text such as ≥70, 4%以下, 建成. */
function observedValue(value: number | string) {
  if (typeof value === 'number') return { value, comparator: null, milestone: null };
  const parsed = parseObservedValue(value);
  if (!parsed) throw invalidInput(`字段 value 无效：“${value}”既不是数值也不是里程碑词（如 66.5、≥70、建成）`, { field: 'value' });
  return parsed;
}

type EvaluationChoice = { method?: EvaluationMethod; asOf?: number };

/** The one place that knows each service's call shape. Heavy services (reports, search, import) load on first use. */
export const operations = {
  listRegions: (db: Database) => listRegions(db),
  listPlans: (db: Database) => listPlans(db),
  getPlan: (db: Database, ref: string) => getPlan(db, ref),
  getPlanIndicators: (db: Database, ref: string) => getPlanIndicatorTable(db, ref),
  findStoredIndicatorTableJson,
  getPlanOutline,
  getPlanLines,
  importPlans: async (db: Database, paths: string[], by: string, read?: ImportOptions['read']) =>
    (await import('../services/import-plans.ts')).importPlans(paths, { db, by, read }),
  correctIndicator: (db: Database, ref: string, change: { table?: string; row: string; field: string; value: string; reason?: string; by: string }) =>
    import('../services/correct-indicator.ts').then((m) => m.correctIndicator(db, ref, change as CorrectionInput)),
  listObservations,
  observationHistory,
  recordObservation: (db: Database, input: Omit<ObservationInput, 'value' | 'comparator' | 'milestone'> & { value: number | string }, today?: Date) =>
    recordObservation(db, { ...input, ...observedValue(input.value) }, today),
  succession: (db: Database, ref: string, today?: Date) => planSuccession(db, ref, today),
  listCatalog,
  updateCatalogEntry: (db: Database, id: string, change: Parameters<typeof updateCatalogEntry>[2], by: string) => updateCatalogEntry(db, id, change, by),
  listAudit,
  getPlanEvaluation: (db: Database, ref: string, options: EvaluationChoice) => getPlanEvaluation(db, ref, options),
  findStoredEvaluationJson,
  getOverview,
  getOverviewStamp,
  getDashboard: (db: Database, year?: number) => getDashboard(db, year),
  renderPlanReport: async (
    db: Database, ref: string,
    options: EvaluationChoice & { format: 'docx' | 'html' | 'md' | 'pptx'; typeface?: 'standard' | 'official'; preparedBy?: string },
  ) => {
    const plan = await getPlan(db, ref);
    const reports = await import('../services/build-plan-report.ts');
    const report = await reports.buildStoredPlanReport(db, String(plan.id), options);
    const bytes = await reports.renderPlanReport(report, options.format, { typeface: options.typeface });
    const what = options.format === 'pptx' ? '汇报' : '评估报告';
    const name = `${plan.title ?? plan.sourceFile}${options.asOf ? `-${options.asOf}` : ''}-${what}.${options.format}`;
    return { bytes, fileName: name.replace(/[\\/:*?"<>|]/g, '') };
  },
  search: (db: Database, query: string, options: { limit: number; plan?: string; region?: string; chapter?: string; includeSuperseded?: boolean }) => import('../services/search.ts').then((m) => m.searchPlans(db, query, options)),
  compare: (db: Database, indicator: string) => import('../services/compare-indicator.ts').then((m) => m.compareIndicator(db, indicator)),
  cascade: (db: Database, plan: string, parent?: string) => import('../services/plan-cascade.ts').then((m) => m.comparePlanCascade(db, plan, parent)),
  topics: (db: Database, names?: string[]) =>
    import('../services/compare-topics.ts').then((m) => m.compareTopics(db, names?.length ? m.topicsByName(names) : undefined)),
};

