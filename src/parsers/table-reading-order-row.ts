import {
  canOpenName, isAttributeCell, isDashCell, isGroupCell, isOutcomeWords, isSeqCell, isUnitCell, isValueCell,
} from './table-cell-types.ts';
import type { ColumnRole } from './table-header.ts';
import { type Cell, displayWidth } from './table-lines.ts';
import { mayStandEitherWay, type RowDoubt, type Valued } from './table-reading-order-doubts.ts';

/**
 * One row of a ruled table as `pdftotext` without -layout prints it, in reading order: the cells of a
 * row are sorted by where their text starts from the top, so a cell wrapped over two lines prints its
 * first line before the row (head) and its last line after it (tail); the one-line cells come between,
 * first those without Chinese (序号, numbers, %: their glyphs stand a little higher), then those with
 * Chinese, each run left to right. The row's pieces are fitted to the columns by type: each run takes
 * columns in order, heads pair with tails in order, a middle line of a three-line cell joins its pair.
 */

export const IMPOSSIBLE = Number.POSITIVE_INFINITY;
const VALUE_ROLES = new Set<ColumnRole>(['baseline', 'target', 'actual', 'annual', 'growth']);
/** A row seldom wraps more of its cells than this (name, class, unit). */
const MAX_WRAPPED = 3;
/** What a wrapped cell costs over a one-line one: wrapping is the exception, over three lines more so. */
const WRAP_COST = 0.1;
const THREE_LINES_COST = 0.4;
/**
 * A row with cells without Chinese printed after its first cell with Chinese (whose such cells print
 * first): the next row's number or value likelier than its own. Once a row, so that rows printed left
 * to right (a Word export, a cell a line, the name first) keep their cut.
 */
const LATE_NARROW_COST = 0.2;
/** Words in a value column (力争高于全省平均) are seldom longer; each character more makes a name's piece likelier. */
const MAX_VALUE_WORDS = 10;
const WORDS_CHAR_COST = 0.2;
/** What a label of one character costs more in a row: names wrap a last character onto a line of their own more often. */
const LONE_CHAR_LABEL_COST = 0.3;
/**
 * How wide a wrapped name's first line is at least, of `nameWidth` (the widest name line printed, 0: not
 * known): it fills the name column (a bracketed Latin word, `（PM2.5）`, is not split, so a line may end a
 * third early). A far shorter piece before a row is a name of its own or a 类别 label, not a head.
 */
const HEAD_MIN_SHARE = 0.6;
/** A column printed elsewhere for some rows (a 序号 block) is left empty cheaply, still dearer than a cell in place. */
const FREE_SKIP_COST = 0.5;

/** Chinese or full-width text: printed in the second run of a row. */
export const hasWideText = (text: string): boolean => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(text);

function skipCost(role: ColumnRole, column: number): number {
  if (role === 'name') return IMPOSSIBLE;
  if (role === 'category' || role === 'other') return 0;
  if (VALUE_ROLES.has(role)) return 1 + 0.01 * column;
  if (role === 'unit') return 0.6;
  // a table with a 序号 column numbers every row
  if (role === 'seq') return 2;
  return 1;
}

/** What the text costs in a column of `role` (0: just what the column holds). */
export function placeCost(role: ColumnRole, text: string): number {
  switch (role) {
    case 'name': return canOpenName(text) && [...text].length >= 2 ? 0 : IMPOSSIBLE;
    // a group's label is short: a longer piece is likelier a name; a lone character likelier a wrapped name's tail (…缴费 / 率)
    case 'category': return isGroupCell(text) ? 0.2 + 0.1 * Math.max(0, [...text].length - 4) + ([...text].length === 1 ? LONE_CHAR_LABEL_COST : 0) : IMPOSSIBLE;
    case 'seq': return isSeqCell(text) ? 0 : IMPOSSIBLE;
    case 'unit': return isUnitCell(text) ? 0 : isDashCell(text) ? 0.2 : IMPOSSIBLE;
    case 'attribute': return isAttributeCell(text) ? 0 : IMPOSSIBLE;
    case 'other': return 0.8;
    default:
      if (isValueCell(text)) return 0;
      if (isUnitCell(text) || isAttributeCell(text) || isSeqCell(text)) return IMPOSSIBLE;
      return isOutcomeWords(text) ? 0.3 : 1.5 + WORDS_CHAR_COST * Math.max(0, [...text].length - MAX_VALUE_WORDS);
  }
}

/**
 * The fit of a row over cells[from, to) of a table body. What each cell costs in each column is worked
 * out once: a row's fit looks at every cell many times, and at every pairing of a head with a tail.
 */
export type RowFitter = ((from: number, to: number) => RowFit | undefined) & {
  readonly doubtOf: (fit: RowFit) => RowDoubt | undefined;
};

