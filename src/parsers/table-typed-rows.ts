import type { ColumnRole } from './table-header.ts';
import type { Cell } from './table-lines.ts';
import {
  canOpenName, isAttributeCell, isDashCell, isGroupCell, isOutcomeWords, isSeqCell, isUnitCell, isValueCell, NUMBERED_NAME,
} from './table-cell-types.ts';

/**
 * Rows whose empty cells left no trace (`pdftotext` without -layout joins cells with single spaces;
 * one cell per line drops empty cells): the printed pieces are fitted to the header's columns in
 * order by what each piece can be (a number, a unit, 约束性, a row number, words). Pieces may join
 * into one name (产值 100 亿元以上企业数); which column stays empty is chosen at the least cost, so
 * the fit is a small dynamic programme, linear in the pieces.
 */

const IMPOSSIBLE = Number.POSITIVE_INFINITY;
const VALUE_ROLES = new Set<ColumnRole>(['baseline', 'target', 'actual', 'annual', 'growth']);
/** A name seldom has more pieces than this (a PDF's text splits digits and Latin words from Chinese). */
const MAX_NAME_PIECES = 8;

/** What a piece can be, read once (the fit looks at each piece many times). */
interface Piece {
  readonly unit: boolean;
  readonly attribute: boolean;
  readonly value: boolean;
  readonly seq: boolean;
  readonly group: boolean;
  readonly opensName: boolean;
  readonly outcome: boolean;
  readonly dash: boolean;
  /** 4．研发经费…: a numbered name, which opens a row */
  readonly numbered: boolean;
  /** …比重（%）: a name that ends in its unit, which closes the name */
  readonly closesName: boolean;
}

const readPiece = (text: string): Piece => ({
  unit: isUnitCell(text), attribute: isAttributeCell(text), value: isValueCell(text), seq: isSeqCell(text),
  group: isGroupCell(text), opensName: canOpenName(text), outcome: isOutcomeWords(text), dash: isDashCell(text),
  numbered: NUMBERED_NAME.test(text), closesName: endsInUnit(text),
});

const endsInUnit = (text: string) => {
  const bracket = /[（(]([^（）()]{1,12})[)）]$/.exec(text);
  return bracket !== null && bracket.index > 0 && isUnitCell(bracket[1]);
};

/** What leaving a column empty costs: an early value column (the baseline) is the likelier gap. */
function skipCost(role: ColumnRole, column: number): number {
  if (role === 'name') return IMPOSSIBLE;
  if (VALUE_ROLES.has(role)) return 1 + 0.01 * column;
  if (role === 'category' || role === 'other') return 0.5;
  if (role === 'unit') return 0.6;
  return 1;
}

/** What putting kinds[from, from + count) in column `column` of `role` costs. */
function placeCost(role: ColumnRole, kinds: readonly Piece[], from: number, count: number, column: number): number {
  const first = kinds[from];
  if (role === 'name') return first.opensName ? nameCost(kinds, from, count) : IMPOSSIBLE;
  // a value cell printed with a space inside (99% 99, 市下达目 标): only where no other fit exists, an
  // earlier column taking it first
  if (count === 2 && VALUE_ROLES.has(role)) {
    const second = kinds[from + 1];
    return !first.unit && !first.attribute && !second.unit && !second.attribute ? 2.5 + 0.01 * column : IMPOSSIBLE;
  }
  // a group label printed over several lines (城镇 / 功能, 经 / 济 / 强)
  if (role === 'category') {
    for (let k = from; k < from + count; k++) if (!kinds[k].group) return IMPOSSIBLE;
    return 0.5 + 0.8 * (count - 1);
  }
  if (count > 1) return IMPOSSIBLE;
  if (role === 'seq') return first.seq ? 0 : IMPOSSIBLE;
  // a dash in the unit column: a row without a unit (an index, a ratio)
  if (role === 'unit') return first.unit ? 0 : first.dash ? 0.2 : IMPOSSIBLE;
  if (role === 'attribute') return first.attribute ? 0 : IMPOSSIBLE;
  if (VALUE_ROLES.has(role)) {
    if (first.value) return 0;
    // a value in words (建成, 与经济增长同步, >7、力争达到8): possible, less likely than a longer name
    if (first.unit || first.attribute) return IMPOSSIBLE;
    return first.outcome ? 0.3 : 1.5;
  }
  return 0.8;
}

