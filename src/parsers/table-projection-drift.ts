import { parseValue } from './parse-value.ts';
import { type Extent, type Piece, printedColumns, rulesOf, splitAtGaps } from './table-projection-gaps.ts';

/**
 * `pdftotext -layout` places a line's text by the text left of it on the page, not by the table's
 * columns: a row with little before it (often the first rows under a header, or a row without a
 * wrapped name) is set a few characters to the left, more so the further right (常住人口城镇化率 at 15
 * where the names stand at 18, its value at 34 where the values stand at 44). Projected with the
 * other rows, such a row smears its pieces over the rules between columns and merges them. A row is
 * drifted when it does not fit the columns the other rows print in (a piece over no column, two
 * pieces in one, a number in a column of words) but its pieces, taken in order, fit them set left.
 * Drifted rows are left out of the projection and their pieces go to the columns in order.
 */

/** A drifted row sits left of its columns; a right-aligned number may stand a digit or two right of them. */
const MAX_RIGHT_SHIFT = 2;
/**
 * How far left: by at most this share of a piece's distance from the line's start, as the text left of it
 * is what pushes the other rows right (seen up to 14 of 43 characters); a group label at the line's start
 * is in a column of its own, not set left of the name column.
 */
const MAX_LEFT_SHARE = 0.4;

/**
 * A row with an empty cell before its values (综合保税区 | | 建成 | 建成, no unit) may instead stand right of its
 * columns, pushed by the width of what the other rows print there: by at most this share of a piece's
 * distance from the line's start (seen 12 of 54 characters).
 */
const MAX_RIGHT_SHARE = 0.3;

/** At most this share of the rows is taken for drifted: the columns must rest on the other rows. */
const MAX_DRIFTED_SHARE = 1 / 3;

/** A cell that is a number (with its comparator, brackets, 左右 …), not words with a number in them (（PM2.5）浓度). */
const isNumber = (text: string) =>
  /\d/.test(text) && !/[A-Za-z]|[\u4e00-\u9fff]{3}/.test(text.replace(/左右|以上|以下|以内/g, '')) &&
  parseValue(text).value !== null;

/** Each piece is typed once: the passes ask about the same pieces again and again. */
const typedPieces = new WeakMap<Piece, boolean>();

function isNumberPiece(line: string, piece: Piece): boolean {
  let number = typedPieces.get(piece);
  if (number === undefined) typedPieces.set(piece, (number = isNumber(line.slice(piece.from, piece.to))));
  return number;
}

interface Columns {
  readonly extents: Extent[];
  /** the character columns the rows cover (table-projection-gaps.ts) */
  readonly covered?: Uint8Array;
  /** the column holds only words (units, names) in the rows that made it: no number goes there */
  readonly wordsOnly: boolean[];
}


/**
 * Finds drifted rows among `rows` (the pieces of each data row; `text(r)` its line), pass by pass:
 * each pass leaves out the rows that fit the columns of the others set left only.
 */
export function findDrifted(text: (row: number) => string, rows: readonly (readonly Piece[])[], wide: boolean): Set<number> {
  const kept = rows.map((_, r) => r);
  const drifted = new Set<number>();
  const limit = Math.floor(rows.length * MAX_DRIFTED_SHARE);
  while (drifted.size < limit) {
    let best: { row: number; shift: number } | undefined;
    for (const r of kept) {
      const columns = columnsOf(text, rows, kept.filter((k) => k !== r), wide);
      // two cells one space apart where the other rows part those columns (万元/人 15) are two pieces
      const pieces = splitAtGaps(text(r), rows[r], columns.covered!, wide);
      if (fits(text(r), pieces, columns)) continue;
      const shift = alignShifted(text(r), pieces, columns)?.shift ?? Infinity;
      if (shift < (best?.shift ?? Infinity)) best = { row: r, shift };
    }
    // the row set left least first: a row that fits no column leaves the columns of the others out of place
    if (!best) break;
    kept.splice(kept.indexOf(best.row), 1);
    drifted.add(best.row);
  }
  // the columns of the rows that remain must place every drifted row
  const columns = columnsOf(text, rows, kept, wide);
  return [...drifted].every((r) => alignShifted(text(r), rows[r], columns)) ? drifted : new Set();
}

/** A drifted row's pieces over the projection's columns (`among`: the rows that made them), or undefined. */
export function placeDrifted(
  text: (row: number) => string, rows: readonly (readonly Piece[])[], among: readonly number[], row: number,
  extents: readonly Extent[],
): Array<Piece | undefined> | undefined {
  const columns = typed(text, rows, among, [...extents]);
  // 学前教 1, 98.5 99 以上: cells one space apart where the other rows part those columns are two pieces
  const covered = rulesOf(printedColumns((i) => text(among[i]), among.map((r) => rows[r]), false), true);
  const split = splitAtGaps(text(row), rows[row], covered, false);
  return (alignShifted(text(row), split, columns) ?? alignShifted(text(row), rows[row], columns))?.cells;
}

