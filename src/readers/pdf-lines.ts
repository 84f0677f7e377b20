import { isWordSpace } from './pdf-cell-text.ts';
import { alignColumns, type PlacedCell } from './pdf-columns.ts';
import { carriesOn, findMargins, joinWrappedLines, runsOn, type PlacedLine } from './pdf-paragraphs.ts';
import { inOneBand } from './pdf-row-bands.ts';
import { tableLines } from './pdf-table-lines.ts';
import type { PageTable } from './pdf-ruled-tables.ts';

/** A run of text placed on a PDF page (pdfjs TextItem reduced to what line building needs). */
export interface PlacedText {
  readonly text: string;
  /** left edge and baseline, in PDF units (y grows upwards) */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** font size (glyph height) */
  readonly size: number;
}

/** Beyond this horizontal gap (in font sizes) two runs are in different table cells. */
const CELL_GAP = 0.6;
/**
 * A narrower gap (font sizes) inside a cell where it may hold two cells of columns standing close: wider
 * than a printed space (0.25 em) or the gap LibreOffice sets between Chinese and digits (0.2 em); 指标解释
 * and 责任单位 of an HTML table printed without its padding stand 0.45 em apart. Split only where the whole table
 * shows a column there (pdf-fused-cells.ts).
 */
const CUT_GAP = 0.3;

/**
 * Rebuilds the lines of one page from placed runs: runs whose baselines agree within a tolerance
 * form a line, ordered left to right; a wide gap between runs starts a new cell, and the cells of
 * table rows are put under their columns and joined by TABs; paragraphs wrapped over several
 * lines are joined again; top of page first.
 */
export function pageLines(items: readonly PlacedText[]): string[] {
  return readPageText(items).lines;
}

/** A page's lines, the tables among them, and whether its first and last lines belong to paragraphs running over pages. */
export interface PageText {
  readonly lines: string[];
  /** tables read from the page's layout, each with the index in `lines` of its first row */
  readonly tables: readonly { readonly first: number; readonly table: PageTable }[];
  readonly carriesOn: boolean;
  readonly runsOn: boolean;
  /** the page's first and last text lines (not table rows): candidates for a running header or footer */
  readonly top?: string;
  readonly bottom?: string;
  /** the lone numbers left out as the page's number (checked against the other pages' by the document) */
  readonly pageNumbers: readonly number[];
}

/** What to leave out of a page: lines repeated at the top or bottom of the document's pages. */
export interface Running {
  readonly headers: ReadonlySet<string>;
  readonly footers: ReadonlySet<string>;
  /** keep lone numbers at the top and bottom: no other page numbers itself in step with them, so they are cells */
  readonly keepLoneNumbers?: boolean;
}

const noRunning: Running = { headers: new Set(), footers: new Set() };

type TextLine = PlacedLine & { readonly kind: 'text'; readonly y: number };
type TableEntry = PageTable & { readonly kind: 'table'; readonly y: number };
type Entry = TextLine | TableEntry;
const isTable = (entry: Entry): entry is TableEntry => entry.kind === 'table';

/**
 * The page's text as lines, top down: `items` are the runs outside the ruled `tables` (whose rows
 * come out as TAB lines where they stand). Page numbers and running lines are left out.
 */
export function readPageText(items: readonly PlacedText[], tables: readonly PageTable[] = [], running = noRunning): PageText {
  const visible = items.filter((item) => item.size > 0 && (item.text.trim() !== '' || isSpace(item)));
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PlacedText[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0].y - item.y) <= Math.max(1, 0.4 * Math.min(line[0].size, item.size))) line.push(item);
    else lines.push([item]);
  }
  const texts: Entry[] = lines
    .map((runs) => ({ kind: 'text' as const, cells: lineCells(runs), size: Math.max(...runs.map((r) => r.size)), y: runs[0].y }))
    .filter((l) => l.cells.length);
  const placed = [...texts, ...tables.map((t) => ({ ...t, kind: 'table' as const, y: t.top }))].sort((a, b) => b.y - a.y);
  const numbers: number[] = [];
  const entries = running.keepLoneNumbers ? placed : withoutPageNumbers(placed, numbers);
  const top = textOf(entries[0]);
  const bottom = textOf(entries.at(-1));
  const header = top !== undefined && running.headers.has(runningKey(top)) && !startsTableBand(entries);
  const footer = entries.length > 1 && bottom !== undefined && running.footers.has(runningKey(bottom));
  // a page number printed beside a running header or footer stands apart once that is gone
  const inside = entries.slice(header ? 1 : 0, footer ? -1 : entries.length);
  const kept = (header || footer) && !running.keepLoneNumbers ? withoutPageNumbers(inside, numbers) : inside;
  return { ...assemble(kept), top, bottom, pageNumbers: numbers };
}

const startsTableBand = ([first, second]: readonly Entry[]) =>
  first !== undefined && second !== undefined && !isTable(first) && !isTable(second) && inOneBand(first, second);

const textOf = (entry: Entry | undefined) => (entry && !isTable(entry) ? entry.cells.map((c) => c.text).join('\t') : undefined);

/** A running header or footer as compared across pages: page numbers in it vary. */
export const runningKey = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '');

