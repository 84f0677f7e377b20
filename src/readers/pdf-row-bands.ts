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
 * closer together than the rows do. A band is one row when at most one of its lines has a cell in the
 * table's first column (序号, 类别) and at most one fills half the columns: rows set tight, without
 * padding, make bands of several such lines and stay as read. A joined row's text stands on the band's
 * first line; its other lines are empty.
 */
export function joinRowBands(lines: readonly AlignedLine[]): string[] {
  const out = lines.map((line) => line.cells.join('\t'));
  for (const band of rowBands(lines)) {
    if (band.length < 2 || !isOneRow(band.map((i) => lines[i].cells))) continue;
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

function rowBands(lines: readonly AlignedLine[]): number[][] {
  const bands: number[][] = [];
  lines.forEach((line, i) => {
    const above = lines[i - 1];
    if (above && closeAsABand(above, line)) bands.at(-1)!.push(i);
    else bands.push([i]);
  });
  return bands;
}

function isOneRow(rows: readonly (readonly string[])[]): boolean {
  const filled = (row: readonly string[]) => row.filter((t) => t !== '').length;
  const first = rows.filter((row) => row[0] !== '').length;
  const full = rows.filter((row) => filled(row) >= row.length / 2).length;
  return first <= 1 && full <= 1;
}
