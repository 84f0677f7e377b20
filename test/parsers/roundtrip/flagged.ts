import { isDoubtfulTable, isTableIssue, type DocumentIssue, type IndicatorTable } from '../../../src/domain/index.ts';

/** What the parser said about one rendering's stretch of lines: its tables and its issues. */
export interface Reading {
  readonly tables: readonly IndicatorTable[];
  readonly issues: readonly DocumentIssue[];
}

/**
 * Whether a user is told to check a rendering: a table of it below the confidence where the product asks
 * for a check, or a table issue (table-ambiguous, table-unread …) on its lines. A wrong rendering that is
 * not flagged is silent: the numbers it shows are wrong and nothing says so.
 */
export const isFlagged = (reading: Reading): boolean =>
  reading.tables.some(isDoubtfulTable) || reading.issues.some(isTableIssue);

/** The tables and issues whose line lies in [from, to). */
export const readingBetween = (reading: Reading, from: number, to: number): Reading => {
  const inside = (line: number | null) => line !== null && line >= from && line < to;
  return { tables: reading.tables.filter((t) => inside(t.line)), issues: reading.issues.filter((i) => inside(i.line)) };
};
