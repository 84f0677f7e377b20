import type { DocumentIssue, Indicator, IndicatorTable, SourceLine } from '../domain/index.ts';

export interface ExtractedTables {
  readonly tables: IndicatorTable[];
  readonly indicators: Indicator[];
  readonly issues: DocumentIssue[];
}

/** Finds indicator tables (caption, header, rows, notes) in a plan's lines. Placeholder. */
export function extractTables(_lines: readonly SourceLine[]): ExtractedTables {
  return { tables: [], indicators: [], issues: [] };
}
