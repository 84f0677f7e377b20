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
/** Where running text starts and ends on a page. */
export interface Margins {
  readonly left: number;
  readonly right: number;
}

/** The page's text margins, or undefined when too few lines of running text show them. */
export function findMargins(lines: readonly PlacedLine[]): Margins | undefined {
  const single = lines.filter((l) => l.cells.length === 1);
  if (single.length < 2) return undefined;
  // a table's rows start at the left margin too: lines of one of its columns (a wrapped 指标解释) are no running text
  const left = Math.min(...lines.map((l) => l.cells[0]?.x0 ?? Infinity));
  // running text starts at the left margin or a short indent from it (not a wrapped table cell)
  const prose = single.filter((l) => l.cells[0].x0 <= left + 3 * l.size);
  const right = Math.max(...prose.map((l) => l.cells[0].x1));
  // a margin is where several lines end; one long line (a title, a lone sentence) does not make one
  return prose.filter((l) => reachesRight(l, right)).length >= 2 ? { left, right } : undefined;
}

export function joinWrappedLines<L extends PlacedLine>(lines: readonly L[], margins = findMargins(lines)): L[] {
  if (!margins) return [...lines];
  const out: L[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    if (previous && continues(previous, line, margins)) out[out.length - 1] = merge(previous, line);
    else out.push(line);
  }
  return out;
}

/** A page's last line runs on to the next page: it fills the line and ends no sentence. */
export const runsOn = (line: PlacedLine | undefined, margins: Margins | undefined): boolean =>
  !!line && !!margins && line.cells.length === 1 && reachesRight(line, margins.right) && !SENTENCE_END.test(line.cells[0].text);

/** A page's first line carries on the paragraph before it: flush left, not a heading. */
export const carriesOn = (line: PlacedLine | undefined, margins: Margins | undefined): boolean =>
  !!line && !!margins && line.cells.length === 1 && startsFlush(line, margins) && !HEADING.test(line.cells[0].text);

function continues(previous: PlacedLine, next: PlacedLine, margins: Margins): boolean {
  if (previous.cells.length !== 1 || next.cells.length !== 1) return false;
  if (Math.abs(previous.size - next.size) > 0.5) return false;
  if (!reachesRight(previous, margins.right) || !startsFlush(next, margins)) return false;
  // a sentence that ends short of the margin, or before a heading, ends its paragraph
  const sentenceEnds = SENTENCE_END.test(previous.cells[0].text);
  return !(sentenceEnds && (previous.cells[0].x1 < margins.right - 0.5 * previous.size || HEADING.test(next.cells[0].text)));
}

const SENTENCE_END = /[。！？]$/;
const HEADING = /^(第[一二三四五六七八九十百零〇\d]+[篇章节]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[．.、]|专栏|表\s*\d|图\s*\d)/;

const reachesRight = (line: PlacedLine, right: number) => line.cells[0].x1 >= right - 2.5 * line.size;
const startsFlush = (line: PlacedLine, margins: Margins) => line.cells[0].x0 <= margins.left + 0.5 * line.size;

function merge<L extends PlacedLine>(previous: L, next: L): L {
  const [a, b] = [previous.cells[0], next.cells[0]];
  return { ...previous, cells: [{ text: joinText(a.text, b.text), x0: a.x0, x1: b.x1 }] };
}

/** Two pieces of one paragraph: Latin words keep a space between them, Chinese runs on. */
export function joinText(a: string, b: string): string {
  return a + (/[A-Za-z0-9.,;:!?)]$/.test(a) && /^[A-Za-z(]/.test(b) ? ' ' : '') + b;
}
