import { readFile } from 'node:fs/promises';
import { invalidInput, notFound, type EvaluationMethod, type Indicator, type PlanEvaluation, type PlanExtract } from '../domain/index.ts';
import { catalogueDirection, evaluatePlan, normalizeThresholds, type ObservationInput, type PlanInput, type Thresholds } from '../evaluation/index.ts';
import { readObservationsFile, type ObservationRow, type RowProblem } from '../readers/index.ts';
import { getPlanIndicators, type LatestLookup } from './show-plan.ts';
import { extractFile } from './extract-file.ts';
import { listObservations } from './observations.ts';
import { listCatalog } from './catalog.ts';
import type { CatalogEntry } from '../domain/catalog/index.ts';
import type { PlanRow, Sql } from '../storage/index.ts';

export interface EvaluationOptions {
  /** an observations CSV/XLSX, read besides any stored observations */
  readonly observationsFile?: string;
  readonly asOf?: number;
  readonly method?: EvaluationMethod;
  readonly thresholds?: Partial<Thresholds>;
  /** 年度计划 targets by indicator name, then year */
  readonly annualTargets?: Readonly<Record<string, Readonly<Record<number, number>>>>;
}

export interface PlanEvaluationResult {
  /** the plan as evaluated: the extract for a document, the stored rows for a stored plan */
  readonly plan: PlanInput;
  readonly evaluation: PlanEvaluation;
  /** every observation the plan's indicators could use, with its source */
  readonly observations: readonly ObservationInput[];
  /** rows of the observations file that could not be read (left out of the evaluation) */
  readonly problems: readonly RowProblem[];
}

/** Region observations of a stored plan (by default the stored current values, with their sources). */
export type RegionObservations = (sql: Sql, region: string) => Promise<readonly ObservationInput[]>;

/** The current stored values of a region as evaluation inputs, sources kept for reports. */
export const storedObservations: RegionObservations = async (sql, region) =>
  (await listObservations(sql, { region })).map((r) => ({
    region: r.region, indicator: r.indicatorName, year: r.year, value: r.value, comparator: r.comparator,
    milestone: r.milestone, unit: r.unit, note: r.note, sourceTitle: r.sourceTitle, sourceUrl: r.sourceUrl, quote: r.quote,
  }));

/** Evaluates a plan document extracted on the fly with an observations file; opens no database. */
export async function evaluatePlanDocument(path: string, options: EvaluationOptions = {}): Promise<PlanEvaluationResult & { extract: PlanExtract }> {
  const extract = await extractFile(path);
  const file = await observationsOf(options.observationsFile);
  return { ...evaluateWith(extract, file.rows, options), problems: file.problems, extract };
}

let storedEvaluations = 0;

/** How many stored plans this process has evaluated: tests count them to show that a read evaluates none. */
export const countStoredEvaluations = (): number => storedEvaluations;

/** What judging a stored plan reads from the database, read once for as many judgements as needed. */
export interface StoredPlanInputs {
  readonly plan: PlanRow;
  readonly input: PlanInput;
  /** the stored current values of the plan's region */
  readonly stored: readonly ObservationInput[];
  readonly catalog: readonly CatalogEntry[];
}

/** Evaluation never shows a row's latest value: the indicators are read without it. */
const noLatestValues: LatestLookup = async () => new Map();

/** A stored plan (id, source file stem or region name) with its region's stored values and the catalogue. */
export async function loadStoredPlan(sql: Sql, ref: string, regionObservations: RegionObservations = storedObservations): Promise<StoredPlanInputs> {
  const { plan, indicators } = await getPlanIndicators(sql, ref, noLatestValues);
  const stored = plan.regionFullName ? await regionObservations(sql, plan.regionFullName) : [];
  const input: PlanInput = {
    plan: { title: plan.title, region: plan.region, period: plan.periodStart && plan.periodEnd ? { start: plan.periodStart, end: plan.periodEnd } : null, baseYear: plan.baseYear },
    tables: [...new Map(indicators.map((r) => [r.table ?? '', r.tableKind])).entries()].map(([caption, kind]) => ({
      caption, kind: kind === 'completion' || kind === 'targets' ? kind : 'other', line: 0, rows: 0,
    })),
    indicators: indicators.map((row): Indicator => ({
      rowId: row.id, table: row.table ?? '', seq: row.rowNumber, category: row.category, name: row.name, unit: row.unit,
      attribute: row.attribute === 'binding' || row.attribute === 'expected' ? row.attribute : null,
      baseline: row.baseline, target: row.target, actual: row.actual,
      annualGrowth: row.annualGrowth, line: row.line,
    })),
  };
  return { plan, input, stored, catalog: sameAsLast(await listCatalog(sql)) };
}