export function createRowFitter(
  cells: readonly Cell[], roles: readonly ColumnRole[], free: ReadonlySet<number> = new Set(), nameWidth = 0,
): RowFitter {
  const m = roles.length;
  const costsOf = (text: string) => Float64Array.from(roles, (role) => placeCost(role, text));
  const costs = cells.map((c) => costsOf(c.text));
  const wide = cells.map((c) => hasWideText(c.text));
  const narrowCells = prefixCounts(wide.map((w) => !w));
  const nameAt = roles.indexOf('name');
  const categoryAt = roles.indexOf('category');
  /** how many cells before index i fit no column alone, and can be a name */
  const unplaceable = prefixCounts(costs.map((cs) => cs.every((c) => c === IMPOSSIBLE)));
  const nameable = prefixCounts(costs.map((cs) => cs[nameAt] !== IMPOSSIBLE));
  const joined = new Map<number, Float64Array>();
  const narrowestHead = nameWidth * HEAD_MIN_SHARE;
  /** the tables of one fit, reused: a body is fitted many thousand times */
  let costTable = new Float64Array(0);
  let choices = new Uint8Array(0);

  function table(length: number): Float64Array {
    if (costTable.length < length) {
      costTable = new Float64Array(length);
      choices = new Uint8Array(length);
    }
    costTable.fill(IMPOSSIBLE, 0, length);
    return costTable;
  }

  /** Whether cells[from, to) can be the one-line cells of a row: each fits some column, one can be the name. */
  function canFit(from: number, to: number, wrapped: number): boolean {
    const count = (prefix: Int32Array) => prefix[to] - prefix[from];
    return to - from <= m && count(unplaceable) === 0 && (wrapped > 0 || count(nameable) > 0);
  }

  /** Costs of a cell's head and tail (and a middle piece: names and classes only) joined into one cell. */
  function joinedCosts(head: number, tail: number, middle = -1): Float64Array {
    const key = (head * 4096 + tail) * 4096 + middle + 1;
    let found = joined.get(key);
    if (!found) {
      const text = cells[head].text + (middle >= 0 ? cells[middle].text : '') + cells[tail].text;
      // a wrapped cell's first line fills the cell's width, its last one is no longer
      // (a middle line fills it too)
      const width = displayWidth(cells[head].text);
      const fills = width + 2 >= displayWidth(cells[tail].text) &&
        (middle < 0 || Math.abs(width - displayWidth(cells[middle].text)) <= 2);
      const fillsNames = width >= narrowestHead;
      found = Float64Array.from(roles, (role) =>
        fills && (middle < 0 || role === 'name' || role === 'category') && (role !== 'name' || fillsNames)
          ? placeCost(role, text) : IMPOSSIBLE);
      joined.set(key, found);
    }
    return found;
  }

  /**
   * best[j][x][y][h]: columns j… left with first-run pieces x…, second-run pieces y… and head/tail pairs
   * h…: heads are from…from+wrapped, tails to-wrapped…to, the first run up to `narrow`, the second after
   * (up to `label` when that piece is the 类别 label).
   */
  function fitRuns(from: number, wrapped: number, narrow: number, to: number, label: number): RowFit | undefined {
    const first = from + wrapped;
    const [nx, ny, nh] = [narrow - first, (label >= 0 ? label : to - wrapped) - narrow, wrapped];
    const size = (nx + 1) * (ny + 1) * (nh + 1);
    const at = (j: number, x: number, y: number, h: number) => j * size + (x * (ny + 1) + y) * (nh + 1) + h;
    const cost = table((m + 1) * size);
    const choice = choices;
    cost[at(m, nx, ny, nh)] = 0;
    const pairs = Array.from({ length: nh }, (_, h) => joinedCosts(from + h, to - wrapped + h));
    const threeCosts: Float64Array[] = [];
    for (let h = 0; h < nh; h++) for (let y = 0; y < ny; y++) threeCosts.push(joinedCosts(from + h, to - wrapped + h, narrow + y));
    const threes = (h: number, y: number) => threeCosts[h * ny + y];
    for (let j = m - 1; j >= 0; j--) {
      const role = roles[j];
      const skip = free.has(j) ? FREE_SKIP_COST : skipCost(role, j);
      const threeLines = role === 'name' || role === 'category';
      const labelled = label >= 0 && j === categoryAt;
      for (let x = nx; x >= 0; x--) for (let y = ny; y >= 0; y--) for (let h = nh; h >= 0; h--) {
        if (labelled) {
          cost[at(j, x, y, h)] = costs[label][j] + cost[at(j + 1, x, y, h)];
          choice[at(j, x, y, h)] = 5;
          continue;
        }
        let c = skip + cost[at(j + 1, x, y, h)];
        let pick = 0;
        if (x < nx) {
          const t = costs[first + x][j] + cost[at(j + 1, x + 1, y, h)];
          if (t < c) (c = t), (pick = 1);
        }
        if (y < ny) {
          const t = costs[narrow + y][j] + cost[at(j + 1, x, y + 1, h)];
          if (t < c) (c = t), (pick = 2);
        }
        if (h < nh) {
          const t = pairs[h][j] + cost[at(j + 1, x, y, h + 1)];
          if (t < c) (c = t), (pick = 3);
          if (threeLines && y < ny) {
            const three = threes(h, y)[j] + THREE_LINES_COST + cost[at(j + 1, x, y + 1, h + 1)];
            if (three < c) (c = three), (pick = 4);
          }
        }
        cost[at(j, x, y, h)] = c;
        choice[at(j, x, y, h)] = pick;
      }
    }
    const total = cost[at(0, 0, 0, 0)];
    if (!Number.isFinite(total)) return undefined;
    const read = readChoices(choice, at, [from, wrapped, narrow, to, label]);
    return { cost: total, cells: read.cells, lines: wrapped === 0 ? 1 : read.threeLines ? 3 : 2, picks: read.picks };
  }

  function readChoices(
    choice: Uint8Array, at: (j: number, x: number, y: number, h: number) => number,
    [from, wrapped, narrow, to, label]: readonly number[],
  ): { cells: Cell[]; threeLines: boolean; picks: number[] } {
    const out: Cell[] = [];
    const picks: number[] = [];
    let threeLines = false;
    const text = (...parts: number[]) => ({ text: parts.map((p) => cells[p].text).join(''), line: cells[parts[0]].line });
    let [x, y, h] = [0, 0, 0];
    for (let j = 0; j < m; j++) {
      const pick = choice[at(j, x, y, h)];
      if (pick === 1) out.push(text(from + wrapped + x++));
      else if (pick === 2) out.push(text(narrow + y++));
      else if (pick === 3) out.push(text(from + h, to - wrapped + h++));
      else if (pick === 4) (threeLines = true), out.push(text(from + h, narrow + y++, to - wrapped + h++));
      else if (pick === 5) out.push(text(label));
      else out.push({ text: '', line: cells[from].line });
      picks.push(pick);
    }
    return { cells: out, threeLines, picks };
  }

  /** Why the row a fit reads cannot be vouched for (worked out for the rows kept only: fits are many). */
  function doubtOf(fit: RowFit): RowDoubt | undefined {
    const valued: Valued[] = [];
    let [hole, filledAfterHole] = [false, false];
    fit.picks.forEach((pick, j) => {
      if (!VALUE_ROLES.has(roles[j])) return;
      if (pick === 1 || pick === 2) valued.push({ run: pick, text: fit.cells[j].text, role: roles[j] });
      if (pick === 0 && !free.has(j)) hole = true;
      else if (pick !== 0 && hole) filledAfterHole = true;
    });
    return mayStandEitherWay(valued) ? 'order' : filledAfterHole ? 'hole' : undefined;
  }

  /** The least-cost fit of cells[from, to) as one row, or undefined when none exists. */
  return Object.assign(fit, { doubtOf });
  function fit(from: number, to: number): RowFit | undefined {
    let best: RowFit | undefined;
    const count = to - from;
    for (let wrapped = 0; wrapped <= MAX_WRAPPED && 2 * wrapped <= count; wrapped++) {
      // heads and tails are lines of a cell in words: a number does not wrap
      if (wrapped > 0 && !(wide[from + wrapped - 1] && wide[to - wrapped])) break;
      if (!canFit(from + wrapped, to - wrapped, wrapped)) continue;
      let narrow = from + wrapped;
      while (narrow < to - wrapped && !wide[narrow]) narrow++;
      const late = narrowCells[to - wrapped] - narrowCells[narrow] > 0 ? LATE_NARROW_COST : 0;
      const fits = [fitRuns(from, wrapped, narrow, to, -1)];
      // a merged 类别 label, centred over its rows, may stand below a row's one-line cells, above its tails
      const label = to - wrapped - 1;
      if (wrapped > 0 && categoryAt >= 0 && label >= narrow && wide[label]) fits.push(fitRuns(from, wrapped, narrow, to, label));
      for (const fit of fits) {
        const cost = fit && fit.cost + WRAP_COST * wrapped + late;
        if (fit && (!best || cost! < best.cost)) best = { ...fit, cost: cost! };
      }
    }
    return best;
  }
}

function prefixCounts(flags: readonly boolean[]): Int32Array {
  const counts = new Int32Array(flags.length + 1);
  flags.forEach((flag, i) => (counts[i + 1] = counts[i] + (flag ? 1 : 0)));
  return counts;
}

export interface RowFit {
  /** per column, where its text came from: 0 none, 1 first run, 2 second run, 3–5 a wrapped cell or label */
  readonly picks: readonly number[];
  readonly cost: number;
  /** one text per column ('' where nothing is printed) */
  readonly cells: readonly Cell[];
  /** printed lines the row takes: 2 when a cell wraps, 3 when one takes three lines */
  readonly lines: number;
}
