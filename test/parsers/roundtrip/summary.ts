import { isFalseAlarm, isSilent, type Outcome } from './known-gaps.ts';

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
  /** printed rows over all renderings, and those that came back exact */
  readonly rows: number;
  readonly exactRows: number;
  /** renderings that differ with nothing flagged (known-gaps.ts `isSilent`), and their rows not exact */
  readonly silentRenderings: number;
  readonly silentRows: number;
  /** exact renderings flagged all the same (known-gaps.ts `isFalseAlarm`) */
  readonly falseAlarms: number;
}

export function tallyFamilies(results: readonly CaseResult[]): FamilyTally[] {
  const families = [...new Set(results.map((r) => r.family))];
  return families.map((family) => {
    const mine = results.filter((r) => r.family === family);
    const outcomes = mine.flatMap((r) => r.outcomes);
    const silent = outcomes.filter(isSilent);
    return {
      family,
      tables: mine.length,
      exactTables: mine.filter((r) => r.outcomes.every((o) => !o.difference)).length,
      renderings: outcomes.length,
      exactRenderings: outcomes.filter((o) => !o.difference).length,
      rows: outcomes.reduce((n, o) => n + o.rows, 0),
      exactRows: outcomes.reduce((n, o) => n + o.exactRows, 0),
      silentRenderings: silent.length,
      silentRows: silent.reduce((n, o) => n + o.rows - o.exactRows, 0),
      falseAlarms: outcomes.filter(isFalseAlarm).length,
    };
  });
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;

/**
 * `family: N/M tables exact (K/L renderings, R/S rows = P %); silent: N renderings / M rows; false alarms:
 * F/K`, one line per family. Rows exact is the proxy for the target of ≥ 95 % of indicator rows right on
 * documents the parser has never seen; silent counts the wrong renderings nothing flags (the target: no
 * table wrong unannounced); false alarms the exact renderings flagged all the same (a flag on every right
 * reading is one nobody reads).
 */
export const summaryLines = (results: readonly CaseResult[]) =>
  tallyFamilies(results).map((t) =>
    `${t.family}: ${t.exactTables}/${t.tables} tables exact (${t.exactRenderings}/${t.renderings} renderings, ` +
    `${t.exactRows}/${t.rows} rows = ${percent(t.exactRows, t.rows)}); ` +
    `silent: ${t.silentRenderings} renderings / ${t.silentRows} rows; ` +
    `false alarms: ${t.falseAlarms}/${t.exactRenderings}`);
