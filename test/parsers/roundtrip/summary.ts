import type { Outcome } from './known-gaps.ts';

/** The outcomes of every variant of one table in one family. */
export interface CaseResult {
  readonly family: string;
  readonly table: string;
  readonly outcomes: readonly Outcome[];
}

export interface FamilyTally {
  readonly family: string;
  readonly tables: number;
  /** tables that came back exact in every variant */
  readonly exactTables: number;
  readonly renderings: number;
  readonly exactRenderings: number;
}

export function tallyFamilies(results: readonly CaseResult[]): FamilyTally[] {
  const families = [...new Set(results.map((r) => r.family))];
  return families.map((family) => {
    const mine = results.filter((r) => r.family === family);
    const outcomes = mine.flatMap((r) => r.outcomes);
    return {
      family,
      tables: mine.length,
      exactTables: mine.filter((r) => r.outcomes.every((o) => !o.difference)).length,
      renderings: outcomes.length,
      exactRenderings: outcomes.filter((o) => !o.difference).length,
    };
  });
}

/** `family: N/M tables exact (K/L renderings)`, one line per family. */
export const summaryLines = (results: readonly CaseResult[]) =>
  tallyFamilies(results).map((t) =>
    `${t.family}: ${t.exactTables}/${t.tables} tables exact (${t.exactRenderings}/${t.renderings} renderings)`);
