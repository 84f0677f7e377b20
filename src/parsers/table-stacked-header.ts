import { isHeaderCell, joinSplitHeader, readHeader } from './table-header.ts';
import { isAttributeCell, isUnitCell, isValueCell } from './table-cell-types.ts';
import { isLowerHeaderLine, joinHeaderPieces } from './table-header-pieces.ts';
import { isNumberedGroupLabel } from './table-group-rows.ts';
import type { Cell } from './table-lines.ts';
import { fitCost } from './table-typed-rows.ts';

/** The header of a one-cell-per-line table: how many cells it takes and the column words they make. */
export interface StackedHeader {
  readonly count: number;
  readonly header: string[];
  /** a header over two lines: every column's word on the first, pieces of some below (set at the top) */
  readonly twoLines?: boolean;
}

/** A header seldom has more columns than this; the search over its two lines stays small. */
const MAX_COLUMNS = 12;
/** The first cells of the body tell a right header from a wrong one; fitting them all costs time. */
const BODY_SAMPLE = 80;
/** Header pieces are short words; a longer cell is a name. */
const MAX_PIECE = 12;

/**
 * Without a blank line after the header its end is a guess: a first name may read as a header word
 * (地区生产总值增长, 基础设施 as a group), and a header printed over two lines (计量 … 202 / 单位 … 5年)
 * has pieces that are no header words alone. Every reading of the first cells as a one- or two-line
 * header is tried; the one whose rows fit their columns best by type wins (the longest on a tie).
 */
export function chooseStackedHeader(cells: readonly Cell[], most: number, marked: boolean): StackedHeader {
  const oneLine = (n: number) => joinSplitHeader(cells.slice(0, n).map((c) => c.text));
  let chosen: StackedHeader = { count: most, header: oneLine(most) };
  if (marked || most >= cells.length) return chosen;
  let least = Number.POSITIVE_INFINITY;
  const consider = (count: number, header: string[], twoLines = false) => {
    const roles = readHeader(header)?.roles;
    if (!roles) return;
    const cost = fitCost(cells.slice(count, count + BODY_SAMPLE), roles, count + BODY_SAMPLE < cells.length) + headerCost(cells.slice(0, count));
    if (cost < least) [chosen, least] = [{ count, header, twoLines }, cost];
  };
  for (let n = most; n >= 3; n--) consider(n, oneLine(n));
  for (const { count, header } of twoLineHeaders(cells)) consider(count, header, true);
  return chosen;
}

function* twoLineHeaders(cells: readonly Cell[]): Generator<StackedHeader> {
  const texts = cells.slice(0, 2 * MAX_COLUMNS).map((c) => c.text);
  // a name or a group row's label (一、…) ends the header
  const short = texts.findIndex((t) => t.length > MAX_PIECE || isNumberedGroupLabel(t));
  const limit = short < 0 ? texts.length : short;
  for (let upper = 3; upper <= Math.min(MAX_COLUMNS, limit); upper++) {
    for (let lower = 1; lower < upper && upper + lower <= limit; lower++) {
      const top = texts.slice(0, upper);
      const below = texts.slice(upper, upper + lower);
      const header = joinHeaderPieces(top, below);
      if (header && isLowerHeaderLine(top, below, header) && readHeader(header)?.roles.includes('name')) {
        yield { count: upper + lower, header, twoLines: true };
      }
    }
  }
}

/**
 * What taking cells as the header costs: nothing for header words, a little for the pieces of a cut
 * year (202 / 5年), more for other words, much for what a row holds (a unit, a value, a class): a
 * reading must not make a row its header to leave fewer cells to fit.
 */
function headerCost(cells: readonly Cell[]): number {
  let cost = 0;
  for (const { text } of cells) {
    if (isHeaderCell(text)) continue;
    if (/^(?:\d{1,4}|\d{0,3}年.{0,4})$/.test(text)) cost += 1;
    else if (isUnitCell(text) || isAttributeCell(text) || isValueCell(text)) cost += 3;
    else cost += 1.5;
  }
  return cost;
}
