import { basename } from 'node:path';
import { AppError, invalidInput, type OutlierRules } from '../domain/index.ts';
import { readObservationsFile, readRecords, type ObservationsFile } from '../readers/index.ts';
import { readTemplateRecords } from './observation-template.ts';
import type { Database, Sql } from '../storage/database.ts';
import { findObservation } from '../storage/observations.ts';
import { insertObservationBatch, type NewObservation } from '../storage/observation-batches.ts';
import { currentValues } from './current-values.ts';
import { linkIndicatorsToCatalog } from './catalog.ts';
import { loadRegionContext, type RegionContext } from './observation-context.ts';
import { checkRows, sameValue, type CheckedRow, type ImportProblem } from './import-checks.ts';
import { writeObservation } from './record-observation.ts';
import { writeAndRefresh } from './overview-summaries.ts';

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
  readonly problems: ImportProblem[];
}

export interface ImportOptions {
  readonly by: string;
  readonly skipInvalid?: boolean;
  /** store unusual values (reported row by row otherwise) */
  readonly confirm?: boolean;
  readonly rules?: OutlierRules;
  readonly today?: Date;
  /** check and count as an import would, then roll back: nothing is stored */
  readonly dryRun?: boolean;
  /** rows checked, then rows written, every few thousand (a progress bar) */
  readonly onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  readonly phase: 'check' | 'write';
  readonly done: number;
  readonly total: number;
}

/**
 * Imports an observations CSV/XLSX (observations-csv.md) in one transaction. Rows are checked
 * first — unknown region (nearest names suggested), a year no plan of the region counts or still to
 * come (unless 预计), not a number, a unit that cannot be converted,
 * a value out of its range, a stale `version`, a duplicate that is not a 预计/final pair, and — unless
 * confirm — an unusual value (a jump, far past the target); a file with problems stores nothing
 * unless skipInvalid. A value already stored becomes a revision (checked against the row's version
 * when the file gives one, as 填报表 do); 预计 rows go in first so the final value is current and the
 * preliminary one history.
 */
export async function importObservationsFile(db: Database, path: string, options: ImportOptions): Promise<ObservationsImport> {
  const file = await readObservations(path);
  const base = { file: basename(path), created: 0, revised: 0, unchanged: 0, unplanned: [] as UnplannedIndicator[] };
  const total = file.rows.length;
  const run = async (tx: Sql): Promise<ObservationsImport> => {
    await linkIndicatorsToCatalog(tx);
    const context = await loadRegionContext(tx);
    const values = currentValues(tx);
    const problems: ImportProblem[] = [...file.problems];
    const checks = {
      today: options.today ?? new Date(), confirm: options.confirm ?? false, rules: options.rules,
      onProgress: (done: number) => options.onProgress?.({ phase: 'check', done, total }),
    };
    const checked = await checkRows(tx, context, file.rows, problems, checks, values);
    problems.sort((a, b) => a.row - b.row);
    if (problems.length && !options.skipInvalid) return { ...base, committed: false, skipped: 0, problems };
    if (!checked.length && file.problems.length) return { ...base, committed: false, skipped: problems.length, problems };
    const counts = await writeRows(tx, checked, values, options, (done) => options.onProgress?.({ phase: 'write', done, total: checked.length }));
    const skipped = new Set(problems.map((p) => p.row)).size;
    return { ...base, committed: true, ...counts, skipped, unplanned: await unplannedOf(context, checked), problems };
  };
  return options.dryRun ? rolledBack(db, run) : writeAndRefresh(db, run);
}

/** Rows written per step (and per progress report); each step is a few multi-row statements. */
const writeBatch = 10_000;

/**
 * Writes checked rows inside the import's transaction: first values in multi-row batches; a value that
 * revises a stored one, and a 预计/final pair of one place, one at a time through writeObservation.
 * 预计 rows go first so the final value is current and the preliminary one history.
 */
async function writeRows(tx: Sql, checked: readonly CheckedRow[], values: ReturnType<typeof currentValues>, options: ImportOptions, progress: (done: number) => void) {
  const ordered = [...checked.filter((c) => c.row.superseded), ...checked.filter((c) => !c.row.superseded)];
  const placeOf = (c: CheckedRow) => `${c.region.id}|${c.key.key}|${c.row.year}`;
  const twice = new Set<string>();
  const places = new Set<string>();
  for (const c of ordered) (places.has(placeOf(c)) ? twice : places).add(placeOf(c));
  let unchanged = 0;
  const fresh: NewObservation[] = [];
  const oneByOne: CheckedRow[] = [];
  for (const c of ordered) {
    const current = (await values(c.region.id)).at(c.key.key, c.row.year);
    if (current && !twice.has(placeOf(c)) && sameValue(current, c.value)) unchanged += 1;
    else if (current || twice.has(placeOf(c))) oneByOne.push(c);
    else fresh.push({ regionId: c.region.id, region: c.region.fullName, catalogId: c.key.entry?.id ?? null, indicatorKey: c.key.key, year: c.row.year, value: c.value });
  }
  for (let at = 0; at < fresh.length; at += writeBatch) {
    await insertObservationBatch(tx, fresh.slice(at, at + writeBatch), options.by);
    progress(unchanged + Math.min(fresh.length, at + writeBatch));
  }
  let created = fresh.length;
  let revised = 0;
  const written = new Set<string>();
  for (const c of oneByOne) {
    // a row's version is the one before the file: a final value after its 预计 twin revises what the file wrote
    const version = written.has(placeOf(c)) ? undefined : (c.row.version ?? undefined);
    written.add(placeOf(c));
    const current = await findObservation(tx, c.region.id, c.key.key, c.row.year);
    if (current && sameValue(current, c.value)) {
      unchanged += 1;
      continue;
    }
    const { previous } = await writeObservation(tx, c.region, c.key, c.row.year, c.value, options.by, version);
    if (previous) revised += 1;
    else created += 1;
  }
  progress(checked.length);
  return { created, revised, unchanged };
}

class RolledBack extends Error {
  constructor(readonly result: ObservationsImport) {
    super('preview rolled back');
  }
}

/** What the import would do, its transaction rolled back by throwing the result out of it. */
async function rolledBack(db: Database, run: (tx: Sql) => Promise<ObservationsImport>): Promise<ObservationsImport> {
  try {
    await db.transaction(async (tx) => {
      throw new RolledBack(await run(tx));
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.result;
    throw error;
  }
  throw new Error('unreachable: the preview transaction always throws');
}

/** A 填报表 written by `plantrack template` (wide: years as columns), or the spec's long columns. */
export async function readObservations(path: string): Promise<ObservationsFile> {
  const template = await readTemplateRecords(path);
  return template ? readRecords(template) : readObservationsFile(path);
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
