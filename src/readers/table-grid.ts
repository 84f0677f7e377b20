import type { SourceTable, SourceTableCell } from '../domain/index.ts';

/** One cell of an HTML/Word table row as read. */
export interface GridCell {
  /** the cell's paragraphs joined by a space */
  readonly text: string;
  /** the cell's paragraphs */
  readonly parts: readonly string[];
  readonly colspan: number;
  readonly rowspan: number;
}

/** A cell set on the table's grid: its top-left row and column. */
export interface PlacedCell extends GridCell {
  readonly row: number;
  readonly column: number;
}

/**
 * Places each cell on the table's grid as a browser does: a cell takes the first column of its row
 * not covered by a cell merged down (rowspan) from above. `printed` lays each row out on that grid:
 * a cell merged across columns or down rows leaves empty strings in the places it covers, so each
 * row's cells stay under their header (a row ends with its last cell and the merged places after it).
 */
export function placeCells(rows: readonly (readonly GridCell[])[]): { cells: PlacedCell[]; printed: string[][] } {
  const covered = new Map<number, number>(); // column → rows still covered by a rowspan above
  const cells: PlacedCell[] = [];
  const printed = rows.map((row, r) => {
    const out: string[] = [];
    const takeCovered = () => {
      while ((covered.get(out.length) ?? 0) > 0) {
        covered.set(out.length, covered.get(out.length)! - 1);
        out.push('');
      }
    };
    for (const cell of row) {
      takeCovered();
      const start = out.length;
      cells.push({ ...cell, row: r, column: start });
      out.push(cell.text);
      for (let i = 1; i < cell.colspan; i++) out.push('');
      if (cell.rowspan > 1) for (let c = start; c < out.length; c++) covered.set(c, cell.rowspan - 1);
    }
    takeCovered();
    return out;
  });
  return { cells, printed };
}

/** Lays table rows out on their column grid (see placeCells). */
export const layoutRows = (rows: readonly (readonly GridCell[])[]): string[][] => placeCells(rows).printed;

/**
 * The grid a reader saw, with each cell's line: the line its row is printed on (`lineOfRow`, 1-based;
 * a row printed on no line, all empty, takes the line of the row above it). Spans reaching past the
 * table's last row or column are cut there.
 */
export function toSourceTable(
  cells: readonly PlacedCell[], origin: SourceTable['origin'], lineOfRow: readonly number[],
): SourceTable {
  const rowCount = lineOfRow.length;
  const columnCount = Math.max(1, ...cells.map((c) => c.column + c.colspan));
  const placed: SourceTableCell[] = cells.map((c) => ({
    text: c.text, parts: c.parts, row: c.row, column: c.column,
    rowspan: Math.min(c.rowspan, rowCount - c.row), colspan: c.colspan, line: lineOfRow[c.row],
  }));
  return { origin, firstLine: Math.min(...lineOfRow), lastLine: Math.max(...lineOfRow), rowCount, columnCount, cells: placed };
}

/** A cell this long or of this many paragraphs holds running text, not a table value. */
const PROSE_CHARS = 200;
const PROSE_PARTS = 4;

/**
 * A table used as a frame rather than a grid: one column only (a 专栏 box drawn as a one-cell
 * table, a web page laid out in a table) or a cell holding running text. Its paragraphs are lines.
 */
export function isFrameTable(rows: readonly (readonly GridCell[])[]): boolean {
  const cells = rows.flat();
  const oneColumn = rows.every((row) => row.filter((cell) => cell.text !== '').length <= 1);
  return oneColumn || cells.some((cell) => cell.text.length > PROSE_CHARS || cell.parts.length >= PROSE_PARTS);
}
