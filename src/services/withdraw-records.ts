import { conflict, notFound, withdrawableLabels, type WithdrawableKind } from '../domain/index.ts';
import { findIndicatorByKey, recordAudit, updateIndicator, type Database, type IndicatorPatch, type Sql } from '../storage/index.ts';
import { findCorrection, listCorrections, listFieldCorrections, type Correction } from '../storage/corrections.ts';
import { findObservationById, markObservation, type ObservationRow } from '../storage/observations.ts';
import { setWithdrawn } from '../storage/plan-state.ts';
import { findBoxItemProgress } from '../storage/responsibilities.ts';
import { linkIndicatorsToCatalog } from './catalog.ts';
import { correctionFields, correctionPatch } from './correct-indicator.ts';
import { getPlan } from './plans.ts';
import { reinstatePlan, withdrawalReason, withdrawPlan } from './plan-review.ts';
import { writeAndRefresh } from './overview-summaries.ts';

/** Whose record it is, for the write check: a plan's (correction, progress, version) or a region's value. */
export interface RecordOwner {
  readonly planId: number | null;
  readonly region: string | null;
  /** the indicator or 专栏 item it is about */
  readonly item: string | null;
}

/** A plan's corrections, withdrawn ones too (marked), in the order they were made. */
export async function listPlanCorrections(db: Sql, ref: string): Promise<Correction[]> {
  return listCorrections(db, (await getPlan(db, ref)).id, { includeWithdrawn: true });
}

const missing = (kind: WithdrawableKind, id: number) => notFound(`没有编号为 ${id} 的${withdrawableLabels[kind]}`);

/** The plan or region a record belongs to (the edges check the writer's grants against it). */
export async function recordOwner(db: Sql, kind: WithdrawableKind, id: number): Promise<RecordOwner> {
  if (kind === 'plan') return { planId: id, region: null, item: null };
  if (kind === 'observation') {
    const o = await findObservationById(db, id);
    if (!o) throw missing(kind, id);
    return { planId: null, region: o.region, item: o.indicatorName };
  }
  if (kind === 'correction') {
    const c = await findCorrection(db, id);
    if (!c) throw missing(kind, id);
    return { planId: c.planId, region: null, item: c.rowName };
  }
  const p = await findBoxItemProgress(db, id);
  if (!p) throw missing(kind, id);
  return { planId: Number(p.plan), region: null, item: p.item };
}

/** Takes a record back (撤回) with a reason; it stops counting but is kept, and an admin can restore it. */
export async function withdrawRecord(db: Database, kind: WithdrawableKind, id: number, input: { reason: string; by: string }): Promise<unknown> {
  const reason = withdrawalReason(input.reason);
  if (kind === 'plan') return withdrawPlan(db, id, { reason, by: input.by });
  return writeAndRefresh(db, (tx) => markRecord(tx, kind, id, { by: input.by, reason }, input.by));
}

/** Restores a withdrawn record as it was (the edges let only admins do this). */
export async function reinstateRecord(db: Database, kind: WithdrawableKind, id: number, by: string): Promise<unknown> {
  if (kind === 'plan') return reinstatePlan(db, id, by);
  return writeAndRefresh(db, (tx) => markRecord(tx, kind, id, null, by));
}

type Mark = { by: string; reason: string } | null;

async function markRecord(tx: Sql, kind: Exclude<WithdrawableKind, 'plan'>, id: number, mark: Mark, by: string): Promise<unknown> {
  if (kind === 'observation') return markObservationRow(tx, id, mark, by);
  if (kind === 'correction') return markCorrection(tx, id, mark, by);
  const record = await findBoxItemProgress(tx, id);
  if (!record) throw missing(kind, id);
  if (!(await setWithdrawn(tx, 'box_item_progress', id, mark))) throw unchanged(kind, id, mark);
  await recordAudit(tx, { by, action: mark ? 'withdraw' : 'reinstate', entity: 'box-item', entityId: `${record.plan}:${record.item}`, old: { id, milestone: record.milestone, date: record.date }, new: { id, reason: mark?.reason ?? null } });
  return findBoxItemProgress(tx, id);
}

const unchanged = (kind: WithdrawableKind, id: number, mark: Mark) =>
  conflict(mark ? `${withdrawableLabels[kind]} #${id} 已经撤回` : `${withdrawableLabels[kind]} #${id} 没有撤回，无需恢复`);

/** An observation's withdrawal or restoration is a new version of the row: the one before stays in its history. */
async function markObservationRow(tx: Sql, id: number, mark: Mark, by: string): Promise<ObservationRow> {
  const current = await findObservationById(tx, id);
  if (!current) throw missing('observation', id);
  if (Boolean(current.withdrawal) === Boolean(mark)) throw unchanged('observation', id, mark);
  const version = await markObservation(tx, current, mark, by);
  if (version === undefined) throw conflict(`监测值 #${id} 刚被他人修改：请刷新后重试`);
  await recordAudit(tx, {
    by, action: mark ? 'withdraw' : 'reinstate', entity: 'observation', entityId: id,
    old: { value: current.value, milestone: current.milestone, version: current.version },
    new: { region: current.region, indicator: current.indicatorKey, year: current.year, version, reason: mark?.reason ?? null },
  });
  return (await findObservationById(tx, id))!;
}

/** A correction withdrawn or restored: its row's field shows the latest correction still standing, else what was read. */
async function markCorrection(tx: Sql, id: number, mark: Mark, by: string): Promise<Correction | undefined> {
  const correction = await findCorrection(tx, id);
  if (!correction) throw missing('correction', id);
  if (!(await setWithdrawn(tx, 'corrections', id, mark))) throw unchanged('correction', id, mark);
  const indicator = await findIndicatorByKey(tx, correction.planId, correction.tableCaption, correction.rowName);
  if (indicator && (correctionFields as readonly string[]).includes(correction.field)) {
    const history = await listFieldCorrections(tx, correction);
    const standing = history.filter((c) => !c.withdrawal).at(-1);
    await updateIndicator(tx, indicator.id, fieldPatch(correction.field, standing ? standing.newValue : history[0].oldValue));
    if (correction.field === 'name') await linkIndicatorsToCatalog(tx, correction.planId);
  }
  await recordAudit(tx, {
    by, action: mark ? 'withdraw' : 'reinstate', entity: 'indicator', entityId: indicator?.id ?? `${correction.planId}:${correction.rowName}`,
    old: { correction: id, [correction.field]: correction.newValue }, new: { correction: id, reason: mark?.reason ?? null },
  });
  return findCorrection(tx, id);
}

const cellColumns: Record<string, string[]> = {
  value: ['target', 'target_value', 'target_comparator'], target: ['target', 'target_value', 'target_comparator'],
  baseline: ['baseline', 'baseline_value'], actual: ['actual', 'actual_value'], annualGrowth: ['annual_growth', 'annual_growth_value'],
};

/** The columns that set a field back to `text`, or empty it when nothing was printed there. */
function fieldPatch(field: string, text: string | null): IndicatorPatch {
  if (text !== null) return correctionPatch(field, text);
  if (field in cellColumns) return Object.fromEntries(cellColumns[field].map((c) => [c, null]));
  return { [field]: null };
}
