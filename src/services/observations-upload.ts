import type { Database } from '../storage/database.ts';
import { formatObservedValue } from './observation-value.ts';
import { importObservationsFile, readObservations, type ObservationsImport } from './import-observations.ts';
import type { ImportProblem } from './import-checks.ts';

/** accepted: stored on confirm; warning: legal but unusual, stored once confirmed; refused: never stored. */
export type UploadRowStatus = 'accepted' | 'warning' | 'refused';

/** One row of the uploaded file (a 填报表 row holds several years) and what the import makes of it. */
export interface UploadRow {
  readonly row: number;
  readonly region: string | null;
  readonly indicator: string | null;
  readonly values: Array<{ readonly year: number; readonly value: string }>;
  readonly status: UploadRowStatus;
  readonly reasons: Array<{ readonly column: string; readonly reason: string }>;
}

/** The row-by-row report shown before anything is stored, and after a store what was written. */
export interface UploadReport {
  readonly file: string;
  /** false for the preview (nothing stored), true once stored */
  readonly stored: boolean;
  readonly rows: UploadRow[];
  readonly counts: Record<UploadRowStatus, number>;
  readonly created: number;
  readonly revised: number;
  readonly unchanged: number;
  readonly unplanned: ObservationsImport['unplanned'];
}

/**
 * Checks an uploaded observations file (spec columns or a 填报表) and reports every row; with
 * `store`, imports the accepted and confirmed rows and skips the refused ones — the user saw the
 * report and asked for exactly that.
 */
export async function uploadObservations(db: Database, path: string, options: { by: string; store: boolean; today?: Date }): Promise<UploadReport> {
  const file = await readObservations(path);
  const preview = await importObservationsFile(db, path, { by: options.by, today: options.today, skipInvalid: true, dryRun: true });
  const rows = reportRows(file.rows, preview.problems);
  const counts = { accepted: 0, warning: 0, refused: 0 };
  for (const r of rows) counts[r.status] += 1;
  if (!options.store) return { ...summary(preview), stored: false, rows, counts };
  const stored = await importObservationsFile(db, path, { by: options.by, today: options.today, skipInvalid: true, confirm: true });
  return { ...summary(stored), stored: stored.committed, rows, counts };
}

const summary = (result: ObservationsImport) =>
  ({ file: result.file, created: result.created, revised: result.revised, unchanged: result.unchanged, unplanned: result.unplanned });

type ReadRow = Awaited<ReturnType<typeof readObservations>>['rows'][number];

function reportRows(read: readonly ReadRow[], problems: readonly ImportProblem[]): UploadRow[] {
  const numbers = [...new Set([...read.map((r) => r.row), ...problems.map((p) => p.row)])].sort((a, b) => a - b);
  return numbers.map((row) => {
    const cells = read.filter((r) => r.row === row);
    const found = problems.filter((p) => p.row === row);
    const status: UploadRowStatus = found.some((p) => !p.needsConfirmation) ? 'refused' : found.length ? 'warning' : 'accepted';
    return {
      row, region: cells[0]?.region ?? null, indicator: cells[0]?.indicator ?? null,
      values: cells.map((c) => ({ year: c.year, value: formatObservedValue(c) })),
      status, reasons: found.map((p) => ({ column: p.column, reason: p.reason.replace(/。?核实无误请加 --confirm 重新导入$/, '') })),
    };
  });
}

/** The distinct (region, indicator) pairs a file writes, for checking an editor's grants first. */
export async function regionIndicators(path: string): Promise<Array<[string, string]>> {
  const { rows } = await readObservations(path);
  return [...new Map(rows.map((r) => [`${r.region}|${r.indicator}`, [r.region, r.indicator] as [string, string]])).values()];
}
