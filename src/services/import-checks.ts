import { AppError, formatObservedValue, type OutlierRules } from '../domain/index.ts';
import type { ObservationRow, RowProblem } from '../readers/index.ts';
import type { Sql } from '../storage/database.ts';
import type { ObservationRow as StoredRow, ObservationValue } from '../storage/observations.ts';
import { findRegion, type Region } from '../storage/regions.ts';
import { warningsAgainst } from './observation-checks.ts';
import { currentValues } from './current-values.ts';
import { nearestRegions, unknownRegionMessage, type RegionContext } from './observation-context.ts';
import { isForecastNote, regionPeriods, yearRefusal } from './observation-period.ts';
import { checkValue } from './record-observation.ts';

export interface CheckedRow {
  readonly row: ObservationRow;
  readonly region: Region;
  readonly key: ReturnType<RegionContext['keyOf']>;
  readonly value: ReturnType<typeof checkValue>;
}

/** A row problem; `needsConfirmation` when the value is legal but unusual (stored once confirmed). */
export interface ImportProblem extends RowProblem {
  readonly needsConfirmation?: boolean;
}

export interface RowChecks {
  readonly today: Date;
  /** store unusual values (a jump, far past the target) instead of reporting them */
  readonly confirm: boolean;
  readonly rules?: OutlierRules;
  /** rows checked so far, every few thousand */
  readonly onProgress?: (done: number) => void;
}

/**
 * Checks each readable row as recordObservation checks one value — region, plan period, unit and
 * range, the version a row names — then the warnings of unusual values, with the file's other years
 * known; every refusal is a located problem. Stored values are read once per region (currentValues).
 */
export async function checkRows(
  tx: Sql, context: RegionContext, rows: readonly ObservationRow[], problems: ImportProblem[], checks: RowChecks, values = currentValues(tx),
): Promise<CheckedRow[]> {
  const checked = await checkEachRow(tx, context, rows, problems, checks, values);
  if (checks.confirm) return checked;
  const series = new Map<string, CheckedRow[]>();
  for (const c of checked) if (!c.row.superseded) series.set(seriesOf(c), [...(series.get(seriesOf(c)) ?? []), c]);
  const unusual = new Set<CheckedRow>();
  for (const c of checked) {
    const stored = await values(c.region.id);
    const current = stored.at(c.key.key, c.row.year);
    if (c.row.superseded || (current && sameValue(current, c.value))) continue;
    const known = (series.get(seriesOf(c)) ?? []).filter((o) => o !== c).map((o) => ({ year: o.row.year, value: o.value.value }));
    const warnings = warningsAgainst(context, c.key, c.row.year, c.value, { stored: stored.series(c.key.key), targets: stored.targets }, checks.rules, known);
    if (!warnings.length) continue;
    unusual.add(c);
    problems.push({ row: c.row.row, column: 'value', needsConfirmation: true, reason: `需确认：${warnings.map((w) => w.message).join('；')}。核实无误请加 --confirm 重新导入` });
  }
  return checked.filter((c) => !unusual.has(c));
}

const seriesOf = (c: CheckedRow) => `${c.region.id}|${c.key.key}`;

async function checkEachRow(tx: Sql, context: RegionContext, rows: readonly ObservationRow[], problems: RowProblem[], checks: RowChecks, values: ReturnType<typeof currentValues>): Promise<CheckedRow[]> {
  const regions = new Map<string, Region | undefined>();
  const periods = new Map<number, Awaited<ReturnType<typeof regionPeriods>>>();
  const checked: CheckedRow[] = [];
  const seen = new Map<string, CheckedRow>();
  for (const [i, row] of rows.entries()) {
    if (i % 5000 === 0) checks.onProgress?.(i);
    if (!regions.has(row.region)) regions.set(row.region, await findRegion(tx, row.region));
    const region = regions.get(row.region);
    if (!region) {
      problems.push({ row: row.row, column: 'region', reason: unknownRegionMessage(row.region, await nearestRegions(tx, row.region)) });
      continue;
    }
    if (!periods.has(region.id)) periods.set(region.id, await regionPeriods(tx, region.id));
    const refusal = yearRefusal(region.fullName, row.year, periods.get(region.id)!, isForecastNote(row.note), checks.today);
    if (refusal) {
      problems.push({ row: row.row, column: 'year', reason: refusal });
      continue;
    }
    const key = context.keyOf(row.indicator);
    let value;
    try {
      value = checkValue(row, key, await context.printedUnits(key.key));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.push({ row: row.row, column: /单位/.test(error.message) ? 'unit' : 'value', reason: error.message });
      continue;
    }
    const stale = staleVersion(region, row, row.version === null ? undefined : (await values(region.id)).at(key.key, row.year));
    if (stale) {
      problems.push({ row: row.row, column: 'version', reason: stale });
      continue;
    }
    const candidate = { row, region, key, value };
    const twin = row.superseded ? undefined : seen.get(`${region.id}|${key.key}|${row.year}`);
    if (twin && (twin.value.value !== value.value || twin.value.milestone !== value.milestone)) {
      problems.push({ row: row.row, column: 'indicator', reason: `与第 ${twin.row.row} 行是同一指标（${key.entry?.name ?? row.indicator}）同一年份但数值不同：请删去一行，或在预计值的 note 列注明“预计”` });
      continue;
    }
    if (!row.superseded) seen.set(`${region.id}|${key.key}|${row.year}`, candidate);
    checked.push(candidate);
  }
  checks.onProgress?.(rows.length);
  return checked;
}

/** Why a row naming the version it replaces cannot be taken (another value is there now), or null. */
function staleVersion(region: Region, row: ObservationRow, current: StoredRow | undefined): string | null {
  if (row.version === null) return null;
  if ((current?.version ?? 0) === row.version) return null;
  const now = current ? `当前值为 ${formatObservedValue(current)}（版本 ${current.version}，${current.enteredBy} 于 ${current.enteredAt} 填报）` : '当前尚无数值（版本 0）';
  return `${region.fullName} ${row.indicator} ${row.year} 年的数据已被他人修改：${now}，此行依据的是版本 ${row.version}。请查看最新值（plantrack history）后再填报`;
}

/** The same value again (a re-imported file, an unchanged 填报表 cell) changes nothing; a withdrawn one is written again. */
export function sameValue(current: ObservationValue & { readonly withdrawal?: unknown }, next: ObservationValue): boolean {
  return !current.withdrawal && current.value === next.value && current.comparator === next.comparator && current.milestone === next.milestone
    && (next.sourceTitle === null || next.sourceTitle === current.sourceTitle) && (next.note === null || next.note === current.note);
}