function columnsOf(text: (row: number) => string, rows: readonly (readonly Piece[])[], among: readonly number[], wide: boolean): Columns {
  const covered = rulesOf(printedColumns((i) => text(among[i]), among.map((r) => rows[r]), wide), true);
  // two values one space apart (58.3 >62) are typed apart: as one piece they would leave the second column numberless
  const split = [...rows];
  for (const r of among) split[r] = splitAtGaps(text(r), rows[r], covered, wide);
  return { ...typed(text, split, among, extentsOf(covered)), covered };
}

/** A dash stands for a value left out: it tells a column of values from one of words no more than an empty cell. */
const isDash = (text: string) => /^[—–\-－]+$/.test(text);

function typed(text: (row: number) => string, rows: readonly (readonly Piece[])[], among: readonly number[], extents: Extent[]): Columns {
  const numbers = extents.map(() => 0);
  const words = extents.map(() => 0);
  for (const r of among) {
    for (const p of rows[r]) {
      const k = bestExtent(p, extents);
      if (k < 0) continue;
      if (isNumberPiece(text(r), p)) numbers[k]++;
      else if (!isDash(text(r).slice(p.from, p.to))) words[k]++;
    }
  }
  return { extents, wordsOnly: extents.map((_, k) => numbers[k] === 0 && words[k] >= 2) };
}

function extentsOf(covered: Uint8Array): Extent[] {
  const extents: Extent[] = [];
  let start = -1;
  for (let c = 0; c <= covered.length; c++) {
    if (covered[c] && start < 0) start = c;
    if (!covered[c] && start >= 0) extents.push({ start, end: c }), (start = -1);
  }
  return extents;
}

const overlap = (a: Extent, b: Extent) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

function bestExtent(piece: Extent, extents: readonly Extent[]): number {
  let best = -1;
  extents.forEach((e, k) => {
    if (overlap(piece, e) > 0 && (best < 0 || overlap(piece, e) > overlap(piece, extents[best]))) best = k;
  });
  return best;
}

/** Each piece over a column of its own, and no number in a column of words. */
function fits(line: string, pieces: readonly Piece[], columns: Columns): boolean {
  const used = new Set<number>();
  for (const p of pieces) {
    const k = bestExtent(p, columns.extents);
    if (k < 0 || used.has(k) || (columns.wordsOnly[k] && isNumberPiece(line, p))) return false;
    used.add(k);
  }
  return true;
}

interface Placing {
  readonly cells: Array<Piece | undefined>;
  /** the mean shift of a piece */
  readonly shift: number;
}

/** The pieces set left of their columns or (a row with fewer pieces than columns) right of them, whichever shifts less. */
function alignShifted(line: string, pieces: readonly Piece[], columns: Columns): Placing | undefined {
  const left = alignShiftedOneWay(line, pieces, columns, false);
  const right = pieces.length < columns.extents.length ? alignShiftedOneWay(line, pieces, columns, true) : undefined;
  return left && right ? (right.shift < left.shift ? right : left) : (left ?? right);
}

/**
 * The pieces in order over the columns, each at or left of its column's start (`right`: at or right of it),
 * no number in a column of words, at the least total shift; undefined when no such placing exists.
 */
function alignShiftedOneWay(line: string, pieces: readonly Piece[], columns: Columns, right: boolean): Placing | undefined {
  const { extents, wordsOnly } = columns;
  const n = pieces.length;
  const m = extents.length;
  if (n === 0 || n > m) return undefined;
  const cost = (i: number, k: number) => {
    const shift = (extents[k].start - pieces[i].start) * (right ? -1 : 1);
    const far = shift > MAX_RIGHT_SHIFT + (right ? MAX_RIGHT_SHARE : MAX_LEFT_SHARE) * pieces[i].start;
    if (shift < -MAX_RIGHT_SHIFT || far || (wordsOnly[k] && isNumberPiece(line, pieces[i]))) return Infinity;
    return Math.abs(shift);
  };
  // best[i][k]: the least cost of placing pieces 0..i-1 in columns 0..k-1
  const best = Array.from({ length: n + 1 }, (_, i) => new Array<number>(m + 1).fill(i === 0 ? 0 : Infinity));
  for (let i = 1; i <= n; i++) {
    for (let k = i; k <= m; k++) best[i][k] = Math.min(best[i][k - 1], best[i - 1][k - 1] + cost(i - 1, k - 1));
  }
  if (!Number.isFinite(best[n][m])) return undefined;
  const cells: Array<Piece | undefined> = extents.map(() => undefined);
  for (let i = n, k = m; i > 0; k--) {
    if (best[i][k] !== best[i][k - 1]) cells[k - 1] = pieces[--i];
  }
  return { cells, shift: best[n][m] / n };
}
