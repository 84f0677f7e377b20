import type { Value } from '../domain/index.ts';

export interface CellContext {
  /** the table or its notes use brackets for five-year totals */
  readonly bracketsMeanCumulative?: boolean;
  /** year given by a note for starred cells (带*的为2019年数据) */
  readonly starredYear?: number | null;
}

/** Reads one printed cell (≥82, 6左右, [21], 建成 …) into a Value. Never throws. Placeholder. */
export function parseValue(raw: string, _context: CellContext = {}): Value {
  const trimmed = raw.trim();
  const number = Number(trimmed);
  return { raw: trimmed, value: trimmed && Number.isFinite(number) ? number : null, comparator: trimmed && Number.isFinite(number) ? 'eq' : null, cumulative: false, year: null, text: null };
}
