import { basename } from 'node:path';
import { AppError, invalidInput } from '../domain/index.ts';
import { readObservationsFile, readRecords, type ObservationRow, type ObservationsFile, type RowProblem } from '../readers/index.ts';
import { readTemplateRecords } from './observation-template.ts';
import type { Database, Sql } from '../storage/database.ts';
import type { Region } from '../storage/regions.ts';
import { findObservation, type ObservationValue } from '../storage/observations.ts';
import { linkIndicatorsToCatalog } from './catalog.ts';
import { findRegion } from '../storage/regions.ts';
import { loadRegionContext, nearestRegions, unknownRegionMessage, type RegionContext } from './observation-context.ts';
import { checkValue, writeObservation } from './record-observation.ts';
import { isForecastNote, regionPeriods, yearRefusal } from './observation-period.ts';

export interface UnplannedIndicator {
  readonly region: string;
  /** the name as the file gives it */
  readonly indicator: string;
  /** the catalogue entry it is kept under; null when no entry knows the name */
  readonly catalogName: string | null;
  readonly rows: number[];
}

export interface ObservationsImport {
  readonly file: string;
  /** false when nothing was stored because of problems (without skipInvalid) */
  readonly committed: boolean;
  readonly created: number;
  readonly revised: number;
  /** rows whose value (and source) is already the current one: nothing written */
  readonly unchanged: number;
  /** rows skipped because of their problems (skipInvalid) */
  readonly skipped: number;
  /** values no plan of their region has yet: kept, and listed here */
  readonly unplanned: UnplannedIndicator[];
  readonly problems: RowProblem[];
}

interface CheckedRow {
  readonly row: ObservationRow;
  readonly region: Region;
  readonly key: ReturnType<RegionContext['keyOf']>;
  readonly value: ReturnType<typeof checkValue>;
}

/**
 * Imports an observations CSV/XLSX (observations-csv.md) in one transaction. Rows are checked
 * first — unknown region (nearest names suggested), a year no plan of the region counts or still to
 * come (unless 预计), not a number, a unit that cannot be converted,
 * a share outside 0–100, a duplicate that is not a 预计/final pair; a file with problems stores
 * nothing unless skipInvalid. A value already stored becomes a revision; 预计 rows go in first so
 * the final value is current and the preliminary one history.
 */
export async function importObservationsFile(db: Database, path: string, options: { by: string; skipInvalid?: boolean; today?: Date }): Promise<ObservationsImport> {
  const file = await readObservations(path);
  const base = { file: basename(path), created: 0, revised: 0, unchanged: 0, unplanned: [] as UnplannedIndicator[] };
  return db.transaction(async (tx) => {
    await linkIndicatorsToCatalog(tx);
    const context = await loadRegionContext(tx);
    const problems = [...file.problems];
    const checked = await checkRows(tx, context, file.rows, problems, options.today ?? new Date());
    problems.sort((a, b) => a.row - b.row);
    if (problems.length && !options.skipInvalid) return { ...base, committed: false, skipped: 0, problems };
    if (!checked.length && file.problems.length) return { ...base, committed: false, skipped: problems.length, problems };
    let created = 0;
    let revised = 0;
    const ordered = [...checked.filter((c) => c.row.superseded), ...checked.filter((c) => !c.row.superseded)];
    let unchanged = 0;
    for (const c of ordered) {
      const current = await findObservation(tx, c.region.id, c.key.key, c.row.year);
      if (current && sameValue(current, c.value)) {
        unchanged += 1;
        continue;
      }
      const { previous } = await writeObservation(tx, c.region, c.key, c.row.year, c.value, options.by);
      if (previous) revised += 1;
      else created += 1;
    }
    const skipped = new Set(problems.map((p) => p.row)).size;
    return { ...base, committed: true, created, revised, unchanged, skipped, unplanned: await unplannedOf(context, checked), problems };
  });
}

/** The same value again (a re-imported file, an unchanged 填报表 cell) changes nothing. */
function sameValue(current: ObservationValue, next: ObservationValue): boolean {
  return current.value === next.value && current.comparator === next.comparator && current.milestone === next.milestone
    && (next.sourceTitle === null || next.sourceTitle === current.sourceTitle) && (next.note === null || next.note === current.note);
}

/** A 填报表 written by `plantrack template` (wide: years as columns), or the spec's long columns. */
async function readObservations(path: string): Promise<ObservationsFile> {
  const template = await readTemplateRecords(path);
  return template ? readRecords(template) : readObservationsFile(path);
}

async function checkRows(tx: Sql, context: RegionContext, rows: readonly ObservationRow[], problems: RowProblem[], today: Date): Promise<CheckedRow[]> {
  const regions = new Map<string, Region | undefined>();
  const periods = new Map<number, Awaited<ReturnType<typeof regionPeriods>>>();
  const checked: CheckedRow[] = [];
  const seen = new Map<string, CheckedRow>();
  for (const row of rows) {
    if (!regions.has(row.region)) regions.set(row.region, await findRegion(tx, row.region));
    const region = regions.get(row.region);
    if (!region) {
      problems.push({ row: row.row, column: 'region', reason: unknownRegionMessage(row.region, await nearestRegions(tx, row.region)) });
      continue;
    }
    if (!periods.has(region.id)) periods.set(region.id, await regionPeriods(tx, region.id));
    const refusal = yearRefusal(region.fullName, row.year, periods.get(region.id)!, isForecastNote(row.note), today);
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
    const candidate = { row, region, key, value };
    const twin = row.superseded ? undefined : seen.get(`${region.id}|${key.key}|${row.year}`);
    if (twin && (twin.value.value !== value.value || twin.value.milestone !== value.milestone)) {
      problems.push({ row: row.row, column: 'indicator', reason: `与第 ${twin.row.row} 行是同一指标（${key.entry?.name ?? row.indicator}）同一年份但数值不同：请删去一行，或在预计值的 note 列注明“预计”` });
      continue;
    }
    if (!row.superseded) seen.set(`${region.id}|${key.key}|${row.year}`, candidate);
    checked.push(candidate);
  }
  return checked;
}

async function unplannedOf(context: RegionContext, rows: readonly CheckedRow[]): Promise<UnplannedIndicator[]> {
  const found = new Map<string, UnplannedIndicator>();
  for (const c of rows) {
    if ((await context.planned(c.region.id)).has(c.key.key)) continue;
    const id = `${c.region.fullName}|${c.row.indicator}`;
    const entry = found.get(id) ?? { region: c.region.fullName, indicator: c.row.indicator, catalogName: c.key.entry?.name ?? null, rows: [] };
    entry.rows.push(c.row.row);
    found.set(id, entry);
  }
  return [...found.values()];
}

/** The import refused as an error, for callers that want to throw (the server answers 400). */
export function importProblemsError(result: ObservationsImport): AppError {
  const lines = result.problems.slice(0, 20).map((p) => `第 ${p.row} 行 ${p.column}：${p.reason}`);
  return invalidInput(`${result.file} 有 ${result.problems.length} 处问题，未导入任何数据：\n${lines.join('\n')}`, { problems: result.problems });
}
