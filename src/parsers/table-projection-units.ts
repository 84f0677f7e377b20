import { isUnitCell } from './table-cell-types.ts';
import type { Extent, Piece } from './table-projection-gaps.ts';

/**
 * `pdftotext -layout` counts a CJK character as one slot though it prints two wide, so a long name pushes
 * the text after it right and a short one lets it stand left: a narrow 单位 column close to the names
 * (地区生产总值增长   % beside 单位地区生产总值能源消耗降低  % and 微克/立方 a line above its row) leaves
 * no character column that no row prints in, and the names and units project as one column. Rows that
 * print a name and then, two spaces or more after it, a unit in that column part it: the names end left
 * of where every such unit starts.
 */

/** Rows printing a name and a unit apart in the column, at least: one such row may be a name that ends in a unit word. */
const MIN_PARTED_ROWS = 2;

const UNIT_HEADER = /^单位$/;

interface Line {
  readonly text: string;
  readonly pieces: readonly Piece[];
}

/**
 * The extents with the column that holds names and units split in two, when a 单位 header word stands nearer
 * to it than to any other column and the rows that print two pieces there print a unit last; else as given.
 * Where the units have a column of their own but some stand left of it, in the names' column (a name short
 * enough to let its unit stand left), the two columns are parted again at the names' end.
 */
export function splitUnitColumn(extents: readonly Extent[], rows: readonly Line[], header: readonly Line[]): Extent[] {
  const unitWord = header.flatMap((l) => l.pieces.filter((p) => UNIT_HEADER.test(l.text.slice(p.from, p.to).replace(/\s+/g, ''))))[0];
  const k = unitWord ? nearest(extents, unitWord) : -1;
  if (k < 0) return [...extents];
  const own = namesEnd(extents[k], rows);
  if (own) return parted(extents, k, k, own.namesTo);
  const before = extents[k - 1];
  const joined = before && namesEnd({ start: before.start, end: extents[k].end }, rows);
  return joined && joined.unitsFrom < before.end ? parted(extents, k - 1, k, joined.namesTo) : [...extents];
}

/** Extents `from`…`to` (one, or the names' and the units') replaced by the names' up to `namesTo` and the units' after it. */
const parted = (extents: readonly Extent[], from: number, to: number, namesTo: number): Extent[] => [
  ...extents.slice(0, from), { start: extents[from].start, end: namesTo }, { start: namesTo + 1, end: extents[to].end }, ...extents.slice(to + 1),
];

/** The column a header word stands over or, over none, the one it stands closest to (by the gap between them). */
function nearest(extents: readonly Extent[], word: Extent): number {
  const gap = (e: Extent) => Math.max(0, e.start - word.end, word.start - e.end);
  return extents.reduce((best, e, k) => (best < 0 || gap(e) < gap(extents[best]) ? k : best), -1);
}

/**
 * Where the names end in column `e`: right of every name a row prints before its unit and left of every such
 * unit (with a column between them); undefined unless enough rows part a name and a unit there and every row
 * printing two pieces there prints a unit last.
 */
function namesEnd(e: Extent, rows: readonly Line[]): { namesTo: number; unitsFrom: number } | undefined {
  let namesTo = -1;
  let unitsFrom = Infinity;
  let count = 0;
  for (const { text, pieces } of rows) {
    const inside = pieces.filter((p) => p.start >= e.start && p.end <= e.end);
    if (inside.length < 2) continue;
    const [name, unit] = [inside.at(-2)!, inside.at(-1)!];
    if (!isUnitCell(text.slice(unit.from, unit.to)) || isUnitCell(text.slice(name.from, name.to))) return undefined;
    namesTo = Math.max(namesTo, name.end);
    unitsFrom = Math.min(unitsFrom, unit.start);
    count++;
  }
  return count >= MIN_PARTED_ROWS && namesTo < unitsFrom && namesTo + 1 < e.end ? { namesTo, unitsFrom } : undefined;
}
