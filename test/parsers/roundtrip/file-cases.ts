import type { FixtureTable } from './fixture-tables.ts';
import type { CaseResult } from './summary.ts';

/** Word, HTML and PDF renderings of every table (to come). */
export async function fileResults(_tables: readonly FixtureTable[]): Promise<CaseResult[]> {
  return [];
}
