import type { SourceLine } from '../domain/index.ts';
import { isHeaderCell } from './table-header.ts';
import { fold, isBlank } from './table-lines.ts';
import { withoutPageNumber } from './table-page-furniture.ts';

/** A rule of a box-drawn table (┌──┬──┐), closed before the page break and opened again after it; never a lone dash (a cell). */
const isBoxRule = (text: string) => /^[\s─━═┌┐└┘├┤┬┴┼╋|│+-]+$/.test(text) && /[─━═┌┐└┘├┤┬┴┼╋]|-{3}/.test(text);

/** Header words only (a header line, or one header cell per line), a page number perhaps glued in front. */
function isHeaderText(text: string): boolean {
  const pieces = headerWords(text);
  return pieces.length > 0 && pieces.every(isHeaderCell);
}

const headerWords = (text: string) => withoutPageNumber(text.trim()).split(/[\s|│┃║]+/).filter(Boolean);

/**
 * The table's header printed again at the top of the new page (box rules around it): a line of header
 * words that repeats a line above, and the lines after it as long as they repeat the lines after that
 * one (the header's other lines: 类别 / 指 标 / 号 … in a PDF's layout text, or one cell per line).
 * The index after them, or undefined.
 */
export function repeatedHeaderEnd(lines: readonly SourceLine[], at: number): number | undefined {
  let start = at;
  while (start < lines.length && isBoxRule(lines[start].text)) start++;
  if (start >= lines.length || !isHeaderText(lines[start].text)) return undefined;
  const earlier = earlierCopy(lines, start);
  if (earlier < 0) return undefined;
  let end = start + 1;
  while (end < lines.length && earlier + (end - start) < start && keyOf(lines[end]) === keyOf(lines[earlier + (end - start)])) end++;
  while (end > start + 1 && isBlank(lines[end - 1].text)) end--;
  // a header has three cells at least (a name and two values): fewer words may be cells of a row
  const words = lines.slice(start, end).reduce((n, l) => n + headerWords(l.text).filter(isHeaderCell).length, 0);
  return words >= 3 ? end : undefined;
}

/** The table's own header stands this many lines above a page break at most (a table is read within 400 lines of its caption). */
const HEADER_REACH = 600;

/** A line compared with the header above: page number, spaces and bars aside. */
const keyOf = (line: SourceLine) => fold(withoutPageNumber(line.text.trim())).replace(/[|│┃║]/g, '');

/** The nearest line above `at` printed as it is (the table's own header, or its last repeat). */
function earlierCopy(lines: readonly SourceLine[], at: number): number {
  const key = keyOf(lines[at]);
  const firstWord = headerWords(lines[at].text)[0];
  for (let j = at - 1; j >= Math.max(0, at - HEADER_REACH); j--) {
    if (lines[j].text.includes(firstWord) && keyOf(lines[j]) === key) return j;
  }
  return -1;
}
