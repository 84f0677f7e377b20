/** A cell of a rebuilt PDF line with its horizontal extent. */
export interface PlacedCell {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
}

/** Single-cell lines (a wrapped cell, a category) allowed between the rows of one table. */
const MAX_INTERRUPTION = 2;

/**
 * Joins each line's cells with TABs. In a table (a run of lines with several cells) each cell is
 * put under its column, found by merging the overlapping extents of all the table's cells, so an
 * empty cell becomes an empty string between TABs as in a Word table. When a table's cells do not
 * fall cleanly into columns (two cells of one row in one column) its rows are left as read.
 */
export function alignColumns(lines: readonly PlacedCell[][]): string[] {
  const out = lines.map((cells) => cells.map((c) => c.text).join('\t'));
  for (const block of tableBlocks(lines)) {
    const rows = block.map((i) => lines[i]);
    const columns = columnExtents(rows);
    const aligned = rows.map((cells) => placeInColumns(cells, columns));
    if (aligned.every((row) => row !== undefined)) block.forEach((i, k) => (out[i] = aligned[k]!.join('\t')));
  }
  return out;
}

/** Indexes of multi-cell lines, grouped into tables of at least two rows. */
function tableBlocks(lines: readonly PlacedCell[][]): number[][] {
  const blocks: number[][] = [];
  let current: number[] = [];
  let gap = 0;
  lines.forEach((cells, i) => {
    if (cells.length >= 2) {
      current.push(i);
      gap = 0;
    } else if (++gap > MAX_INTERRUPTION && current.length) {
      blocks.push(current);
      current = [];
    }
  });
  blocks.push(current);
  return blocks.filter((block) => block.length >= 2);
}

function columnExtents(rows: readonly PlacedCell[][]): [number, number][] {
  const extents = rows.flat().map((c): [number, number] => [c.x0, c.x1]).sort((a, b) => a[0] - b[0]);
  const columns: [number, number][] = [];
  for (const [x0, x1] of extents) {
    const last = columns.at(-1);
    if (last && x0 < last[1]) last[1] = Math.max(last[1], x1);
    else columns.push([x0, x1]);
  }
  return columns;
}

function placeInColumns(cells: readonly PlacedCell[], columns: [number, number][]): string[] | undefined {
  const row: (string | undefined)[] = columns.map(() => undefined);
  for (const cell of cells) {
    const index = columns.findIndex(([x0, x1]) => cell.x0 >= x0 && cell.x0 < x1);
    if (index < 0 || row[index] !== undefined) return undefined;
    row[index] = cell.text;
  }
  return row.map((text) => text ?? '');
}
