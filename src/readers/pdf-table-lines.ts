import type { SourceTable } from '../domain/index.ts';
import type { PageTable } from './pdf-ruled-tables.ts';

/**
 * One TAB-joined line per row of a table, as the Word reader prints a grid: a merged cell's text
 * stands in its first row and column, the places it covers are empty strings.
 */
export function tableLines(table: PageTable): string[] {
  const rows = Array.from({ length: table.rowCount }, () => Array.from({ length: table.columnCount }, () => ''));
  for (const cell of table.cells) rows[cell.row][cell.column] = cell.text.replace(/\t/g, ' ');
  return rows.map((row) => row.join('\t'));
}

/** A page table placed at its lines: `first` is the 0-based index in the document's lines of its first row. */
export function sourceTable(table: PageTable, first: number): SourceTable {
  const firstLine = first + 1;
  return {
    origin: table.origin,
    firstLine,
    lastLine: firstLine + table.rowCount - 1,
    rowCount: table.rowCount,
    columnCount: table.columnCount,
    cells: table.cells.map((cell) => ({ ...cell, line: firstLine + cell.row })),
  };
}
