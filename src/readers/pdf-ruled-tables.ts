import { findGrids, type Grid } from './pdf-grid.ts';
import { cellText } from './pdf-cell-text.ts';
import type { PlacedText } from './pdf-lines.ts';
import type { Segment } from './pdf-rulings.ts';

/** A cell of a table read from a page, before lines are numbered. */
export interface PageTableCell {
  readonly text: string;
  readonly parts: readonly string[];
  readonly row: number;
  readonly column: number;
  readonly rowspan: number;
  readonly colspan: number;
}

/** A table found on one page, with where it stands (y grows upwards). */
export interface PageTable {
  readonly origin: 'pdf-ruled' | 'pdf-positioned';
  readonly top: number;
  readonly bottom: number;
  /** column boundaries, left to right */
  readonly xs: readonly number[];
  readonly rowCount: number;
  readonly columnCount: number;
  /** every cell once, in reading order (row, then column) */
  readonly cells: readonly PageTableCell[];
}

/**
 * The ruled tables of a page: each grid drawn by its rulings gets the text runs whose middle falls
 * inside it, cell by cell. Returns the tables and the runs left for the page's other text. A grid
 * holding no text, or used as a frame (one column of text, a cell of running text), is no table.
 */
export function readRuledTables(
  items: readonly PlacedText[], segments: readonly Segment[],
): { tables: PageTable[]; rest: PlacedText[] } {
  const tables: PageTable[] = [];
  let rest = [...items];
  const rules = segments.filter((s) => s.horizontal);
  for (const grid of findGrids(segments)) {
    const inside = rest.filter((run) => contains(grid, run));
    const table = gridTable(grid, inside.flatMap((run) => withoutStruckText(run, rules)));
    if (!table) continue;
    tables.push(table);
    const taken = new Set(inside);
    rest = rest.filter((run) => !taken.has(run));
  }
  return { tables: tables.sort((a, b) => b.top - a.top), rest };
}

/**
 * Text struck through is deleted text: a PDF printed with its tracked changes shown (Word's markup
 * view, LibreOffice's default) prints the old value struck through beside the new one (~~89~~90). A
 * horizontal line between STRUCK_LOW and STRUCK_HIGH font sizes above a run's baseline (an underline
 * stands below it) strikes out the characters whose middle it crosses (a run may hold both: 8990).
 */
function withoutStruckText(run: PlacedText, rules: readonly Segment[]): PlacedText[] {
  const [low, high] = [run.y + STRUCK_LOW * run.size, run.y + STRUCK_HIGH * run.size];
  const strikes = rules.filter((s) => s.at > low && s.at < high && s.to > run.x && s.from < run.x + run.width);
  if (strikes.length === 0) return [run];
  const chars = [...run.text];
  const perChar = run.width / chars.length;
  const struck = (i: number) => {
    const middle = run.x + (i + 0.5) * perChar;
    return strikes.some((s) => s.from <= middle && s.to >= middle);
  };
  const pieces: PlacedText[] = [];
  chars.forEach((char, i) => {
    if (struck(i)) return;
    const last = pieces.at(-1);
    if (last && i > 0 && !struck(i - 1)) {
      pieces[pieces.length - 1] = { ...last, text: last.text + char, width: last.width + perChar };
    } else pieces.push({ ...run, text: char, x: run.x + i * perChar, width: perChar });
  });
  return pieces;
}

const STRUCK_LOW = 0.15;
const STRUCK_HIGH = 0.6;

/** Where a run's middle stands: half a glyph above its baseline, half way along. */
const middle = (run: PlacedText): [number, number] => [run.x + run.width / 2, run.y + 0.35 * run.size];

function contains(grid: Grid, run: PlacedText): boolean {
  const [x, y] = middle(run);
  return x > grid.xs[0] && x < grid.xs.at(-1)! && y < grid.ys[0] && y > grid.ys.at(-1)!;
}

function gridTable(grid: Grid, runs: readonly PlacedText[]): PageTable | undefined {
  const columns = grid.xs.length - 1;
  const byCell = grid.cells.map((): PlacedText[] => []);
  for (const piece of runs.flatMap((run) => splitAtColumns(run, grid.xs))) {
    const [x, y] = middle(piece);
    const column = indexBetween(grid.xs, x);
    const row = grid.ys.findIndex((top, r) => r + 1 < grid.ys.length && y <= top && y > grid.ys[r + 1]);
    if (column >= 0 && row >= 0) byCell[grid.owner[row * columns + column]].push(piece);
  }
  const cells = grid.cells.map((box, i) => ({ ...box, ...cellText(byCell[i]) }));
  if (cells.every((cell) => cell.text === '')) return undefined;
  const rows = Array.from({ length: grid.ys.length - 1 }, (_, r) => cells.filter((cell) => cell.row === r));
  if (isFrame(rows)) return undefined;
  const [top, bottom] = [grid.ys[0], grid.ys.at(-1)!];
  return { origin: 'pdf-ruled', top, bottom, xs: grid.xs, rowCount: rows.length, columnCount: columns, cells };
}

function indexBetween(bounds: readonly number[], x: number): number {
  for (let i = 0; i + 1 < bounds.length; i++) if (x >= bounds[i] && x < bounds[i + 1]) return i;
  return -1;
}

/**
 * A run drawn across a column boundary (some writers emit a row's cells as one run) is cut there,
 * its characters shared out by their share of the run's width.
 */
function splitAtColumns(run: PlacedText, xs: readonly number[]): PlacedText[] {
  const chars = [...run.text];
  const inner = xs.filter((x) => x > run.x + 0.5 * run.size && x < run.x + run.width - 0.5 * run.size);
  if (!inner.length || chars.length < 2) return [run];
  const perChar = run.width / chars.length;
  const pieces: PlacedText[] = [];
  let start = 0;
  for (const x of [...inner, Infinity]) {
    const end = x === Infinity ? chars.length : Math.round((x - run.x) / perChar);
    const text = chars.slice(start, end).join('');
    if (end > start) pieces.push({ ...run, text, x: run.x + start * perChar, width: (end - start) * perChar });
    start = Math.max(start, end);
  }
  return pieces;
}

/** A cell this long holds running text, not a table value (as for Word tables; a PDF cell's lines are its wrapping). */
const PROSE_CHARS = 200;

/** A grid used as a frame: one column of text (a 专栏 box), or a cell of running text. Its text is read as lines. */
function isFrame(rows: readonly (readonly PageTableCell[])[]): boolean {
  const oneColumn = rows.every((row) => row.filter((cell) => cell.text !== '').length <= 1);
  return oneColumn || rows.some((row) => row.some((cell) => cell.text.length > PROSE_CHARS));
}
