import type { SourceLine } from '../domain/index.ts';
import { headerPieces, isHeaderPiece, namesColumn, roleOfPieces } from './table-reading-order-header.ts';
import { isUnitCell } from './table-cell-types.ts';
import { isPageNumber, withoutPageNumber } from './table-page-furniture.ts';

/** How near a page boundary (a form feed) a running header or page number stands. */
const NEAR_BREAK_LINES = 2;

/**
 * The lines of a table as `pdftotext` prints them, page furniture taken out: the form feed that opens
 * a page, a page number or running header next to it, and the table's header printed again at the top
 * of the new page (its pieces, up to the first row). Only lines near a form feed are furniture: the
 * same name printed in two tables is no running header.
 */
export function withoutPageFurniture(lines: readonly SourceLine[], running: ReadonlySet<string>): SourceLine[] {
  const breaks = lines.flatMap((l, i) => (l.text.startsWith('\f') ? [i] : []));
  const nearBreak = (i: number) => breaks.some((b) => Math.abs(b - i) <= NEAR_BREAK_LINES);
  const counted = countedNumbers(lines, breaks);
  const out = lines.map((l, i) => {
    const text = l.text.replace(/\f/g, '').trim();
    const number = BARE_NUMBER.test(text) ? counted.has(i) : isPageNumber(text);
    const furniture = nearBreak(i) && (number || running.has(withoutPageNumber(text)));
    return { ...l, text: furniture ? '' : text };
  });
  // a page that opens right after the caption opens with the table's own header, not a repeated one
  const own = ownHeaderPieces(out);
  for (const b of breaks) if (out.slice(0, b).some((l) => l.text)) blankRepeatedHeader(out, b, own);
  return out;
}

/** A page number printed bare (12): a cell's value may stand at a page's edge too. */
const BARE_NUMBER = /^\d{1,4}$/;

/**
 * The bare numbers beside a form feed that count pages: with another break in sight, one beside it must
 * go on the count (12 at one break, 13 at the next), else the number is a cell that ends a page (90, the
 * last value of a column printed after the table). With one break only nothing tells: it stays a page.
 */
function countedNumbers(lines: readonly SourceLine[], breaks: readonly number[]): ReadonlySet<number> {
  const near = breaks.map((b) => lines.flatMap((l, i) => {
    const text = l.text.replace(/\f/g, '').trim();
    return Math.abs(b - i) <= NEAR_BREAK_LINES && BARE_NUMBER.test(text) && isPageNumber(text) ? [{ i, n: Number(text) }] : [];
  }));
  if (breaks.length < 2) return new Set(near.flat().map((c) => c.i));
  return new Set(near.flatMap((own, k) => own.filter(({ n }) =>
    near.some((other, m) => m !== k && other.some((c) => c.n - n === m - k))).map((c) => c.i)));
}

/** The pieces of the table's own header, the lines that open the table. */
function ownHeaderPieces(lines: readonly SourceLine[]): ReadonlySet<string> {
  const pieces = new Set<string>();
  for (const line of lines) {
    const found = headerPieces(line.text);
    if (found.length === 0) continue;
    if (!found.every(isHeaderPiece)) break;
    found.forEach((p) => pieces.add(p));
  }
  return pieces;
}

/**
 * A header printed again after a page break repeats the table's own pieces; a unit its header did not
 * print (%, 亿元) is the first row's cell, which ends it.
 */
function blankRepeatedHeader(lines: SourceLine[], from: number, own: ReadonlySet<string>): void {
  const header: number[] = [];
  let words = 0;
  for (let end = from; end < lines.length; end++) {
    const pieces = headerPieces(lines[end].text);
    if (pieces.length === 0) continue;
    if (!pieces.every(isHeaderPiece) || pieces.some((p) => isUnitCell(p) && !own.has(p))) {
      // the first rows' 序号 may print between the 序号 and 指标 pieces (序号 / 5 / 6 / 指标名称): the header goes
      // on; before another column's piece (12 / 基期值（2020 年） / 42.63) they are a block of cells under it
      if (SEQ.test(lines[end].text) && pieces.length === 1 && namesNext(lines, end + 1)) continue;
      break;
    }
    header.push(end);
    words += pieces.filter(namesColumn).length;
  }
  if (words < 2) return;
  for (const i of header) lines[i] = { ...lines[i], text: '' };
}

const SEQ = /^\d{1,3}$/;

function namesNext(lines: readonly SourceLine[], from: number): boolean {
  const next = lines.slice(from).find((l) => headerPieces(l.text).length > 0 && !SEQ.test(l.text));
  return next !== undefined && roleOfPieces(headerPieces(next.text)) === 'name';
}
