import type { SourceLine } from '../domain/index.ts';
import { headerPieces, isHeaderPiece, namesColumn } from './table-reading-order-header.ts';
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
  const out = lines.map((l, i) => {
    const text = l.text.replace(/\f/g, '').trim();
    const furniture = nearBreak(i) && (isPageNumber(text) || running.has(withoutPageNumber(text)));
    return { ...l, text: furniture ? '' : text };
  });
  // a page that opens right after the caption opens with the table's own header, not a repeated one
  for (const b of breaks) if (out.slice(0, b).some((l) => l.text)) blankRepeatedHeader(out, b);
  return out;
}

function blankRepeatedHeader(lines: SourceLine[], from: number): void {
  let end = from;
  let words = 0;
  for (; end < lines.length; end++) {
    const pieces = headerPieces(lines[end].text);
    if (pieces.length === 0) continue;
    if (!pieces.every(isHeaderPiece)) break;
    words += pieces.filter(namesColumn).length;
  }
  if (words < 2) return;
  for (let i = from; i < end; i++) lines[i] = { ...lines[i], text: '' };
}
