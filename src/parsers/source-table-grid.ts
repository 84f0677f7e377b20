import type { SourceTable, SourceTableCell } from '../domain/index.ts';

/** A SourceTable's cells indexed by grid position: which cell covers each place. */
export interface Grid {
  readonly table: SourceTable;
  readonly rowCount: number;
  readonly columnCount: number;
  /** the cell covering (row, column), merged cells included; undefined for a place no cell covers */
  at(row: number, column: number): SourceTableCell | undefined;
  /** the cells whose top-left corner is on this row, left to right */
  startingOn(row: number): readonly SourceTableCell[];
}

export function createGrid(table: SourceTable): Grid {
  const rowCount = table.rowCount;
  const columnCount = table.columnCount;
  const places: (SourceTableCell | undefined)[][] = Array.from({ length: rowCount }, () => new Array(columnCount));
  const starting: SourceTableCell[][] = Array.from({ length: rowCount }, () => []);
  for (const cell of cellsToRead(table)) {
    if (cell.row < 0 || cell.row >= rowCount || cell.column < 0 || cell.column >= columnCount) continue;
    starting[cell.row].push(cell);
    for (let r = cell.row; r < Math.min(rowCount, cell.row + Math.max(1, cell.rowspan)); r++) {
      for (let c = cell.column; c < Math.min(columnCount, cell.column + Math.max(1, cell.colspan)); c++) places[r][c] ??= cell;
    }
  }
  for (const row of starting) row.sort((a, b) => a.column - b.column);
  return {
    table, rowCount, columnCount,
    at: (row, column) => places[row]?.[column],
    startingOn: (row) => starting[row] ?? [],
  };
}

/**
 * A PDF cell's parts are its printed lines, which the reader joined the way the column wrapped them
 * (6300 / 0 is 63000, 99% / 99 two items): its text is read. Word and HTML cells are read by paragraph.
 */
const cellsToRead = (table: SourceTable): readonly SourceTableCell[] =>
  (table.origin === 'pdf-ruled' ? table.cells.map((cell) => ({ ...cell, parts: [] })) : table.cells);

/**
 * A cell's paragraphs as one text: a name wrapped over two paragraphs (地区生产总值 / （亿元）) is one
 * name; a space is kept between two Latin letters or digits (PM2.5 / 浓度 joins, `GDP` `growth` not),
 * and after a paragraph that closes one item of a composite cell (重点城市≥30 / 一般城市≥15, ≥30 / ≥15),
 * as the PDF reader keeps it (a paragraph of its own is an item of its own).
 */
export function cellText(cell: SourceTableCell | undefined): string {
  if (!cell) return '';
  const parts = cell.parts.length > 0 ? cell.parts : [cell.text];
  return parts.map((p) => p.trim()).filter(Boolean).reduce((text, part) =>
    ((/[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(part)) || (ITEM_END.test(text) && ITEM_START.test(part))
      ? `${text} ${part}` : text + part), '');
}

/** A comparison and its number end an item (≥30, ＜5%); the next item opens with words or a comparison. */
const ITEM_END = /[≥≤＞＜><]\s*[0-9０-９.]+\s*[%％]?$/;
const ITEM_START = /^[^0-9０-９.,%％]/;

/** The texts of the cells starting on a row that print something. */
export const filledOn = (grid: Grid, row: number): SourceTableCell[] =>
  grid.startingOn(row).filter((cell) => cellText(cell) !== '');

/** A row that is one cell across the whole width (a group label, a title, a note). */
export function fullWidthText(grid: Grid, row: number): string | undefined {
  const filled = filledOn(grid, row);
  if (filled.length !== 1 || grid.columnCount < 2) return undefined;
  const [cell] = filled;
  const across = cell.column === 0 && cell.column + cell.colspan >= grid.columnCount;
  return across ? cellText(cell) : undefined;
}

/** The line a row is printed on: the line of the cells starting on it, else of the cell covering its first place. */
export function lineOfRow(grid: Grid, row: number): number {
  return grid.startingOn(row)[0]?.line ?? grid.at(row, 0)?.line ?? grid.table.firstLine;
}
