import { convertUnit, indicatorKeyOf, type CatalogEntry } from '../domain/catalog/index.ts';
import type { PlanBrief, PlanSuccession, SuccessionLink, SuccessionRow, SuccessionSide, Value } from '../domain/index.ts';
import { findPlansOfRegion, listPlanIndicators, type IndicatorRow, type PlanRow, type Sql } from '../storage/index.ts';
import { findObservation } from '../storage/observations.ts';
import { listCatalog } from './catalog.ts';
import { getPlan, planPeriodLabel } from './plans.ts';

export const briefOf = (p: PlanRow): PlanBrief => ({
  id: p.id, title: p.title, region: p.regionFullName, period: planPeriodLabel(p), periodStart: p.periodStart, periodEnd: p.periodEnd,
});

/** The plans before and after a plan in its region's sequence (same kind, consecutive periods). */
export async function planSuccession(sql: Sql, ref: string, today: Date = new Date()): Promise<PlanSuccession> {
  const plan = await getPlan(sql, ref, today);
  const siblings = plan.regionId === null ? [] : (await findPlansOfRegion(sql, plan.regionId)).filter((p) => p.state === 'current' && p.kind === plan.kind && p.id !== plan.id);
  const before = siblings.find((p) => consecutive(p, plan));
  const after = siblings.find((p) => consecutive(plan, p));
  const catalog = await listCatalog(sql);
  return {
    plan: briefOf(plan),
    previous: before ? await linkPlans(sql, before, plan, catalog) : null,
    next: after ? await linkPlans(sql, plan, after, catalog) : null,
  };
}

/** `later` starts the year after `earlier` ends (2021–2025 → 2026–2030). */
const consecutive = (earlier: PlanRow, later: PlanRow) =>
  earlier.periodEnd !== null && later.periodStart !== null && later.periodStart === earlier.periodEnd + 1;

const targetRows = (rows: readonly IndicatorRow[]) => rows.filter((r) => r.tableKind !== 'completion');
const keyOf = (row: IndicatorRow, catalog: readonly CatalogEntry[]) => row.catalogId ?? indicatorKeyOf(row.name, catalog).key;
const side = (r: IndicatorRow): SuccessionSide => ({ id: r.id, name: r.name, unit: r.unit, baseline: r.baseline, target: r.target });

async function linkPlans(sql: Sql, earlier: PlanRow, later: PlanRow, catalog: readonly CatalogEntry[]): Promise<SuccessionLink> {
  const earlierRows = targetRows(await listPlanIndicators(sql, earlier.id));
  const laterRows = targetRows(await listPlanIndicators(sql, later.id));
  const earlierByKey = new Map<string, IndicatorRow>();
  for (const row of earlierRows) if (!earlierByKey.has(keyOf(row, catalog))) earlierByKey.set(keyOf(row, catalog), row);
  const carried: SuccessionRow[] = [];
  const added: SuccessionRow[] = [];
  const seen = new Set<string>();
  for (const row of laterRows) {
    const key = keyOf(row, catalog);
    if (seen.has(key)) continue;
    seen.add(key);
    const before = earlierByKey.get(key);
    if (!before) added.push({ key, earlier: null, later: side(row), earlierFinal: null, note: null });
    else carried.push(await carriedRow(sql, key, before, row, earlier, later));
  }
  const dropped = [...earlierByKey.entries()].filter(([key]) => !seen.has(key))
    .map(([key, row]): SuccessionRow => ({ key, earlier: side(row), later: null, earlierFinal: null, note: null }));
  return { earlier: briefOf(earlier), later: briefOf(later), carried, added, dropped };
}

/** A carried indicator: the later plan's baseline beside the earlier plan's final-year observation. */
async function carriedRow(sql: Sql, key: string, before: IndicatorRow, after: IndicatorRow, earlier: PlanRow, later: PlanRow): Promise<SuccessionRow> {
  const finalYear = earlier.periodEnd!;
  const stored = earlier.regionId === null ? undefined : await findObservation(sql, earlier.regionId, key, finalYear);
  const observed = stored?.withdrawal ? undefined : stored;
  const value = observed?.value ?? null;
  const inUnit = value !== null && observed?.unit && after.unit && observed.unit !== after.unit ? convertUnit(value, observed.unit, after.unit) ?? value : value;
  const raw = observed ? (observed.milestone ?? String(inUnit)) : '';
  const earlierFinal = observed ? { year: finalYear, value: inUnit, raw } : null;
  return { key, earlier: side(before), later: side(after), earlierFinal, note: baselineNote(after.baseline, earlierFinal, finalYear, earlier, later) };
}

function baselineNote(baseline: Value | null, final: SuccessionRow['earlierFinal'], finalYear: number, earlier: PlanRow, later: PlanRow): string | null {
  const [was, now] = [planPeriodLabel(earlier) ?? `#${earlier.id}`, planPeriodLabel(later) ?? `#${later.id}`];
  if (!final) return `${was}期末（${finalYear} 年）尚无监测值，无法核对${now}基期值`;
  if (baseline?.value === null || baseline?.value === undefined || final.value === null) return null;
  if (Math.abs(baseline.value - final.value) < baselineTolerance) return null;
  const gap = Math.round((baseline.value - final.value) * 10000) / 10000;
  return `${now}基期值 ${baseline.raw} 与${was}期末（${finalYear} 年）监测值 ${final.raw} 不一致（相差 ${gap > 0 ? '+' : ''}${gap}）：请核对口径或数据修订`;
}

/** Values printed to 4 decimal places or fewer: a smaller gap is rounding, not a difference. */
const baselineTolerance = 0.00005;
