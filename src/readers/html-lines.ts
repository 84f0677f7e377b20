import type { SourceTable } from '../domain/index.ts';
import { decodeEntities } from './html-entities.ts';
import { isFrameTable, placeCells, toSourceTable, type GridCell } from './table-grid.ts';

const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article',
  'header', 'footer', 'main', 'nav', 'aside', 'blockquote', 'pre', 'hr', 'br', 'figure', 'figcaption',
  'caption', 'address', 'center', 'form', 'body',
]);
const DROPPED = /<(script|style|head|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/gi;
const TOKEN = /<(\/?)([a-zA-Z][\w:-]*)([^>]*)>|<![^>]*>|<\?[^>]*>|([^<]+|<)/g;

interface OpenTable {
  rows: GridCell[][];
  row: GridCell[] | null;
  cell: { parts: string[]; current: string; colspan: number; rowspan: number } | null;
}

/** Lines of an HTML page or Word file, and the grids of its tables (lines 1-based, as numbered in order). */
export interface HtmlText {
  readonly lines: string[];
  readonly tables: SourceTable[];
}

interface HtmlOptions {
  /** mammoth's HTML of a Word file: typed spaces and TABs are the author's (see htmlToSource) */
  readonly keepSpaces?: boolean;
  readonly origin?: 'docx' | 'html';
}

/** The lines of htmlToSource. */
export const htmlToLines = (html: string, options: HtmlOptions = {}): string[] => htmlToSource(html, options).lines;

/**
 * HTML (a web page or mammoth's rendering of a Word file) → text lines: each block element is a
 * line, <br> breaks a line, each table row is one line of TAB-joined cells (a cell's paragraphs
 * joined by a space). Scripts, styles and comments are dropped; entities decoded. White space
 * collapses as a browser shows it, unless `keepSpaces` (mammoth's HTML of a Word file, where
 * runs of spaces and TABs were typed and there is no layout white space between tags): then a
 * typed TAB stays a TAB, a column separator like a table's, except inside a table cell.
 * Each table that is a grid (not a frame: see isFrameTable) is also kept as a SourceTable.
 */
export function htmlToSource(html: string, options: HtmlOptions = {}): HtmlText {
  const spaces = options.keepSpaces ? /[\r\n]/g : /[\s\u00a0]+/g;
  const out = { lines: [] as string[], tables: [] as SourceTable[], origin: options.origin ?? 'html' };
  const lines = out.lines;
  const tables: OpenTable[] = [];
  let current = '';
  const flush = () => {
    // typed TABs at the ends mark empty leading/trailing columns: keep them
    const text = options.keepSpaces ? current.replace(/^[ \u3000]+|[ \u3000]+$/g, '') : current.trim();
    if (text.trim()) lines.push(text);
    current = '';
  };
  const source = html.replace(DROPPED, ' ');
  for (const match of source.matchAll(TOKEN)) {
    const [, closing, rawName, attrs, text] = match;
    const table = tables.at(-1);
    if (text !== undefined) {
      const words = decodeEntities(text).replace(spaces, ' ');
      if (table?.cell) table.cell.current += words.replace(/\t/g, ' ');
      else if (!table) current += words;
      continue;
    }
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (name === 'table') {
      if (closing) {
        const done = tables.pop();
        if (done) closeTable(done, tables.at(-1), out);
      } else {
        flush();
        tables.push({ rows: [], row: null, cell: null });
      }
    } else if (table) {
      tableTag(table, name, Boolean(closing), attrs ?? '');
    } else if (BLOCK.has(name)) {
      flush();
    }
  }
  flush();
  for (const open of tables.reverse()) closeTable(open, undefined, out);
  return { lines, tables: out.tables };
}

function tableTag(table: OpenTable, name: string, closing: boolean, attrs: string): void {
  if (name === 'tr') {
    endCell(table);
    if (table.row) table.rows.push(table.row);
    table.row = closing ? null : [];
  } else if (name === 'td' || name === 'th') {
    endCell(table);
    if (!closing) {
      table.row ??= [];
      table.cell = { parts: [], current: '', colspan: span(attrs, 'colspan'), rowspan: span(attrs, 'rowspan') };
    }
  } else if (table.cell && (BLOCK.has(name) || name === 'tr')) {
    breakPart(table.cell);
  }
}

function breakPart(cell: NonNullable<OpenTable['cell']>): void {
  const part = cell.current.trim();
  if (part) cell.parts.push(part);
  cell.current = '';
}

function endCell(table: OpenTable): void {
  if (!table.cell) return;
  breakPart(table.cell);
  table.row!.push({ text: table.cell.parts.join(' '), parts: table.cell.parts, colspan: table.cell.colspan, rowspan: table.cell.rowspan });
  table.cell = null;
}

type Output = HtmlText & { readonly origin: 'docx' | 'html' };

function closeTable(table: OpenTable, outer: OpenTable | undefined, out: Output): void {
  const lines = out.lines;
  endCell(table);
  if (table.row) table.rows.push(table.row);
  if (isFrameTable(table.rows)) {
    const parts = table.rows.flat().flatMap((cell) => cell.parts);
    if (outer?.cell) {
      breakPart(outer.cell);
      outer.cell.parts.push(...parts);
    }
    else lines.push(...parts);
    return;
  }
  const { cells, printed } = placeCells(table.rows);
  if (outer?.cell) {
    // a table nested in a cell is read as that cell's text
    outer.cell.current += ` ${printed.map((row) => row.filter(Boolean).join(' ')).join(' ')} `;
    return;
  }
  const firstLine = lines.length + 1;
  // a row of empty cells prints no line: its cells stand on the line of the row above (or the first)
  const lineOfRow = printed.map((row) => {
    if (row.some((c) => c !== '')) lines.push(row.join('\t'));
    return Math.max(lines.length, firstLine);
  });
  if (lines.length >= firstLine) out.tables.push(toSourceTable(cells, out.origin, lineOfRow));
}

function span(attrs: string, name: string): number {
  const match = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs);
  const n = match ? Number(match[1]) : 1;
  return n >= 1 && n <= 1000 ? n : 1;
}
