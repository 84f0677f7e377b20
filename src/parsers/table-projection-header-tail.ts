import type { SourceLine } from '../domain/index.ts';
import type { Piece } from './table-projection-gaps.ts';

/** A header word's last line is short (值 under 2025 年目标, 性 under 指标属): a name's leading piece fills its cell. */
const TAIL_CHARS = 2;

/**
 * The lone piece on line `at` ends a header cell printed again over several lines on a new page: a header
 * line between `header` and `at` holds a piece over the same columns, and the two read together as part of
 * a header cell first printed (`printed`: those cells, spaces aside, joined by |; 2025 年目标 / 值). Such a
 * line belongs to the header, not to the first row's wrapped name.
 */
export function continuesHeaderWord(
  lines: readonly SourceLine[], pieces: readonly Piece[][], header: number, at: number, printed: string,
): boolean {
  const [piece] = pieces[at];
  const text = lines[at].text.slice(piece.from, piece.to).replace(/\s+/g, '');
  if (!printed || [...text].length > TAIL_CHARS) return false;
  for (let i = at - 1; i >= header; i--) {
    const above = pieces[i].find((p) => Math.min(p.end, piece.end) > Math.max(p.start, piece.start));
    if (above && printed.includes(lines[i].text.slice(above.from, above.to).replace(/\s+/g, '') + text)) return true;
  }
  return false;
}

/**
 * The lone short piece on line `at` is the lower half of a header cell printed over two lines and centred
 * on the header's line (2025 年目标 above 编号 … 指标属性, 值 below it): a header line above holds a piece over
 * the same columns, and a header line between them holds none there. A first row's wrapped cell printed
 * above its values stands right under the header, with no such gap.
 */
export function straddlesHeaderLine(pieces: readonly Piece[][], lines: readonly SourceLine[], header: number, at: number): boolean {
  const [piece] = pieces[at];
  if ([...lines[at].text.slice(piece.from, piece.to).replace(/\s+/g, '')].length > TAIL_CHARS) return false;
  const over = (i: number) => pieces[i].some((p) => Math.min(p.end, piece.end) > Math.max(p.start, piece.start));
  const above = Array.from({ length: at - header }, (_, k) => header + k).filter(over);
  const gap = above.length > 0 && Array.from({ length: at - above.at(-1)! - 1 }, (_, k) => above.at(-1)! + 1 + k)
    .some((i) => pieces[i].length > 0 && !over(i));
  return gap;
}

/**
 * Where a header printed again on a new page ends (`printed`: the first page's header cells, spaces aside,
 * joined by |): after the lines whose every piece starts a header cell, or reads on from a piece above it
 * in the same columns as part of one (序 / 号, （2020 / 年）). The lines after it, up to the first row's
 * values, are that page's body (the tail of a cell cut by the break, a name's leading piece) — a lone 性
 * is part of 属性 only where it stands under 属.
 */
export function repeatedHeaderEnd(
  lines: readonly SourceLine[], pieces: readonly Piece[][], header: number, firstData: number, printed: string,
): number {
  const cells = printed.split('|').filter(Boolean);
  const textOf = (i: number, p: Piece) => lines[i].text.slice(p.from, p.to).replace(/\s+/g, '');
  const readsOn = (i: number, piece: Piece) => {
    const text = textOf(i, piece);
    if (cells.some((c) => c.startsWith(text))) return true;
    for (let k = i - 1; k >= header; k--) {
      const above = pieces[k].find((p) => Math.min(p.end, piece.end) > Math.max(p.start, piece.start));
      if (above && cells.some((c) => c.includes(textOf(k, above) + text))) return true;
    }
    return false;
  };
  let end = header + 1;
  while (end < firstData && pieces[end].every((p) => readsOn(end, p))) end++;
  return end;
}
