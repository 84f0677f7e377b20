/**
 * `pdftotext -layout` places a header's lines by the text around them, not by the rows below: a header
 * cell printed over two lines (2020 / 年, 2025 年目 / 标) is centred on the header's main line, one piece
 * above it and one below, and both pieces may stand a few columns left or right of the values they head
 * (2015 over 计量单位's last characters). Positions then mislead, but the order does not: the main line's
 * words and the cells paired from the lines above and below, taken left to right, are the columns.
 */

/** A single space between a digit or Latin letter and a CJK character is a font change inside a word. */
const isFontSpace = (before: string, after: string) =>
  (/[0-9A-Za-z.%]/.test(before) && /[\u4e00-\u9fff（(]/.test(after)) ||
  (/[\u4e00-\u9fff（(]/.test(before) && /[0-9A-Za-z]/.test(after));

/** A year after a word starts the next cell (2020 年基 2025 over 数 | 年): no header word goes on after its text with a year. */
const startsYear = (line: string, at: number) => /^(?:19|20)\d{2}(?!\d)/.test(line.slice(at, at + 5)) && /[\u4e00-\u9fff]/.test(line[at - 2]);

interface Word {
  readonly start: number;
  readonly text: string;
}

/** A header line's words: cut at runs of spaces and at single spaces other than font changes (one scan). */
export function headerWords(line: string): Word[] {
  const words: Word[] = [];
  let from = -1;
  for (let i = 0; i <= line.length; i++) {
    const ch = line[i];
    const space = ch === undefined || ch === ' ' || ch === '\u3000' || ch === '\t' || ch === '\f';
    if (!space) {
      if (from < 0) from = i;
      continue;
    }
    const inside = ch === ' ' && from >= 0 && line[i + 1] !== undefined && line[i + 1] !== ' ' &&
      isFontSpace(line[i - 1], line[i + 1]) && !startsYear(line, i + 1);
    if (inside || from < 0) continue;
    words.push({ start: from, text: line.slice(from, i).replace(/ /g, '') });
    from = -1;
  }
  return words;
}

/**
 * The header cells in order when the header is a main line with one line above and one below holding
 * as many pieces each (every two-line cell centred on it) and that makes `columns` cells; else undefined.
 */
export function headerInOrder(lines: readonly string[], columns: number): string[] | undefined {
  const cells = orderedCells(lines);
  return cells?.length === columns ? cells.map((c) => c.text) : undefined;
}

function orderedCells(lines: readonly string[]): Word[] | undefined {
  const texts = lines.filter((l) => l.trim() !== '');
  if (texts.length !== 3) return undefined;
  const [above, main, below] = texts.map(headerWords);
  if (above.length !== below.length || above.length === 0) return undefined;
  const paired = above.map((w, k) => ({ start: w.start, text: w.text + below[k].text }));
  return [...main, ...paired].sort((a, b) => a.start - b.start);
}

interface Extent {
  readonly start: number;
  readonly end: number;
}

/**
 * The header in order over the data's columns; a first header word left of every column (类别, whose
 * labels stand on lines of their own, centred on their rows) heads a column of its own there.
 */
export function headerOverColumns(lines: readonly string[], extents: readonly Extent[]): { header: string[]; extents: Extent[] } | undefined {
  const cells = orderedCells(lines);
  if (!cells || extents.length === 0) return undefined;
  if (cells.length === extents.length) return { header: cells.map((c) => c.text), extents: [...extents] };
  const first = cells[0];
  const end = first.start + first.text.length;
  if (cells.length !== extents.length + 1 || end >= extents[0].start) return undefined;
  return { header: cells.map((c) => c.text), extents: [{ start: first.start, end }, ...extents] };
}
