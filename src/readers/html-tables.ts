import type { SourceTable } from '../domain/index.ts';
import { isFrameTable, placeCells, toSourceTable, type GridCell } from './table-grid.ts';

export const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article',
  'header', 'footer', 'main', 'nav', 'aside', 'blockquote', 'pre', 'hr', 'br', 'figure', 'figcaption',
  'caption', 'address', 'center', 'form', 'body',
]);
/** What a cell holds, in order: its paragraphs, and tables nested in it that are grids. */
type Block = string | { readonly grid: readonly (readonly GridCell[])[] };

interface OpenCell {
  parts: string[];
  blocks: Block[];
  current: string;
  colspan: number;
  rowspan: number;
}

interface FilledCell extends GridCell {
  readonly blocks: readonly Block[];
}

export interface OpenTable {
  rows: FilledCell[][];
  row: FilledCell[] | null;
  cell: OpenCell | null;
  /** text inside the table but in no cell: its <caption> (表1 主要指标) */
  caption: string;
}

export const openTable = (): OpenTable => ({ rows: [], row: null, cell: null, caption: '' });

/** Where a closed table's lines and grids go. */
export interface TableOutput {
  readonly lines: string[];
  readonly tables: SourceTable[];
  readonly origin: 'docx' | 'html';
}

export function tableTag(table: OpenTable, name: string, closing: boolean, attrs: string): void {
  if (name === 'tr') {
    endCell(table);
    if (table.row) table.rows.push(table.row);
    table.row = closing ? null : [];
  } else if (name === 'td' || name === 'th') {
    endCell(table);
    if (!closing) {
      table.row ??= [];
      table.cell = { parts: [], blocks: [], current: '', colspan: span(attrs, 'colspan'), rowspan: span(attrs, 'rowspan') };
    }
  } else if (table.cell && (BLOCK.has(name) || name === 'tr')) {
    breakPart(table.cell);
  }
}

function breakPart(cell: OpenCell): void {
  const part = cell.current.trim();
  if (part) {
    cell.parts.push(part);
    cell.blocks.push(part);
  }
  cell.current = '';
}

function endCell(table: OpenTable): void {
  if (!table.cell) return;
  breakPart(table.cell);
  const { parts, blocks, colspan, rowspan } = table.cell;
  table.row!.push({ text: parts.join(' '), parts, blocks, colspan, rowspan });
  table.cell = null;
}

/**
 * A closed table: a grid gives one TAB line per row and a SourceTable; a frame (see isFrameTable)
 * gives its paragraphs as lines, and the grids nested in it (an indicator table in a page laid out
 * with a table) as grids. A table inside a cell of a grid is read as that cell's text.
 */
export function closeTable(table: OpenTable, outer: OpenTable | undefined, out: TableOutput): void {
  endCell(table);
  if (table.row) table.rows.push(table.row);
  const caption = table.caption.trim();
  if (caption && outer?.cell) addBlock(outer.cell, caption);
  else if (caption) out.lines.push(caption);
  if (isFrameTable(table.rows)) {
    const blocks = table.rows.flat().flatMap((cell) => cell.blocks);
    if (outer?.cell) {
      breakPart(outer.cell);
      for (const block of blocks) addBlock(outer.cell, block);
    } else for (const block of blocks) (typeof block === 'string' ? out.lines.push(block) : printGrid(block.grid, out));
    return;
  }
  if (outer?.cell) addBlock(outer.cell, { grid: table.rows });
  else printGrid(table.rows, out);
}

/** A block into a cell: a nested grid is also the cell's text, its rows joined by spaces. */
function addBlock(cell: OpenCell, block: Block): void {
  breakPart(cell);
  const text = typeof block === 'string' ? block : placeCells(block.grid).printed.map((row) => row.filter(Boolean).join(' ')).join(' ');
  if (text.trim()) cell.parts.push(text.trim());
  cell.blocks.push(block);
}

function printGrid(rows: readonly (readonly GridCell[])[], out: TableOutput): void {
  const { cells, printed } = placeCells(rows);
  const firstLine = out.lines.length + 1;
  // a row of empty cells prints no line: its cells stand on the line of the row above (or the first)
  const lineOfRow = printed.map((row) => {
    if (row.some((c) => c !== '')) out.lines.push(row.join('\t'));
    return Math.max(out.lines.length, firstLine);
  });
  if (out.lines.length >= firstLine) out.tables.push(toSourceTable(cells, out.origin, lineOfRow));
}

function span(attrs: string, name: string): number {
  const match = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs);
  const n = match ? Number(match[1]) : 1;
  return n >= 1 && n <= 1000 ? n : 1;
}
