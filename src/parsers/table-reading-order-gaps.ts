import type { DocumentIssue, SourceLine } from '../domain/index.ts';
import type { RowCells } from './table-body.ts';
import type { ColumnRole } from './table-header.ts';
import type { DoubtedRow } from './table-reading-order-doubts.ts';

/**
 * Cells `pdftotext` without -layout may have left out of a table's reading: a lone `-` it takes for a
 * hyphen, and whole columns printed where no reading finds them.
 */

const VALUE_ROLES = new Set<ColumnRole>(['baseline', 'target', 'actual', 'annual', 'growth']);

/**
 * Rows whose last `k` columns came from the table's tail (printed after the next heading) and that leave a
 * value column empty left of a value the tail gave them: the row fit cannot see the hole (its later columns
 * are not in place), but a lone `-` may have stood there all the same (`hole`, as in the row fit).
 */
export function tailHoles(
  rows: readonly RowCells[], roles: readonly ColumnRole[], k: number, known: readonly DoubtedRow[],
): DoubtedRow[] {
  const fromTail = roles.length - k;
  const doubtedLines = new Set(known.map((d) => d.line));
  return rows.flatMap((row) => {
    const printed = row.filter((cell) => cell?.text);
    if (printed.length === 0) return [];
    const line = Math.min(...printed.map((c) => c.line));
    const valueFromTail = roles.some((role, j) => j >= fromTail && VALUE_ROLES.has(role) && row[j]?.text);
    const hole = roles.some((role, j) => j < fromTail && VALUE_ROLES.has(role) && !row[j]?.text);
    if (!valueFromTail || !hole || doubtedLines.has(line)) return [];
    return [{ doubt: 'hole' as const, line, excerpt: printed.map((c) => c.text).join(' ') }];
  });
}

/** Columns that say what a plan sets out to reach: a table with none has lost them. */
const GOAL_ROLES: ReadonlySet<ColumnRole> = new Set(['target', 'actual', 'annual', 'growth']);

/**
 * A header with a baseline (2020 年基数) and no target, result or growth column: an indicator table sets
 * goals beside its baselines, so the columns right of it were printed where no reading of the table
 * finds them (on another page, after the text that follows). Named, not guessed.
 */
export function missingTargets(roles: readonly ColumnRole[], first: SourceLine): DocumentIssue[] {
  if (!roles.includes('baseline') || roles.some((role) => GOAL_ROLES.has(role))) return [];
  return [{
    code: 'table-unread', severity: 'warning', line: first.line, excerpt: first.text.trim(),
    message: `第 ${first.line} 行起的表格只读到基期值列，没有目标值列：PDF 转文本时右侧的列（目标值、属性等）可能印在了别处，未能读入；请对照原文件核对`,
  }];
}
