import { joinText } from './pdf-paragraphs.ts';

/** A line of an unruled table with its cells put under the table's columns ('' where it has none). */
export interface AlignedLine {
  readonly cells: readonly string[];
  readonly y: number;
  readonly size: number;
}

/**
 * Lines further apart than this (font sizes, baseline to baseline) are in different row bands. Lines of one
 * wrapped cell stand 1.2–1.5 em apart (single spacing); rows of a table printed with cell padding stand
 * further apart (3 em between the last line of a row and the first of the next in LibreOffice's print of a
 * web page's table).
 */
const BAND_GAP = 2;

/**
 * The TAB text of each line of an unruled table, with the lines of each row joined: a row whose cells wrap
 * over several lines (above, below or around the line of its values) prints as a band of lines standing
 * closer together than the rows do. A band is one row when the table's first column (序号, 类别) has text on
 * one line or on lines following each other (a label wrapped: 城镇化水 / 平) and at most one line fills more
 * than half the columns: rows set tight, without padding, make bands of several such lines and stay as read. A joined row's text stands on the band's
 * first line; its other lines are empty.
 */
export function joinRowBands(lines: readonly AlignedLine[]): string[] {
  const out = lines.map((line) => line.cells.join('\t'));
  for (const band of rowBands(lines)) {
    if (band.length < 2 || !isOneRow(band.map((i) => lines[i]))) continue;
    const columns = lines[band[0]].cells.map((_, c) => band.map((i) => lines[i].cells[c]).filter((t) => t !== ''));
    band.forEach((i, k) => (out[i] = k === 0 ? columns.map((texts) => texts.reduce(joinText, '')).join('\t') : ''));
  }
  return out;
}

/**
 * Whether two lines of several cells stand as close as the lines of one row band: the first line of a
 * table's wrapped header (2025年目 over 2025年目标), repeated at the top of every page, is no running header.
 */
export function inOneBand(above: PlacedLine, below: PlacedLine): boolean {
  return above.cells.length >= 2 && below.cells.length >= 2 && closeAsABand(above, below);
}

/** A line of cells of any kind at its baseline and font size. */
interface PlacedLine {
  readonly cells: readonly unknown[];
  readonly y: number;
  readonly size: number;
}

const closeAsABand = (above: PlacedLine, below: PlacedLine) => above.y - below.y <= BAND_GAP * Math.max(above.size, below.size);

const rowBands = (lines: readonly AlignedLine[]): number[][] =>
  runsOf(lines.map((_, i) => i), (above, below) => closeAsABand(lines[above], lines[below]));

/** Consecutive items in runs: an item joins the run above it where `together` says so. */
function runsOf<T>(items: readonly T[], together: (above: T, below: T) => boolean): T[][] {
  const runs: T[][] = [];
  items.forEach((item, k) => (k > 0 && together(items[k - 1], item) ? runs.at(-1)!.push(item) : runs.push([item])));
  return runs;
}

function isOneRow(band: readonly AlignedLine[]): boolean {
  const rows = interleavedLinesJoined(band);
  const filled = (row: readonly string[]) => row.filter((t) => t !== '').length;
  const first = rows.flatMap((row, k) => (row[0] !== '' ? [k] : []));
  const full = rows.filter((row) => filled(row) > row.length / 2).length;
  // a cell of the first column wrapped over lines (城镇化水 / 平) is one cell: its lines follow each other
  return first.every((k, n) => n === 0 || k === first[n - 1] + 1) && full <= 1;
}

/**
 * Lines closer than a line's height cannot be lines of one cell: they are cells of one row centred on
 * different heights (a header whose cells wrap over one, two and three lines: 编 / 类别 / 号; a name over
 * two lines around its row's values). Such lines count as one line, each column's pieces top down.
 */
export const withinALine = (above: PlacedLine, below: PlacedLine) => above.y - below.y < Math.max(above.size, below.size);

function interleavedLinesJoined(band: readonly AlignedLine[]): string[][] {
  return runsOf(band, withinALine).map((group) => group[0].cells.map((_, c) => group.map((line) => line.cells[c]).filter((t) => t !== '').join('')));
}
