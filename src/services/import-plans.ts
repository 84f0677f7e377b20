import { AppError, draftReasons, type PlanExtract, type PlanReview, type PlanState, type SourceText } from '../domain/index.ts';
import { readDocument } from '../readers/index.ts';
import { extractPlan } from '../parsers/index.ts';
import {
  ensureRegion, findCurrentVersion, linkReferences, findPlanById, findPlanBySha, indexPlanPassages, insertPlan, recordAudit, replacePlanMeta, savePlanContent,
  type Database, type Sql,
} from '../storage/index.ts';
import { reapplyCorrections } from './correct-indicator.ts';
import { linkIndicatorsToCatalog } from './catalog.ts';

export type ImportStatus = 'imported' | 'new-version' | 'unchanged' | 'replaced' | 'failed';

export interface ImportResult {
  readonly file: string;
  readonly status: ImportStatus;
  readonly planId: number | null;
  readonly title: string | null;
  readonly region: string | null;
  readonly version: number | null;
  readonly indicators: number;
  /** corrections carried over from the previous version / the earlier extraction */
  readonly corrections: number;
  readonly error: string | null;
  /** draft (待核对) until confirmed; null when the file failed */
  readonly state?: PlanState | null;
  /** why the reading is a draft (draftReasons); empty when it counts as read */
  readonly reviewNotes?: readonly string[];
  /** why a failed file failed: a refusal of the input (invalid-input, not-found …) or null for a bug */
  readonly errorCode?: string | null;
}

export interface ImportOptions {
  readonly db: Database;
  /** who imports: --by or the OS user */
  readonly by: string;
  /** re-extract a plan whose bytes are already stored (keeps its id and corrections) */
  readonly replace?: boolean;
  /** store as a draft (待核对) even when the reading is complete: a person confirms it later (confirmPlan) */
  readonly draft?: boolean;
  readonly onProgress?: (progress: { done: number; total: number; result: ImportResult }) => void;
  /** how a file is read and extracted: in this thread by default; the server passes a worker (read-in-worker.ts) */
  readonly read?: (path: string) => Promise<{ source: SourceText; extract: PlanExtract }>;
}

const readHere = async (path: string) => {
  const source = await readDocument(path);
  return { source, extract: extractPlan(source) };
};

/**
 * Reads, extracts and stores each plan in one transaction. The same bytes again change nothing; a
 * plan with the same region and title but other bytes is stored as a new version beside the old one.
 * A file that fails is reported in its result and the others still import.
 */
export async function importPlans(paths: readonly string[], options: ImportOptions): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const path of paths) {
    const result = await importOne(path, options);
    results.push(result);
    options.onProgress?.({ done: results.length, total: paths.length, result });
  }
  return results;
}

async function importOne(path: string, options: ImportOptions): Promise<ImportResult> {
  const file = path.split(/[\\/]/).pop() ?? path;
  try {
    const { source, extract } = await (options.read ?? readHere)(path);
    return await options.db.transaction((tx) => storePlan(tx, source, extract, options));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const errorCode = error instanceof AppError ? error.code : null;
    return { file, status: 'failed', planId: null, title: null, region: null, version: null, indicators: 0, corrections: 0, error: message, errorCode };
  }
}

/** Stores one extracted plan inside the caller's transaction. */
export async function storePlan(tx: Sql, source: SourceText, extract: PlanExtract, options: Pick<ImportOptions, 'by' | 'replace' | 'draft'>): Promise<ImportResult> {
  const { plan } = extract;
  const reviewNotes = draftReasons({ ...plan, tables: extract.tables.length, issues: extract.issues });
  const review: PlanReview = options.draft || reviewNotes.length ? 'draft' : 'confirmed';
  const base = { file: extract.source.file, title: plan.title, region: plan.region, indicators: extract.indicators.length, error: null, reviewNotes };
  const existing = await findPlanBySha(tx, extract.source.sha256);
  if (existing && !options.replace) {
    return { ...base, status: 'unchanged', planId: existing.id, version: existing.version, indicators: existing.indicatorCount, corrections: 0, state: existing.state, reviewNotes: existing.reviewNotes };
  }
  const regionId = plan.region ? await ensureRegion(tx, plan.region, plan.regionLevel, plan.parentRegion) : null;
  if (existing) {
    const kept: PlanReview = review === 'draft' ? 'draft' : existing.review;
    const record = { regionId, extract, format: source.format, version: existing.version, supersedes: existing.supersedes, by: options.by, review: kept, reviewNotes };
    await replacePlanMeta(tx, existing.id, record);
    await savePlanContent(tx, existing.id, extract, source.lines);
    await linkReferences(tx, existing.id);
    const { applied } = await reapplyCorrections(tx, existing.id, existing.id);
    await linkIndicatorsToCatalog(tx, existing.id);
    await indexPlanPassages(tx, existing.id);
    await recordAudit(tx, { by: options.by, action: 'reimport', entity: 'plan', entityId: existing.id, new: summary(extract) });
    return { ...base, status: 'replaced', planId: existing.id, version: existing.version, corrections: applied, state: await stateOf(tx, existing.id) };
  }
  const previous = plan.title ? await findCurrentVersion(tx, regionId, plan.title) : undefined;
  const version = previous ? previous.version + 1 : 1;
  const planId = await insertPlan(tx, { regionId, extract, format: source.format, version, supersedes: previous?.id ?? null, by: options.by, review, reviewNotes });
  await savePlanContent(tx, planId, extract, source.lines);
  const applied = previous ? (await reapplyCorrections(tx, previous.id, planId)).applied : 0;
  await linkIndicatorsToCatalog(tx, planId);
  await indexPlanPassages(tx, planId);
  await recordAudit(tx, { by: options.by, action: 'import', entity: 'plan', entityId: planId, new: { ...summary(extract), version, supersedes: previous?.id ?? null, review } });
  return { ...base, status: previous ? 'new-version' : 'imported', planId, version, corrections: applied, state: await stateOf(tx, planId) };
}

const stateOf = async (tx: Sql, planId: number) => (await findPlanById(tx, planId))?.state ?? null;

const summary = (extract: PlanExtract) => ({ title: extract.plan.title, region: extract.plan.region, file: extract.source.file, sha256: extract.source.sha256, indicators: extract.indicators.length });
