import { alignColumns, type PlacedCell } from './pdf-columns.ts';
import { carriesOn, findMargins, joinWrappedLines, runsOn } from './pdf-paragraphs.ts';

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
/** Beyond this gap (in font sizes) two runs are separate words. */
const WORD_GAP = 0.15;

/**
 * Rebuilds the lines of one page from placed runs: runs whose baselines agree within a tolerance
 * form a line, ordered left to right; a wide gap between runs starts a new cell, and the cells of
 * table rows are put under their columns and joined by TABs; paragraphs wrapped over several
 * lines are joined again; top of page first.
 */
export function pageLines(items: readonly PlacedText[]): string[] {
  return readPageText(items).lines;
}

/** A page's lines, and whether its first and last lines belong to paragraphs running over pages. */
export interface PageText {
  readonly lines: string[];
  readonly carriesOn: boolean;
  readonly runsOn: boolean;
}

export function readPageText(items: readonly PlacedText[]): PageText {
  const visible = items.filter((item) => item.size > 0 && (item.text.trim() !== '' || isSpace(item)));
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PlacedText[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0].y - item.y) <= Math.max(1, 0.4 * Math.min(line[0].size, item.size))) line.push(item);
    else lines.push([item]);
  }
  const placed = withoutPageNumbers(lines.map((runs) => ({ cells: lineCells(runs), size: Math.max(...runs.map((r) => r.size)), y: runs[0].y })).filter((l) => l.cells.length));
  const margins = findMargins(placed);
  const joined = joinWrappedLines(placed, margins);
  return {
    lines: alignColumns(joined.map((line) => line.cells)).filter((text) => text !== ''),
    carriesOn: carriesOn(joined[0], margins),
    runsOn: runsOn(joined.at(-1), margins),
  };
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
 * usual line spacing); a table cell such as 87 printed alone on the last row is kept.
 */
function withoutPageNumbers<T extends { cells: PlacedCell[]; y: number }>(lines: T[]): T[] {
  const gaps = lines.slice(1).map((line, i) => lines[i].y - line.y).filter((gap) => gap > 0).sort((a, b) => a - b);
  const usual = gaps.length ? gaps[Math.floor((gaps.length - 1) / 2)] : 0;
  const apart = (gap: number) => usual > 0 && gap > 1.3 * usual;
  const isNumber = (line: T | undefined) => line !== undefined && line.cells.length === 1 && PAGE_NUMBER.test(line.cells[0].text);
  const start = isNumber(lines[0]) && lines.length > 1 && apart(lines[0].y - lines[1].y) ? 1 : 0;
  const last = lines.length - 1;
  const end = isNumber(lines[last]) && last > start && apart(lines[last - 1].y - lines[last].y) ? last : lines.length;
  return lines.slice(start, end);
}

function lineCells(runs: PlacedText[]): PlacedCell[] {
  runs.sort((a, b) => a.x - b.x);
  const cells: { text: string; x0: number; x1: number }[] = [];
  for (const run of runs) {
    const cell = cells.at(-1);
    const gap = cell ? (run.x - cell.x1) / run.size : Infinity;
    if (isSpace(run) && (!cell || gap > CELL_GAP)) continue; // spaces only join text, never start a cell
    if (!cell || gap > CELL_GAP) {
      cells.push({ text: run.text, x0: run.x, x1: run.x + run.width });
      continue;
    }
    cell.text += (gap > WORD_GAP && !/\s$/.test(cell.text) ? ' ' : '') + run.text;
    cell.x1 = Math.max(cell.x1, run.x + run.width);
  }
  return cells.map((cell) => ({ ...cell, text: cell.text.trim() }));
}
