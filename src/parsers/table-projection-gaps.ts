import { isWide } from './table-lines.ts';

/** A run of printed text on a line: the columns it occupies (by the measure) and its characters. */
export interface Extent {
  readonly start: number;
  readonly end: number;
}

export interface Piece extends Extent {
  readonly from: number;
  readonly to: number;
}

const widthOf = (ch: string, wide: boolean) => (wide && isWide(ch.charCodeAt(0)) ? 2 : 1);

/**
 * The columns rows print in, and where their pieces start. Only characters count, not the single
 * spaces inside a piece: `pdftotext -layout` sets one space between two cells where a column is tight
 * (亿元 357.1), and the rule between those columns is the column no row prints in.
 */
export function printedColumns(text: (row: number) => string, rows: readonly (readonly Piece[])[], wide: boolean): Printed {
  const width = Math.max(0, ...rows.flatMap((r) => r.map((p) => p.end)));
  const [printed, starts, spaced, inner] = [0, 0, 0, 0].map(() => new Uint8Array(width + 1));
  rows.forEach((pieces, r) => {
    const line = text(r);
    for (const p of pieces) {
      starts[p.start] = 1;
      let column = p.start;
      for (let i = p.from; i < p.to; i++) {
        const w = widthOf(line[i], wide);
        if (line[i] !== ' ' || isInsideBrackets(line, i)) printed.fill(1, column, column + w);
        if (line[i] === ' ') spaced[column] = 1;
        else if (i > p.from && line[i - 1] !== ' ') inner[column] = 1;
        column += w;
      }
    }
  });
  return { printed, starts, spaced, inner };
}

/** What the rows print in each character column (1 where some row does). */
interface Printed {
  readonly printed: Uint8Array;
  /** a piece starts there (after two spaces or more) */
  readonly starts: Uint8Array;
  /** a single space inside a piece */
  readonly spaced: Uint8Array;
  /** a character that goes on from the one before it (inside a word) */
  readonly inner: Uint8Array;
}

/**
 * Where no row prints: the rules between columns. A rule one column wide (a single space) parts two
 * columns only where some row starts a piece of its own right of it (亿元  653 beside 亿元 357.1); where
 * every row goes on after the space (市下达目 标), it is a space inside a cell, and the column is covered.
 */
export function rulesOf({ printed, starts, spaced, inner }: Printed, singleSpaceRules: boolean): Uint8Array {
  const covered = Uint8Array.from(printed);
  // 5%左右   预期性 over 完成省下达任务 约束性: one row's cell runs on to a single space where the others start
  // their next cell; no word goes on through that column, so it is the rule, though every column is printed
  if (singleSpaceRules) for (let c = 1; c < printed.length; c++) if (spaced[c] && starts[c] && !inner[c]) covered[c] = 0;
  const startsIn = (from: number) => {
    for (let c = from; c < printed.length && printed[c]; c++) if (starts[c]) return true;
    return false;
  };
  for (let c = 1; c + 1 < printed.length; c++) {
    if (!printed[c] && printed[c - 1] && printed[c + 1] && (!singleSpaceRules || !startsIn(c + 1))) covered[c] = 1;
  }
  return covered;
}

/** [ 24.64 ]: a space just inside a bracket is the cell's own, never a gap between two cells. */
const isInsideBrackets = (line: string, at: number) => /[[〔【（(]/.test(line[at - 1]) || /[\]〕】）)]/.test(line[at + 1] ?? '');

/** A piece cut at each single space that falls in a column no row prints in (two cells one space apart). */
export function splitAtGaps(line: string, pieces: readonly Piece[], covered: Uint8Array, wide: boolean): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    let from = p.from;
    let start = p.start;
    let column = p.start;
    for (let i = p.from; i < p.to; i++) {
      if (line[i] === ' ' && !covered[column] && i > from && !isInsideBrackets(line, i)) {
        out.push({ from, to: i, start, end: column });
        from = i + 1;
        start = column + 1;
      }
      column += widthOf(line[i], wide);
    }
    out.push({ from, to: p.to, start, end: p.end });
  }
  return out;
}
