import type { Box, Observation, PlanExtract } from '../domain/index.ts';
import { defaultThresholds, matchesRegion, type ObservationInput, type PlanInput } from '../evaluation/index.ts';
import { buildReport, renderReport, type RenderOptions, type Report, type ReportFormat, type ValueSource } from '../reports/index.ts';
import type { Sql } from '../storage/index.ts';
import { evaluatePlanDocument, evaluateStoredPlan, type EvaluationOptions } from './evaluate-plan.ts';
import { getPlan } from './plans.ts';
import { listStoredBoxes, storedBoxProgress } from './report-boxes.ts';

export { reportFormats, typefaceNames, type Report, type ReportFormat, type Typeface } from '../reports/index.ts';

export interface PlanReportOptions extends EvaluationOptions {
  /** the report's date; injected so that tests are deterministic */
  readonly now?: Date;
  /** 编制单位 on the cover */
  readonly preparedBy?: string;
}

/** The report of a plan document and an observations file, judged by `evaluate`'s service; no database. */
export async function buildDocumentReport(path: string, options: PlanReportOptions = {}): Promise<Report> {
  const result = await evaluatePlanDocument(path, options);
  return buildReport({
    extract: result.extract,
    evaluation: result.evaluation,
    sources: sourcesOf(result.observations, result.extract.plan.region),
    now: options.now ?? new Date(),
    thresholds: { ...defaultThresholds, ...options.thresholds },
    preparedBy: options.preparedBy,
  });
}

/**
 * The report of a stored plan (id, source file stem or region name) on its region's stored
 * observations and an optional file.
 */
export async function buildStoredPlanReport(sql: Sql, ref: string, options: PlanReportOptions = {}): Promise<Report> {
  const result = await evaluateStoredPlan(sql, ref, options);
  const planId = (await getPlan(sql, ref)).id;
  const extract = extractOf(result.plan, await listStoredBoxes(sql, planId));
  return buildReport({
    extract,
    evaluation: result.evaluation,
    sources: sourcesOf(result.observations, extract.plan.region),
    boxProgress: await storedBoxProgress(sql, planId),
    now: options.now ?? new Date(),
    thresholds: { ...defaultThresholds, ...options.thresholds },
    preparedBy: options.preparedBy,
  });
}

/** The report's bytes: docx, html or md (the deck: pptx). */
export const renderPlanReport = (report: Report, format: ReportFormat, options: RenderOptions = {}): Promise<Buffer> => renderReport(report, format, options);

/** Observations of the plan's region as report sources (title, address, quote, note). */
function sourcesOf(observations: readonly ObservationInput[], region: string | null): ValueSource[] {
  return observations
    .filter((o) => !o.region || matchesRegion(o.region, region))
    .map((o) => {
      const source = o as ObservationInput & Partial<Pick<Observation, 'sourceTitle' | 'sourceUrl' | 'quote'>>;
      return {
        indicator: o.indicator, year: o.year, value: o.value, unit: o.unit, milestone: o.milestone,
        title: source.sourceTitle ?? null, url: source.sourceUrl ?? null, quote: source.quote ?? null, note: o.note,
      };
    });
}

/** A stored plan as much of a plan-extract/1 as the report needs (no outline or text targets). */
function extractOf(plan: PlanInput, boxes: Box[]): PlanExtract {
  return {
    schema: 'plan-extract/1',
    source: { file: '', sha256: '', chars: 0 },
    plan: {
      ...plan.plan, regionLevel: null, parentRegion: null, planKind: 'other', visionYear: null, issuer: null, docNumber: null, issuedDate: null,
    },
    outline: [], tables: [...(plan.tables ?? [])], indicators: [...plan.indicators], textTargets: [], boxes, issues: [],
  };
}
