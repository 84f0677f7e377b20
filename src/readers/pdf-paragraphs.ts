import type { PlacedCell } from './pdf-columns.ts';

/** A rebuilt line: its cells and its font size. */
export interface PlacedLine {
  readonly cells: PlacedCell[];
  readonly size: number;
}

/**
 * Puts back together the paragraphs a PDF wrapped over several lines, as a text file holds them:
 * a line of running text that reaches the right margin (within 2.5 characters: punctuation may not
 * start or end a line) continues on the next line when that one
 * starts at the left margin (a new paragraph is indented, or follows a short line) in the same
 * font size, unless a sentence ends short of the margin or right before a heading. Table rows (several cells) are never joined. Within one page only.
 */
export function joinWrappedLines(lines: readonly PlacedLine[]): PlacedLine[] {
  const single = lines.filter((l) => l.cells.length === 1);
  if (single.length < 2) return [...lines];
  const left = Math.min(...single.map((l) => l.cells[0].x0));
  // running text starts at the left margin or a short indent from it (not a wrapped table cell)
  const prose = single.filter((l) => l.cells[0].x0 <= left + 3 * l.size);
  const right = Math.max(...prose.map((l) => l.cells[0].x1));
  // a margin is where several lines end; one long line (a title, a lone sentence) does not make one
  if (prose.filter((l) => reachesRight(l, right)).length < 2) return [...lines];
  const out: PlacedLine[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    if (previous && continues(previous, line, left, right)) out[out.length - 1] = merge(previous, line);
    else out.push(line);
  }
  return out;
}

function continues(previous: PlacedLine, next: PlacedLine, left: number, right: number): boolean {
  if (previous.cells.length !== 1 || next.cells.length !== 1) return false;
  if (Math.abs(previous.size - next.size) > 0.5) return false;
  if (!reachesRight(previous, right) || next.cells[0].x0 > left + 0.5 * next.size) return false;
  // a sentence that ends short of the margin, or before a heading, ends its paragraph
  const sentenceEnds = /[。！？]$/.test(previous.cells[0].text);
  return !(sentenceEnds && (previous.cells[0].x1 < right - 0.5 * previous.size || HEADING.test(next.cells[0].text)));
}

const HEADING = /^(第[一二三四五六七八九十百零〇\d]+[篇章节]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[．.、]|专栏|表\s*\d|图\s*\d)/;

const reachesRight = (line: PlacedLine, right: number) => line.cells[0].x1 >= right - 2.5 * line.size;

function merge(previous: PlacedLine, next: PlacedLine): PlacedLine {
  const [a, b] = [previous.cells[0], next.cells[0]];
  const space = /[A-Za-z0-9.,;:!?)]$/.test(a.text) && /^[A-Za-z(]/.test(b.text) ? ' ' : '';
  return { size: previous.size, cells: [{ text: a.text + space + b.text, x0: a.x0, x1: b.x1 }] };
}
