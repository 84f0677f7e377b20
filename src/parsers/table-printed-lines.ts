/**
 * Where rows stand in print, for labels centred on printed lines. `pdftotext -layout` of a bordered table
 * centres every cell of a row on the row's values line (its anchor, table-centred-bands.ts): a row whose
 * name wraps over three lines takes one line above its anchor and one below. A merged group cell is
 * centred on the height of its rows, not on their count, so its label is placed by lines: between two
 * anchors, the lines are split between the row above (below its anchor) and the row below (above its
 * anchor) so that every row is as balanced about its anchor as the gaps allow.
 *
 * Each row is also padded (cell margins, paragraph spacing): a one-line row is taller than a line. The
 * padding, in lines, is not known from the text; the caller tries a few.
 */

/** Where each row starts and the table ends (bounds[r] … bounds[r + 1] is row r), and where a line stands. */
export interface PrintedRows {
  readonly bounds: readonly number[];
  readonly yOf: (line: number) => number;
}

/**
 * A row of an even number of lines has one more on one side: each line of imbalance costs this, so
 * that the split leaves every row balanced where it can (a page break's lines still fit somewhere).
 */
const UNEVEN_ROW = 1;

/**
 * Anchors alone leave the split open along a run of rows that all wrap (1 line + 3 lines + 1 line, or
 * 3 + 1 + 3, print alike): there, the longer a row's text, the likelier it took the lines. Per line and
 * row, at most this much: far below a line of imbalance.
 */
const SHORT_TEXT_TALL = 0.01;

/**
 * The printed extent of rows whose anchors stand on `anchors` (source lines, increasing), in heights
 * scaled so that the mean row is 1 tall (so offsets compare with the tiling's costs, which count rows);
 * `padding`: the height each row adds beyond its lines, in lines; `lengths`: each row's longest cell, in
 * characters.
 */
export function printedRows(anchors: readonly number[], padding: number, lengths: readonly number[] = []): PrintedRows | undefined {
  const longest = Math.max(1, ...lengths);
  const split = balancedSplit(anchors, (r) => SHORT_TEXT_TALL * (1 - (lengths[r] ?? longest) / longest));
  if (!split) return undefined;
  const tops = anchors.map((a, r) => a - split.up[r]);
  const heights = anchors.map((_, r) => split.up[r] + split.down[r] + 1 + padding);
  const total = heights.reduce((s, h) => s + h, 0);
  const scale = anchors.length / total;
  const starts = [0];
  heights.forEach((h) => starts.push(starts.at(-1)! + h));
  const rowOf = (line: number) => {
    let r = 0;
    while (r + 1 < anchors.length && line >= tops[r + 1]) r++;
    return r;
  };
  const yOf = (line: number) => {
    const r = rowOf(line);
    return (starts[r] + padding / 2 + (line - tops[r]) + 0.5) * scale;
  };
  return { bounds: starts.map((s) => s * scale), yOf };
}

/**
 * Lines above (up) and below (down) each anchor: the lines between two anchors are split between them;
 * the first row and the last are taken as balanced (their outer lines are not seen here). Returns the
 * split with the least imbalance (ties: lines on rows of long text), or undefined when anchors do not
 * increase.
 */
function balancedSplit(anchors: readonly number[], perLine: (row: number) => number): { up: number[]; down: number[] } | undefined {
  const gaps = anchors.slice(1).map((a, r) => a - anchors[r] - 1);
  if (gaps.some((g) => g < 0)) return undefined;
  // reach.get(u): the cheapest split of the gaps before row r that leaves u lines above row r's anchor
  let reach = new Map<number, { cost: number; up: number[]; down: number[] }>([[-1, { cost: 0, up: [], down: [] }]]);
  for (let r = 0; r < anchors.length; r++) {
    const next = new Map<number, { cost: number; up: number[]; down: number[] }>();
    const downs = r < gaps.length ? Array.from({ length: gaps[r] + 1 }, (_, d) => d) : [-1];
    for (const [above, split] of reach) {
      for (const d of downs) {
        // the first row's lines above and the last row's below are unseen: as many as on its other side
        const up = above < 0 ? Math.max(d, 0) : above;
        const down = d < 0 ? up : d;
        const uneven = Math.abs(up - down);
        const cost = split.cost + uneven * UNEVEN_ROW + (up + down) * perLine(r);
        const candidate = { cost, up: [...split.up, up], down: [...split.down, down] };
        const key = r < gaps.length ? gaps[r] - d : 0;
        if (!next.has(key) || next.get(key)!.cost > candidate.cost) next.set(key, candidate);
      }
    }
    reach = next;
  }
  const best = [...reach.values()].sort((a, b) => a.cost - b.cost)[0];
  return best && { up: best.up, down: best.down };
}
