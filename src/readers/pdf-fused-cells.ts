import type { PlacedCell } from './pdf-columns.ts';

/** Cells of two lines start in one column when their left edges are this close (points; as the rulings' SNAP). */
const SAME_START = 2;
/** A piece of text reaches into a gap only by more than this (points): glyph boxes of one column touch its edge. */
const INTO_GAP = 1;

/**
 * Splits cells that hold the text of two columns standing close together (less than a cell gap apart, as
 * 指标解释 and 责任单位 of a web page printed without its cell padding). A cell is cut between two of its
 * pieces (runs a little wider apart than a space) only where the whole table shows a column edge: another
 * line has a cell starting where the right piece starts, and no text of any line crosses the gap.
 */
export function splitFusedCells(rows: readonly (readonly PlacedCell[])[]): PlacedCell[][] {
  const starts = rows.map((cells) => cells.map((c) => c.x0));
  const pieces = rows.map((cells) => cells.flatMap((c) => c.pieces ?? [c]));
  const isColumnEdge = (row: number, left: PlacedCell, right: PlacedCell) =>
    starts.some((xs, r) => r !== row && xs.some((x) => Math.abs(x - right.x0) <= SAME_START)) &&
    pieces.every((line, r) => r === row || line.every((p) => p.x1 <= left.x1 + INTO_GAP || p.x0 >= right.x0 - INTO_GAP));
  return rows.map((cells, row) => cells.flatMap((cell) => cutAtEdges(cell, (l, r) => isColumnEdge(row, l, r))));
}

function cutAtEdges(cell: PlacedCell, isEdge: (left: PlacedCell, right: PlacedCell) => boolean): PlacedCell[] {
  const pieces = cell.pieces ?? [];
  if (pieces.length < 2) return [cell];
  const groups: PlacedCell[][] = [[pieces[0]]];
  for (let i = 1; i < pieces.length; i++) {
    if (isEdge(pieces[i - 1], pieces[i])) groups.push([pieces[i]]);
    else groups.at(-1)!.push(pieces[i]);
  }
  return groups.length === 1 ? [cell] : groups.map(joinPieces);
}

/** Pieces of one cell are a space apart: wider than a word gap, as the line's reading joined them. */
function joinPieces(pieces: readonly PlacedCell[]): PlacedCell {
  const text = pieces.map((p) => p.text).filter((t) => t !== '').join(' ');
  return { text, x0: pieces[0].x0, x1: Math.max(...pieces.map((p) => p.x1)) };
}
