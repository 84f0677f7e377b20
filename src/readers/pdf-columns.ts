import { splitFusedCells } from './pdf-fused-cells.ts';
import { joinRowBands, withinALine } from './pdf-row-bands.ts';

/** A cell of a rebuilt PDF line with its horizontal extent. */
export interface PlacedCell {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  /** the runs of the cell, where some stand a little wider apart than a space (pdf-fused-cells.ts) */
  readonly pieces?: readonly PlacedCell[];
}

/** A rebuilt line of a page: its cells, its baseline and font size. */
export interface CellLine {
  readonly cells: readonly PlacedCell[];
  readonly y: number;
  readonly size: number;
}

/** A single-cell line narrower than this share of the table is a piece of a cell, not prose. */
const SPILL_WIDTH = 0.5;

/**
 * Joins each line's cells with TABs. In a table (a run of lines with several cells) each cell is
 * put under its column, found by merging the overlapping extents of all the table's cells, so an
 * empty cell becomes an empty string between TABs as in a Word table, and a piece of a cell
 * wrapped onto a line of its own stands in its column (\t化率（%）\t\t\t). When a table's cells do not
 * fall cleanly into columns (two cells of one row in one column) its rows are left as read.
 */
export function alignColumns(lines: readonly CellLine[]): string[] {
  const out = lines.map((line) => line.cells.map((c) => c.text).join('\t'));
  for (const block of tableBlocks(lines)) {
    const rows = splitFusedCells(block.map((i) => lines[i].cells));
    const columns = columnExtents(rows);
    const aligned = rows.map((cells) => placeInColumns(cells, columns));
    if (!aligned.every((row) => row !== undefined)) continue;
    const joined = joinRowBands(block.map((i, k) => ({ cells: aligned[k]!, y: lines[i].y, size: lines[i].size })));
    block.forEach((i, k) => (out[i] = joined[k]));
  }
  return out;
}

/**
 * Indexes of the lines of each table: runs of multi-cell lines, with the narrow single-cell lines
 * between them (a cell wrapped over lines, a merged category printed on its own line); a wide
 * line (prose, a caption) ends the table, and a short line after the last row starting in the
 * first column (a heading, a note) is not part of it. Tables of fewer than two rows are not tables.
 */
function tableBlocks(placed: readonly CellLine[]): number[][] {
  const lines = placed.map((line) => line.cells);
  const blocks: number[][] = [];
  let current: number[] = [];
  let span: [number, number] = [0, 0];
  const close = () => {
    const rows = current.filter((i) => lines[i].length >= 2);
    // after the last row, only pieces standing right of the first column (a wrapped name) belong to it
    const inner = columnExtents(rows.map((i) => lines[i])).slice(1);
    const belongs = (i: number) => lines[i].length >= 2 || inner.some(([x0, x1]) => lines[i][0].x0 >= x0 && lines[i][0].x0 < x1);
    while (current.length && !belongs(current.at(-1)!)) current.pop();
    if (rows.length >= 2) blocks.push(current);
    current = [];
  };
  lines.forEach((cells, i) => {
    if (cells.length >= 2) {
      span = current.length ? [Math.min(span[0], cells[0].x0), Math.max(span[1], cells.at(-1)!.x1)] : [cells[0].x0, cells.at(-1)!.x1];
      if (!current.length && i > 0 && lines[i - 1].length === 1 && isRaisedPiece(placed[i - 1], placed[i])) current.push(i - 1);
      current.push(i);
    } else if (current.length && cells.length === 1 && cells[0].x1 - cells[0].x0 < SPILL_WIDTH * (span[1] - span[0])) {
      current.push(i);
    } else close();
  });
  close();
  return blocks;
}

/**
 * A one-cell line standing less than a line's height above a table's first row is a piece of one of its
 * cells wrapped higher than the rest (基期值 over （2020年） beside one-line header cells): lines of one
 * cell or of two rows stand a full line apart.
 */
const isRaisedPiece = withinALine;

/**
 * The table's columns: the overlapping extents of its cells merged. A line of one cell reaching over
 * several columns of the other lines (a group label, 一、经济发展 over 序号 and 指标名称) does not merge them.
 */
function columnExtents(rows: readonly (readonly PlacedCell[])[]): [number, number][] {
  const multiCell = rows.filter((cells) => cells.length >= 2);
  const columns = mergedExtents(multiCell);
  const spans = (cell: PlacedCell) => columns.filter(([x0, x1]) => cell.x0 < x1 && cell.x1 > x0).length >= 2;
  return mergedExtents([...multiCell, ...rows.filter((cells) => cells.length === 1 && !spans(cells[0]))]);
}

function mergedExtents(rows: readonly (readonly PlacedCell[])[]): [number, number][] {
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
