import { alignColumns, type PlacedCell } from './pdf-columns.ts';
import { joinWrappedLines } from './pdf-paragraphs.ts';

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
  const visible = items.filter((item) => item.text.trim() !== '' && item.size > 0);
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PlacedText[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0].y - item.y) <= Math.max(1, 0.4 * Math.min(line[0].size, item.size))) line.push(item);
    else lines.push([item]);
  }
  const placed = lines.map((runs) => ({ cells: lineCells(runs), size: Math.max(...runs.map((r) => r.size)) }));
  return alignColumns(joinWrappedLines(placed).map((line) => line.cells)).filter((text) => text !== '');
}

function lineCells(runs: PlacedText[]): PlacedCell[] {
  runs.sort((a, b) => a.x - b.x);
  const cells: { text: string; x0: number; x1: number }[] = [];
  for (const run of runs) {
    const cell = cells.at(-1);
    const gap = cell ? (run.x - cell.x1) / run.size : Infinity;
    if (!cell || gap > CELL_GAP) {
      cells.push({ text: run.text, x0: run.x, x1: run.x + run.width });
      continue;
    }
    cell.text += (gap > WORD_GAP && !/\s$/.test(cell.text) ? ' ' : '') + run.text;
    cell.x1 = Math.max(cell.x1, run.x + run.width);
  }
  return cells.map((cell) => ({ ...cell, text: cell.text.trim() }));
}
