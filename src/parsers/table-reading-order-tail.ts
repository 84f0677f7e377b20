import type { SourceLine } from '../domain/index.ts';
import type { RowCells } from './table-body.ts';
import type { ColumnRole } from './table-header.ts';
import { isOutcomeWords, isSeqCell } from './table-cell-types.ts';
import type { Cell } from './table-lines.ts';
import { headerPieces, isHeaderPiece, namesColumn } from './table-reading-order-header.ts';
import { IMPOSSIBLE, placeCost } from './table-reading-order-row.ts';
import { type Place, runPlaces } from './table-reading-order-tail-runs.ts';

/**
 * `pdftotext` without -layout may print a ruled table's right-hand columns after the heading and prose
 * that follow the table: it reads a narrow column as a flow of its own and sets it after the wider text
 * beside which it stands. That tail holds, column after column or row after row, the cells of the last
 * columns (目标, 年均增长, 属性) for the last rows, sometimes under those columns' own header pieces.
 */

/** Lines of heading and prose that may stand between a table and its tail (a heading, a paragraph). */
const MAX_INTERRUPTION_LINES = 4;
/** A tail fills at most this many columns: the narrow ones at the table's right. */
export const MAX_TAIL_COLUMNS = 3;
/**
 * Runs of a tail: the narrow columns print after the heading, and may go on after the next heading and
 * paragraph too (a chapter that opens on the same page), up to the end of that page.
 */
const MAX_TAIL_RUNS = 3;
/** A header cell over two lines leaves a fragment (2025 年目 … 标, 年均增长[累 … 计]) this short. */
const MAX_FRAGMENT_CHARS = 2;

/**
 * What a cell of a later run may cost in a narrow column: a number, a dash, a class, or words as short as
 * a target's (下达考核目标), which placeCost prices at 1.5 up to ten characters.
 */
const NARROW_CELL_COST = 1.5;

/** A cell a run lacks beside its neighbour (a lone - that pdftotext drops): as dear as a stray piece. */
const MISSING_COST = 3;

const TAIL_ROLES = new Set<ColumnRole>(['baseline', 'target', 'actual', 'annual', 'growth', 'attribute', 'other']);

export interface TableTail {
  /** header pieces printed in the tail (its columns' heads) */
  readonly pieces: readonly string[];
  readonly cells: readonly Cell[];
  readonly lines: readonly SourceLine[];
}

/**
 * The tail after lines[stop…]: past at most a few lines that end a table (`ends`: a heading, prose), the
 * short lines up to the next such line. Header pieces are kept apart from cells.
 */
export function findTail(
  lines: readonly SourceLine[], stop: number, ends: (text: string) => boolean, split: (line: SourceLine) => Cell[],
  pageStarts: readonly number[] = [],
): TableTail | undefined {
  const first = runAfter(lines, stop, ends);
  if (!first) return undefined;
  const tail: SourceLine[] = [...first.lines];
  let i = first.end;
  for (let runs = 1; runs < MAX_TAIL_RUNS; runs++) {
    const next = runAfter(lines, i, ends);
    const last = tail.at(-1)!.line;
    const crossesPage = (run: readonly SourceLine[]) => pageStarts.some((b) => b > last && b <= run.at(-1)!.line);
    if (!next || crossesPage(next.lines) || !next.lines.every((l) => isNarrowLine(l, split))) break;
    tail.push(...next.lines);
    i = next.end;
  }
  const pieces: string[] = [];
  const cells: Cell[] = [];
  let afterHeader = false;
  for (const line of tail) {
    const own = headerPieces(line.text);
    const heads = own.every(isHeaderPiece) && own.some(namesColumn) && !isTargetWords(line.text.trim());
    const fragment = afterHeader && own.length === 1 && [...own[0]].length <= MAX_FRAGMENT_CHARS && isHeaderPiece(own[0]) && !isTailCell(own[0]);
    if (heads || fragment) pieces.push(...own);
    else cells.push(...split(line));
    afterHeader = heads;
  }
  return { pieces, cells, lines: tail };
}

/** A table's caption (表 3 …): the lines after it are another table's, never a tail of the one above. */
const OPENS_TABLE = /^表\s*[0-9０-９一二三四五六七八九十]/;

