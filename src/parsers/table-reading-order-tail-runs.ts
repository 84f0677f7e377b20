import type { Cell } from './table-lines.ts';

/**
 * `pdftotext` prints a tail's narrow columns row by row while the rows are one line high, but it gathers
 * the cells of neighbouring one-line rows of a column into a run of its own (a blank line around it):
 * 77.3 / 预期性 / 120 / 预期性 / [74 240 3620 …] / [预期性 预期性 …]. Read as runs, k runs side by side
 * (one per column, in column order) hold the cells of the same rows, one below the other.
 */

export interface Place {
  readonly row: number;
  readonly column: number;
}

/**
 * Each cell's row (counted from the tail's first row) and column, when the runs pair up. Runs side by side
 * may differ in length: a lone - is dropped by pdftotext, so a run may lack a cell. Its rows are
 * `doubted`: the missing cell is left empty at the run's end, but may have stood anywhere in it.
 */
export function runPlaces(cells: readonly Cell[], k: number): { places: Place[]; count: number; doubted: number[] } | undefined {
  const runs = runsOf(cells);
  if (k < 2 || runs.length % k !== 0) return undefined;
  const places: Place[] = [];
  let row = 0;
  const doubted: number[] = [];
  for (let r = 0; r < runs.length; r += k) {
    const side = runs.slice(r, r + k);
    const size = Math.max(...side.map((run) => run.length));
    if (side.some((run) => run.length < size)) doubted.push(...Array.from({ length: size }, (_, i) => row + i));
    side.forEach((run, column) => run.forEach((_, i) => places.push({ row: row + i, column })));
    row += size;
  }
  return { places, count: row, doubted };
}

/** Cells on lines next to each other (or on one line) are one run; a blank line ends it. */
function runsOf(cells: readonly Cell[]): Cell[][] {
  const runs: Cell[][] = [];
  cells.forEach((cell, i) => (i > 0 && cell.line <= cells[i - 1].line + 1 ? runs.at(-1)!.push(cell) : runs.push([cell])));
  return runs;
}