/**
 * A name split by spaces (优于 III 类水比例, 产值 100 亿元以上企业数): each further piece costs one; a unit
 * inside a name, a piece after the unit the name ends in (…下降（%） 市下达目 标) or a number ending it is
 * unlikely (they are the next cells), a class or a numbered name (which opens the next row) impossible.
 */
function nameCost(kinds: readonly Piece[], from: number, count: number): number {
  let cost = 0;
  for (let k = from + 1; k < from + count; k++) {
    if (kinds[k].attribute || kinds[k].numbered) return IMPOSSIBLE;
    cost += (kinds[k].unit ? 2.5 : 1) + (kinds[k - 1].closesName ? AFTER_UNIT_COST : 0);
  }
  return count > 1 && kinds[from + count - 1].value ? cost + 2 : cost;
}

/** What a piece after a name's bracketed unit adds: more than a value printed with a space inside (2.5) costs. */
const AFTER_UNIT_COST = 2;

/** A group label seldom wraps onto more lines than this. */
const MAX_GROUP_PIECES = 4;

const maxPieces = (role: ColumnRole) =>
  role === 'name' ? MAX_NAME_PIECES : role === 'category' ? MAX_GROUP_PIECES : VALUE_ROLES.has(role) ? 2 : 1;

interface Step {
  readonly cost: number;
  /** pieces taken by this column (0: left empty) */
  readonly take: number;
}

/** The least-cost fit: best[i][j] places pieces i… from column j of a row (j === m: the row is done). */
function solve(pieces: readonly Cell[], roles: readonly ColumnRole[], several: boolean, cut = false): Step[][] | undefined {
  const n = pieces.length;
  const m = roles.length;
  const nameAt = roles.indexOf('name');
  if (n === 0 || nameAt < 0) return undefined;
  const kinds = pieces.map((p) => readPiece(p.text));
  const best: Step[][] = Array.from({ length: n + 1 }, () => Array.from({ length: m + 1 }, () => ({ cost: IMPOSSIBLE, take: 0 })));
  const skips = roles.map(skipCost);
  const most = roles.map(maxPieces);
  const fill = (i: number, j: number) => {
    let step: Step = { cost: skips[j] + best[i][j + 1].cost, take: 0 };
    for (let k = 1; k <= most[j] && i + k <= n; k++) {
      const cost = placeCost(roles[j], kinds, i, k, j) + best[i + k][j + 1].cost;
      if (cost < step.cost) step = { cost, take: k };
    }
    best[i][j] = step;
  };
  // columns up to the name take a piece before a row can end, so they are filled first: a new row at i needs them
  for (let i = n; i >= 0; i--) {
    // a sample cut off mid-row may end anywhere
    if (i === n && cut) {
      best[n].fill({ cost: 0, take: 0 });
      continue;
    }
    for (let j = nameAt; j >= 0; j--) fill(i, j);
    best[i][m] = { cost: i === n ? 0 : several ? best[i][0].cost : IMPOSSIBLE, take: 0 };
    for (let j = m - 1; j > nameAt; j--) fill(i, j);
  }
  return Number.isFinite(best[0][0].cost) ? best : undefined;
}

/**
 * Fits pieces into one or more rows of the header's columns (`several`: rows follow one another
 * without a break, as one cell per line prints them). Returns undefined when no fit exists.
 */
export function fitRows(pieces: readonly Cell[], roles: readonly ColumnRole[], several: boolean, joiner = ' '): Cell[][] | undefined {
  const best = solve(pieces, roles, several);
  return best && readFit(pieces, best, roles.length, joiner);
}

/**
 * What the best fit of rows following one another costs (Infinity: none): lower is a likelier reading.
 * `cut`: the pieces are the first ones of a longer run, so the last row may stop anywhere.
 */
export function fitCost(pieces: readonly Cell[], roles: readonly ColumnRole[], cut: boolean): number {
  return solve(pieces, roles, true, cut)?.[0][0].cost ?? IMPOSSIBLE;
}

function readFit(pieces: readonly Cell[], best: readonly Step[][], m: number, joiner: string): Cell[][] {
  const rows: Cell[][] = [];
  let i = 0;
  while (i < pieces.length) {
    const row: Cell[] = [];
    for (let j = 0; j < m; j++) {
      const { take } = best[i][j];
      const taken = pieces.slice(i, i + take);
      const line = taken[0]?.line ?? pieces[Math.min(i, pieces.length - 1)].line;
      row.push({ text: taken.map((p) => p.text).join(joiner), line });
      i += take;
    }
    rows.push(row);
  }
  return rows;
}
