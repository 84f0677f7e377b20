import type { DocumentIssue, IndicatorTable } from './plan.ts';

/**
 * Below this confidence a table's reading is flagged for checking (`plantrack extract` adds 请核对): right
 * readings of the development fixtures and seeds score ≥ 0.88; a reading that leaves cells unplaced or
 * names glued scores lower.
 */
export const DOUBTFUL_CONFIDENCE = 0.8;

/** Whether a table's reading must be checked by a person before its numbers are trusted. */
export const isDoubtfulTable = (table: Pick<IndicatorTable, 'confidence'>): boolean =>
  table.confidence !== undefined && table.confidence < DOUBTFUL_CONFIDENCE;

/**
 * Whether an issue warns about a table's reading (table-ambiguous, table-unread, table-cell-unread …):
 * the parser's table issues all carry the `table-` prefix, so a new kind of doubt counts without a list to
 * keep in step.
 */
export const isTableIssue = (issue: Pick<DocumentIssue, 'code'>): boolean => issue.code.startsWith('table-');