/** The short lines after lines[stop…], past at most a few lines that end a table (a heading, prose). */
function runAfter(
  lines: readonly SourceLine[], stop: number, ends: (text: string) => boolean,
): { lines: SourceLine[]; end: number } | undefined {
  let i = stop;
  while (i < lines.length && i < stop + MAX_INTERRUPTION_LINES && ends(lines[i].text)) i++;
  if (i === stop || i >= lines.length || ends(lines[i].text)) return undefined;
  const run: SourceLine[] = [];
  for (; i < lines.length && !ends(lines[i].text) && !OPENS_TABLE.test(lines[i].text.trim()); i++) run.push(lines[i]);
  return run.length ? { lines: run, end: i } : undefined;
}

/**
 * A line a later run of the tail may hold: header pieces, or cells of the narrow columns (numbers, dashes,
 * classes, a few words of a target) — not a caption, a name or the rows of another table.
 */
function isNarrowLine(line: SourceLine, split: (line: SourceLine) => Cell[]): boolean {
  const own = headerPieces(line.text);
  if (own.every(isHeaderPiece)) return true;
  return split(line).every((cell) => !OPENS_TABLE.test(cell.text) &&
    [...TAIL_ROLES].some((role) => role !== 'other' && placeCost(role, cell.text) <= NARROW_CELL_COST));
}

/** 完成, 基本实现: a cell's words, though 完成 heads a column too; 实际完成 is the column's head. */
const isTargetWords = (text: string) => isOutcomeWords(text) && !/实际/.test(text);

const isTailCell = (text: string) => [...TAIL_ROLES].some((role) => role !== 'other' && placeCost(role, text) === 0);

/** The rows filled from the tail; `doubted`: rows whose tail cells the printed text does not settle. */
export interface FilledTail {
  readonly rows: RowCells[];
  readonly cost: number;
  readonly doubted: readonly number[];
}

/**
 * The rows with the tail's cells set in the last k columns of the last rows, each column's cells in turn,
 * each row's, or in runs side by side (table-reading-order-tail-runs.ts), whichever fits the cells' types
 * at less cost. Undefined when none explains every cell (the places must be empty, the cells as many as
 * those places, but for the cells a run lacks).
 */
export function fillTail(
  rows: readonly RowCells[], roles: readonly ColumnRole[], cells: readonly Cell[], k: number,
): FilledTail | undefined {
  const plain = fillColumns(rows, roles, cells, k);
  // the 序号 of the tail's first row may print ahead of the tail (3 | 100 | >90 …)
  const seqAt = roles.indexOf('seq');
  const numbered = seqAt >= 0 && cells.length > 1 && isSeqCell(cells[0].text) ? fillColumns(rows, roles, cells.slice(1), k) : undefined;
  if (numbered && !rows[numbered.first][seqAt]?.text && (!plain || numbered.cost < plain.cost)) {
    numbered.rows[numbered.first][seqAt] = cells[0];
    return numbered;
  }
  return plain;
}

function fillColumns(
  rows: readonly RowCells[], roles: readonly ColumnRole[], cells: readonly Cell[], k: number,
): (FilledTail & { rows: Cell[][]; first: number }) | undefined {
  const columns = roles.map((_, j) => j).slice(roles.length - k);
  if (!columns.every((j) => TAIL_ROLES.has(roles[j]))) return undefined;
  const count = cells.length / k;
  const orders = Number.isInteger(count) ? (['columns', 'rows'] as const)
    .map((order) => ({ count, places: cells.map((_, i) => placeOf(i, count, k, order)), doubted: [] as number[] })) : [];
  const runs = runPlaces(cells, k);
  let best: { cost: number; count: number; places: readonly Place[]; doubted: readonly number[] } | undefined;
  for (const order of [...orders, ...(runs ? [runs] : [])]) {
    if (order.count < 1 || order.count > rows.length) continue;
    if (!rows.slice(rows.length - order.count).every((row) => columns.every((j) => !row[j]?.text))) continue;
    const cost = cells.reduce((sum, cell, i) => sum + placeCost(roles[columns[order.places[i].column]], cell.text), 0) +
      MISSING_COST * (order.count * k - cells.length);
    if (cost < IMPOSSIBLE && (!best || cost < best.cost)) best = { cost, ...order };
  }
  if (!best) return undefined;
  const out = rows.map((row) => [...row]);
  const first = rows.length - best.count;
  cells.forEach((cell, i) => (out[first + best!.places[i].row][columns[best!.places[i].column]] = cell));
  return { rows: out, cost: best.cost, first, doubted: best.doubted.map((r) => first + r) };
}

function placeOf(i: number, count: number, k: number, order: 'columns' | 'rows'): Place {
  return order === 'columns' ? { row: i % count, column: Math.floor(i / count) } : { row: Math.floor(i / k), column: i % k };
}