/** Text bands between tables are joined and aligned on their own; margins are the page's. */
function assemble(entries: readonly Entry[]): Omit<PageText, 'top' | 'bottom' | 'pageNumbers'> {
  const texts = entries.filter((e): e is TextLine => !isTable(e));
  const margins = findMargins(texts);
  const out: string[] = [];
  const tables: { first: number; table: PageTable }[] = [];
  let band: TextLine[] = [];
  let first: PlacedLine | undefined;
  let last: PlacedLine | undefined;
  const flush = () => {
    const joined = joinWrappedLines(band, margins);
    if (out.length === 0 && tables.length === 0) first = joined[0];
    last = joined.at(-1);
    out.push(...alignColumns(joined).filter((text) => text !== ''));
    band = [];
  };
  for (const entry of entries) {
    if (!isTable(entry)) {
      band.push(entry);
      continue;
    }
    flush();
    const { y: _y, kind: _kind, ...table } = entry;
    tables.push({ first: out.length, table });
    out.push(...tableLines(table));
    last = undefined;
  }
  flush();
  const startsWithTable = tables.length > 0 && tables[0].first === 0;
  return { lines: out, tables, carriesOn: !startsWithTable && carriesOn(first, margins), runsOn: runsOn(last, margins) };
}

/**
 * A printed space no wider than a character (a full-width space in 第一章　发展基础) joins the text on
 * either side into one cell; wider runs of spaces are gaps between cells.
 */
const isSpace = (run: PlacedText) => run.text.trim() === '' && run.width <= 1.1 * run.size;

/** "— 3 —", "- 12 -", "3", "第 3 页", "3 / 40": a page's number, printed as its first or last line. */
const PAGE_NUMBER = /^[-—–－\s]*(第\s*)?\d{1,3}(\s*页)?(\s*[/／]\s*\d{1,3})?[-—–－\s]*$/; // not 4 digits: a year

/**
 * Page numbers above or below the text would break a table or a paragraph running over pages. A
 * lone number counts as one only when it stands apart in the page's margin (a gap wider than the
 * usual line spacing between lines of text); a table cell such as 87 printed alone on the last row of an
 * unruled table is kept. Next to a ruled table, a lone number is outside the table, so it is the page's.
 */
function withoutPageNumbers(lines: Entry[], numbers: number[]): Entry[] {
  const isNumber = (line: Entry | undefined) =>
    line !== undefined && !isTable(line) && line.cells.length === 1 && PAGE_NUMBER.test(line.cells[0].text);
  // the usual spacing between lines of text, leaving out the gaps a page number itself makes
  const inner = lines.slice(isNumber(lines[0]) ? 1 : 0, isNumber(lines.at(-1)) ? -1 : lines.length);
  const gaps = inner.slice(1).flatMap((line, i) => (isTable(line) || isTable(inner[i]) ? [] : [inner[i].y - line.y]));
  const sorted = gaps.filter((gap) => gap > 0).sort((a, b) => a - b);
  const apart = (above: Entry, below: Entry) => {
    if (isTable(above) || isTable(below)) return true;
    // with no two lines of text to compare, a line and a half of the larger font
    const usual = sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : 1.5 * Math.max(above.size, below.size);
    return above.y - below.y > 1.3 * usual;
  };
  const start = isNumber(lines[0]) && lines.length > 1 && apart(lines[0], lines[1]) ? 1 : 0;
  const last = lines.length - 1;
  const end = isNumber(lines[last]) && last > start && apart(lines[last - 1], lines[last]) ? last : lines.length;
  for (const line of [...lines.slice(0, start), ...lines.slice(end)]) numbers.push(Number(/\d+/.exec(textOf(line) ?? '')?.[0]));
  return lines.slice(start, end);
}

function lineCells(runs: PlacedText[]): PlacedCell[] {
  runs.sort((a, b) => a.x - b.x);
  const cells: { text: string; x0: number; x1: number; pieces: { text: string; x0: number; x1: number }[] }[] = [];
  for (const run of runs) {
    const cell = cells.at(-1);
    const gap = cell ? (run.x - cell.x1) / run.size : Infinity;
    if (isSpace(run) && (!cell || gap > CELL_GAP)) continue; // spaces only join text, never start a cell
    if (!cell || gap > CELL_GAP) {
      cells.push({ text: run.text, x0: run.x, x1: run.x + run.width, pieces: [{ text: run.text, x0: run.x, x1: run.x + run.width }] });
      continue;
    }
    cell.text += (isWordSpace(cell.text, run.text, gap) ? ' ' : '') + run.text;
    cell.x1 = Math.max(cell.x1, run.x + run.width);
    const piece = cell.pieces.at(-1)!;
    if (gap > CUT_GAP) cell.pieces.push({ text: run.text, x0: run.x, x1: run.x + run.width });
    else Object.assign(piece, { text: piece.text + (isWordSpace(piece.text, run.text, gap) ? ' ' : '') + run.text, x1: cell.x1 });
  }
  return cells.map(({ pieces, ...cell }) => ({
    ...cell,
    text: cell.text.trim(),
    ...(pieces.length > 1 ? { pieces: pieces.map((p) => ({ ...p, text: p.text.trim() })) } : {}),
  }));
}
