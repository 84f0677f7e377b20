import { AppError, draftReasons, invalidInput, refusalReasons, type PlanExtract, type PlanMeta, type PlanReview, type PlanState, type SourceText } from '../domain/index.ts';
import { readDocument } from '../readers/index.ts';
import { extractPlan } from '../parsers/index.ts';
import {
  ensureRegion, findCurrentVersion, findPlanById, findPlanBySha, indexPendingPlans, indexPlanPassages, markIndexStale, insertCorrection, insertPlan, linkReferences, listCorrections, recordAudit,
  replacePlanMeta, savePlanContent, type AuditEntry, type Database, type Sql,
} from '../storage/index.ts';
import { carryCorrections, type Carry, type CarriedCorrection } from './carry-corrections.ts';
import { applyEdits, readingRows, type CorrectionDraft, type PreviewEdit } from './preview-edits.ts';
import { writeAndRefresh } from './overview-summaries.ts';

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
  /** each correction of the previous version (or this plan, re-read): carried over or no longer matching */
  readonly carried?: readonly CarriedCorrection[];
}

export interface ImportOptions {
  readonly db: Database;
  /** who imports: --by or the OS user */
  readonly by: string;
  /** re-extract a plan whose bytes are already stored (keeps its id and corrections) */
  readonly replace?: boolean;
  /** store as a draft (待核对) even when the reading is complete: a person confirms it later (confirmPlan) */
  readonly draft?: boolean;
  /** refuse a reading with no period or no indicator table (import --yes) unless `draft` */
  readonly requireComplete?: boolean;
  readonly onProgress?: (progress: { done: number; total: number; result: ImportResult }) => void;
  /** the search index of a folder's plans, built after them in one pass: plans indexed so far */
  readonly onIndexProgress?: (done: number, total: number) => void;
  /** before the index is rewritten in search order after a bulk import (minutes at thousands of plans) */
  readonly onIndexOrdering?: () => void;
  /** how a file is read and extracted: in this thread by default; the server passes a worker (read-in-worker.ts) */
  readonly read?: (path: string) => Promise<{ source: SourceText; extract: PlanExtract }>;
}

/** Reads and extracts one plan file in this thread. */
export const readPlanFile = async (path: string): Promise<{ source: SourceText; extract: PlanExtract }> => {
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
  // Several files: the search index is built once after them (plans left unindexed by a stop are indexed by the next search).
  const deferIndex = paths.length > 1;
  for (const path of paths) {
    const result = await importOne(path, { ...options, deferIndex });
    results.push(result);
    options.onProgress?.({ done: results.length, total: paths.length, result });
  }
  if (deferIndex) await indexPendingPlans(options.db, { onProgress: options.onIndexProgress, onOrdering: options.onIndexOrdering });
  return results;
}

async function importOne(path: string, options: ImportOptions & { deferIndex: boolean }): Promise<ImportResult> {
  const file = path.split(/[\\/]/).pop() ?? path;
  try {
    const { source, extract } = await (options.read ?? readPlanFile)(path);
    if (options.requireComplete && !options.draft) refuseIncomplete(extract);
    return await writeAndRefresh(options.db, (tx) => storePlan(tx, source, extract, options));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const errorCode = error instanceof AppError ? error.code : null;
    return { file, status: 'failed', planId: null, title: null, region: null, version: null, indicators: 0, corrections: 0, error: message, errorCode };
  }
}

function refuseIncomplete(extract: PlanExtract): void {
  const reasons = refusalReasons({ period: extract.plan.period, tables: extract.tables.length });
  if (!reasons.length) return;
  const issues = extract.issues.map((i) => `${i.line ? `第 ${i.line} 行：` : ''}${i.message}`);
  throw invalidInput(`未导入：${reasons.join('；')}。${issues.length ? `问题：${issues.join('；')}。` : ''}请用 --preview 查看，或加 --draft 存为待核对`, { field: 'file', reasons, issues: extract.issues });
}

/**
 * Stores one extracted plan inside the caller's transaction. Corrections of the version it follows (or of
 * this plan, re-read) are carried to the matching rows first, then the person's own edits; each is kept.
 */