let lastCatalog: { readonly text: string; readonly entries: readonly CatalogEntry[] } | undefined;

/**
 * The catalogue as last read while it is unchanged: the same array, so what evaluation remembers per
 * catalogue (the keys of every name it matched, indicator-name.ts) is not computed again for each plan.
 */
function sameAsLast(entries: readonly CatalogEntry[]): readonly CatalogEntry[] {
  const text = JSON.stringify(entries);
  if (lastCatalog?.text !== text) lastCatalog = { text, entries };
  return lastCatalog.entries;
}

/** Judges a loaded stored plan (invalid-input when it names no period); observation rows from a file count besides the stored ones. */
export function judgeStoredPlan(loaded: StoredPlanInputs, options: EvaluationOptions = {}, fileRows: readonly ObservationRow[] = []) {
  storedEvaluations += 1;
  return evaluateWith(loaded.input, [...loaded.stored, ...fileRows], options, loaded.catalog);
}

/**
 * Evaluates a stored plan (id, source file stem or region name) on its region's stored observations
 * and, besides them, an optional observations file.
 */
export async function evaluateStoredPlan(sql: Sql, ref: string, options: EvaluationOptions = {}, regionObservations: RegionObservations = storedObservations): Promise<PlanEvaluationResult> {
  const loaded = await loadStoredPlan(sql, ref, regionObservations);
  const file = await observationsOf(options.observationsFile);
  return { ...judgeStoredPlan(loaded, options, file.rows), problems: file.problems };
}

/** Judges with the catalogue's directions: the shipped one, or the stored (user-edited) one. */
function evaluateWith(plan: PlanInput, rows: readonly (ObservationInput & { superseded?: boolean })[], options: EvaluationOptions, catalog?: readonly CatalogEntry[]) {
  const observations = rows.filter((r) => !r.superseded);
  const evaluation = evaluatePlan({
    plan, observations, asOf: options.asOf, method: options.method, thresholds: options.thresholds,
    directions: (name) => catalogueDirection(name, catalog), annualTargets: options.annualTargets,
  });
  return { plan, evaluation, observations };
}

async function observationsOf(path: string | undefined): Promise<{ rows: ObservationRow[]; problems: RowProblem[] }> {
  return path ? readObservationsFile(path) : { rows: [], problems: [] };
}

/** Evaluation settings read from a JSON file: { "thresholds": {…}, "annualTargets": { 指标: { 年: 值 } } }. */
export async function readEvaluationConfig(path: string): Promise<Pick<EvaluationOptions, 'thresholds' | 'annualTargets'>> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw notFound(`找不到评估配置文件 ${path}，请检查路径`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw invalidInput(`评估配置文件 ${path} 不是有效的 JSON：${(cause as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw invalidInput(`评估配置文件 ${path} 应为 JSON 对象，如 {"thresholds": {"onTrack": 0.8}}`);
  const { thresholds, annualTargets, ...rest } = json as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length) throw invalidInput(`评估配置文件 ${path} 含未知的键 ${unknown.join(', ')}；可用 thresholds、annualTargets`);
  return { thresholds: thresholds === undefined ? undefined : normalizeThresholds(thresholds), annualTargets: annualTargetsOf(annualTargets, path) };
}

function annualTargetsOf(value: unknown, path: string): EvaluationOptions['annualTargets'] {
  if (value === undefined) return undefined;
  const bad = () => invalidInput(`评估配置文件 ${path} 的 annualTargets 应形如 {"常住人口城镇化率": {"2022": 64.5}}`);
  if (typeof value !== 'object' || value === null) throw bad();
  const result: Record<string, Record<number, number>> = {};
  for (const [name, years] of Object.entries(value)) {
    if (typeof years !== 'object' || years === null) throw bad();
    result[name] = {};
    for (const [year, target] of Object.entries(years)) {
      if (!/^\d{4}$/.test(year) || typeof target !== 'number') throw bad();
      result[name][Number(year)] = target;
    }
  }
  return result;
}
