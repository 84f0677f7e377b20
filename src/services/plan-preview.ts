import { draftReasons, type Box, type DocumentIssue, type IndicatorTable, type PlanExtract, type PlanMeta, type SourceText, type TextTarget } from '../domain/index.ts';
import { findCurrentVersion, findPlanBySha, findRegion, listCorrections, type Database, type PlanRow, type Sql } from '../storage/index.ts';
import { carryCorrections, type CarriedCorrection } from './carry-corrections.ts';
import { storePlan, type ImportResult } from './import-plans.ts';
import { confirmPlanIn } from './plan-review.ts';
import { applyEdits, readingRows, type PreviewEdit, type PreviewRow } from './preview-edits.ts';
import { writeAndRefresh } from './overview-summaries.ts';

/** What was read from one file, with a person's edits applied, before anything is stored. */
export interface PlanPreview {
  readonly file: string;
  readonly format: SourceText['format'];
  readonly sha256: string;
  readonly lines: number;
  readonly plan: PlanMeta;
  readonly tables: IndicatorTable[];
  readonly rows: PreviewRow[];
  readonly textTargets: TextTarget[];
  /** 专栏: title, line and how many items were read */
  readonly boxes: { title: string; line: number; items: number }[];
  readonly issues: DocumentIssue[];
  /** why it would be stored as a draft (待核对); empty when it may count as read */
  readonly reviewNotes: string[];
  /** the stored version this reading would follow (or is, when the same bytes are stored) */
  readonly previous: { id: number; version: number; title: string | null; region: string | null; state: PlanRow['state']; sameFile: boolean } | null;
  readonly carried: CarriedCorrection[];
  readonly edits: number;
}

/** The preview of a reading: the previous version's corrections carried over, then the person's edits. Stores nothing. */
export async function previewReading(sql: Sql, source: SourceText, extract: PlanExtract, edits: readonly PreviewEdit[] = []): Promise<PlanPreview> {
  const same = await findPlanBySha(sql, extract.source.sha256);
  const lookup = { ...extract.plan, ...metaEdits(edits) };
  const previous = same ?? (lookup.title ? await findCurrentVersion(sql, (await regionOf(sql, lookup))?.id ?? null, lookup.title) : undefined);
  const rows = readingRows(extract);
  const carry = carryCorrections(previous ? await listCorrections(sql, previous.id) : [], rows, extract.plan, Boolean(same));
  const edited = applyEdits(source, extract, [...carry.edits, ...edits], rows);
  const stored = edited.extract;
  return {
    file: stored.source.file, format: source.format, sha256: stored.source.sha256, lines: source.lines.length, plan: stored.plan, tables: stored.tables, rows: edited.rows,
    textTargets: stored.textTargets, boxes: stored.boxes.map(boxSummary), issues: stored.issues,
    reviewNotes: draftReasons({ ...stored.plan, tables: stored.tables.length, issues: stored.issues }),
    previous: previous ? { id: previous.id, version: previous.version, title: previous.title, region: previous.regionFullName, state: previous.state, sameFile: Boolean(same) } : null,
    carried: carry.report, edits: edits.length,
  };
}

const boxSummary = (box: Box) => ({ title: box.title, line: box.line, items: box.items.length });

function metaEdits(edits: readonly PreviewEdit[]): Partial<PlanMeta> {
  const meta: Record<string, string> = {};
  for (const e of edits) if (e.kind === 'meta' && (e.field === 'title' || e.field === 'region') && e.value.trim()) meta[e.field] = e.value.trim();
  return meta;
}

async function regionOf(sql: Sql, plan: PlanMeta) {
  if (!plan.region) return undefined;
  return (plan.parentRegion ? await findRegion(sql, `${plan.parentRegion}${plan.region}`) : undefined) ?? findRegion(sql, plan.region);
}

export interface ConfirmOptions {
  readonly by: string;
  readonly edits?: readonly PreviewEdit[];
  /** keep it as a draft (待核对) even when the reading is complete */
  readonly draft?: boolean;
}

/**
 * Stores a previewed reading with the person's edits (each an audited correction) in one transaction,
 * as a draft first; it is then confirmed through confirmPlan unless asked to stay a draft or incomplete.
 * The same bytes already stored as a draft and no edits: only the confirmation.
 */
export async function confirmReading(db: Database, source: SourceText, extract: PlanExtract, options: ConfirmOptions): Promise<ImportResult> {
  const edits = options.edits ?? [];
  return writeAndRefresh(db, async (tx) => {
    const same = await findPlanBySha(tx, extract.source.sha256);
    const stored = await storePlan(tx, source, extract, { by: options.by, edits, draft: true, replace: Boolean(same && edits.length) });
    if (options.draft || stored.planId === null || (stored.reviewNotes?.length ?? 0) > 0 || stored.state !== 'draft') return stored;
    const plan = await confirmPlanIn(tx, stored.planId, options.by);
    return { ...stored, state: plan.state };
  });
}