export async function storePlan(tx: Sql, source: SourceText, extract: PlanExtract, options: StoreOptions): Promise<ImportResult> {
  const existing = await findPlanBySha(tx, extract.source.sha256);
  if (existing && !options.replace) {
    const { plan } = extract;
    return {
      file: extract.source.file, title: plan.title, region: plan.region, error: null, status: 'unchanged', planId: existing.id, version: existing.version,
      indicators: existing.indicatorCount, corrections: 0, carried: [], state: existing.state, reviewNotes: existing.reviewNotes,
    };
  }
  const edits = options.edits ?? [];
  const lookup = metaAfter(extract.plan, edits);
  const regionId = lookup.region ? await ensureRegion(tx, lookup.region, lookup.regionLevel, lookup.parentRegion) : null;
  const previous = existing ? undefined : lookup.title ? await findCurrentVersion(tx, regionId, lookup.title) : undefined;
  const from = existing ?? previous;
  const rows = readingRows(extract);
  const carry = carryCorrections(from ? await listCorrections(tx, from.id) : [], rows, extract.plan, Boolean(existing));
  const edited = applyEdits(source, extract, [...carry.edits, ...edits], rows);
  const ownCorrections = edited.corrections.slice(carry.edits.length);
  const stored = edited.extract;
  const reviewNotes = draftReasons({ ...stored.plan, tables: stored.tables.length, issues: stored.issues });
  const review: PlanReview = options.draft || reviewNotes.length ? 'draft' : 'confirmed';
  const base = { file: stored.source.file, title: stored.plan.title, region: stored.plan.region, indicators: stored.indicators.length, error: null, reviewNotes, carried: carry.report };
  const corrections = carry.report.filter((c) => c.status === 'carried').length;
  if (existing) {
    const kept: PlanReview = review === 'draft' ? 'draft' : existing.review;
    const record = { regionId, extract: stored, format: source.format, version: existing.version, supersedes: existing.supersedes, by: options.by, review: kept, reviewNotes };
    await replacePlanMeta(tx, existing.id, record);
    await savePlanContent(tx, existing.id, stored, source.lines);
    await linkReferences(tx, existing.id);
    await keepCorrections(tx, existing.id, ownCorrections, options.by);
    await finishStore(tx, existing.id, options, { by: options.by, action: 'reimport', entity: 'plan', entityId: existing.id, new: summary(stored) });
    return { ...base, status: 'replaced', planId: existing.id, version: existing.version, corrections, state: await stateOf(tx, existing.id) };
  }
  const version = previous ? previous.version + 1 : 1;
  const planId = await insertPlan(tx, { regionId, extract: stored, format: source.format, version, supersedes: previous?.id ?? null, by: options.by, review, reviewNotes });
  await savePlanContent(tx, planId, stored, source.lines);
  if (previous) await carryForward(tx, planId, previous.id, carry);
  await keepCorrections(tx, planId, ownCorrections, options.by);
  await finishStore(tx, planId, options, { by: options.by, action: 'import', entity: 'plan', entityId: planId, new: { ...summary(stored), version, supersedes: previous?.id ?? null, review } });
  return { ...base, status: previous ? 'new-version' : 'imported', planId, version, corrections, state: await stateOf(tx, planId) };
}

export interface StoreOptions extends Pick<ImportOptions, 'by' | 'replace' | 'draft'> {
  /** leave the plan to indexPendingPlans (a folder import indexes its plans in one pass after storing them) */
  readonly deferIndex?: boolean;
  /** a person's changes to the reading (preview), each kept as an audited correction */
  readonly edits?: readonly PreviewEdit[];
}

/** The metadata a person set (title, region …) before the plan's previous version is looked up. */
function metaAfter(plan: PlanMeta, edits: readonly PreviewEdit[]): PlanMeta {
  let meta = plan;
  for (const e of edits) if (e.kind === 'meta' && (e.field === 'title' || e.field === 'region') && e.value.trim()) meta = { ...meta, [e.field]: e.value.trim() };
  return meta;
}

/** The previous version's corrections that matched, kept on the new version as they were made. */
async function carryForward(tx: Sql, planId: number, previousId: number, carry: Carry): Promise<void> {
  const carried = new Set(carry.report.filter((r) => r.status === 'carried').map((r) => r.correctionId));
  for (const c of await listCorrections(tx, previousId)) {
    if (carried.has(c.id)) await insertCorrection(tx, { ...c, planId, reason: c.reason ?? `沿用第 ${previousId} 号规划版本的更正` });
  }
}

async function keepCorrections(tx: Sql, planId: number, corrections: readonly CorrectionDraft[], by: string): Promise<void> {
  for (const c of corrections) {
    const id = await insertCorrection(tx, { ...c, planId, reason: '导入预览中更正', correctedBy: by });
    await recordAudit(tx, { by, action: 'correct', entity: 'plan', entityId: planId, old: { correction: id, table: c.tableCaption, row: c.rowName, [c.field]: c.oldValue }, new: { [c.field]: c.newValue } });
  }
}

/** The plan's rows are linked to the catalogue as savePlanContent inserts them. */
async function finishStore(tx: Sql, planId: number, options: StoreOptions, audit: AuditEntry): Promise<void> {
  if (options.deferIndex) await markIndexStale(tx, planId);
  else await indexPlanPassages(tx, planId);
  await recordAudit(tx, audit);
}

const stateOf = async (tx: Sql, planId: number) => (await findPlanById(tx, planId))?.state ?? null;

const summary = (extract: PlanExtract) => ({ title: extract.plan.title, region: extract.plan.region, file: extract.source.file, sha256: extract.source.sha256, indicators: extract.indicators.length });
