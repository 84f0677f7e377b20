import type { SourceTable } from '../domain/index.ts';
import { decodeEntities } from './html-entities.ts';
import { dropNoteReferences } from './html-note-marks.ts';
import { BLOCK, closeTable, openTable, type OpenTable, tableTag } from './html-tables.ts';

const DROPPED = /<(script|style|head|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/gi;
const TOKEN = /<(\/?)([a-zA-Z][\w:-]*)([^>]*)>|<![^>]*>|<\?[^>]*>|([^<]+|<)/g;

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
 * Each table that is a grid (not a frame: see isFrameTable) is also kept as a SourceTable. Note
 * references (a raised 1 after a name, links to footnotes) are dropped: see dropNoteReferences.
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
  const source = dropNoteReferences(html.replace(DROPPED, ' '));
  for (const match of source.matchAll(TOKEN)) {
    const [, closing, rawName, attrs, text] = match;
    const table = tables.at(-1);
    if (text !== undefined) {
      const words = decodeEntities(text).replace(spaces, ' ');
      if (table?.cell) table.cell.current += words.replace(/\t/g, ' ');
      else if (table) table.caption += words;
      else current += words;
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
        tables.push(openTable());
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
