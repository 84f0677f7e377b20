import { moveBrackets } from './table-centred-brackets.ts';

/**
 * A bordered table printed by `pdftotext -layout` centres every cell of a row on the row's middle: the
 * one-line cells (seq, unit, values) share one line, the anchor; a cell of n lines puts as many lines
 * above the anchor as below it (the middle one on the anchor when n is odd). So, column by column, the
 * pieces between two anchors are read off exactly: the first go below the row above (as many as it
 * has above), the rest above the row below. A column that breaks this count (a group label centred
 * over several rows, names wrapped only after or before their values) is left as printed.
 */

/** Lines of the block cut into cells; `anchors[i]` marks the lines that hold a row's values. */
export function mergeCentredBands(cells: string[][], anchors: readonly boolean[]): void {
  const columns = Math.max(0, ...cells.map((c) => c.length));
  moveBrackets(cells, anchors, columns);
  for (let k = 0; k < columns; k++) {
    const owners = centredOwners(cells, anchors, k);
    if (owners) moveToOwners(cells, owners, k);
  }
}

/**
 * For each line with a piece in column k, the anchor line it belongs to; undefined unless the column
 * counts as centred and at least one anchor with an empty cell holds pieces above and below it (the
 * mark of centring: names wrapped before or after their values always leave text on the anchor).
 * A cell of an even number of lines centred on a values line that pdftotext sets with one of them
 * (预期 on the values line, 性 below) is one piece off balance: allowed where the anchor holds text, on
 * one side for the whole table (one program printed it), at a cost, so that exact centring wins.
 */
function centredOwners(cells: readonly string[][], anchors: readonly boolean[], k: number): Map<number, number> | undefined {
  const anchorLines = anchors.flatMap((a, i) => (a ? [i] : []));
  if (anchorLines.length === 0) return undefined;
  const { gaps, after, owns } = columnGaps(cells, anchors, anchorLines, k);
  const plan = cheapestSplit(gaps.map((x) => x.length), after.length, owns);
  if (!plan) return undefined;
  const owners = new Map<number, number>();
  let centred = false;
  anchorLines.forEach((line, j) => {
    const down = j === 0 ? 0 : plan.down[j - 1];
    gaps[j].forEach((piece, n) => owners.set(piece, n < down ? anchorLines[j - 1] : line));
    const below = j + 1 < anchorLines.length ? plan.down[j] : after.length;
    if (gaps[j].length - down > 0 && below > 0 && !owns[j]) centred = true;
  });
  after.forEach((piece) => owners.set(piece, anchorLines.at(-1)!));
  return centred ? owners : undefined;
}

/** Column k's pieces off the anchor lines: gaps[j] the lines before anchor j (after anchor j - 1), `after` after the last. */
function columnGaps(cells: readonly string[][], anchors: readonly boolean[], anchorLines: readonly number[], k: number) {
  const gaps: number[][] = anchorLines.map(() => []);
  const after: number[] = [];
  let g = 0;
  cells.forEach((row, i) => {
    if (anchors[i]) g++;
    else if (row[k]) (g < anchorLines.length ? gaps[g] : after).push(i);
  });
  return { gaps, after, owns: anchorLines.map((i) => cells[i][k] !== '') };
}

const cheapestSplit = (gaps: readonly number[], after: number, owns: readonly boolean[]) =>
  ([1, -1] as const).flatMap((lean) => splitGaps(gaps, after, owns, lean) ?? [])
    .reduce<Split | undefined>((best, p) => (!best || p.cost < best.cost ? p : best), undefined);

/**
 * How many of column k's pieces above the first row are not that row's (the tail of a cell a page break cut,
 * 预期 | break | 性): the fewest whose removal centres the column; 0 when it is centred as printed.
 */
export function surplusAbove(cells: readonly string[][], anchors: readonly boolean[], k: number): number {
  const anchorLines = anchors.flatMap((a, i) => (a ? [i] : []));
  if (anchorLines.length === 0) return 0;
  const { gaps, after, owns } = columnGaps(cells, anchors, anchorLines, k);
  const counts = gaps.map((x) => x.length);
  for (let surplus = 0; surplus <= counts[0]; surplus++) {
    if (cheapestSplit([counts[0] - surplus, ...counts.slice(1)], after.length, owns)) return surplus;
  }
  return 0;
}

interface Split {
  readonly cost: number;
  /** down[j]: how many pieces of the gap after anchor j go below anchor j (the rest above anchor j + 1) */
  readonly down: readonly number[];
}

/**
 * The split of every gap between anchors that centres each anchor's cell: as many pieces above as
 * below, or (an anchor with text of its own) one more below (lean 1) or above (lean -1) at a cost of 1.
 */
function splitGaps(gaps: readonly number[], after: number, owns: readonly boolean[], lean: 1 | -1): Split | undefined {
  const fits = (j: number, above: number, below: number) =>
    above === below ? 0 : owns[j] && below - above === lean ? 1 : undefined;
  // reach.get(d): the cheapest split of the gaps before anchor j that leaves d pieces above anchor j
  let reach = new Map<number, Split>([[gaps[0], { cost: 0, down: [] }]]);
  for (let j = 0; j < gaps.length; j++) {
    const next = new Map<number, Split>();
    const options = j + 1 < gaps.length ? Array.from({ length: gaps[j + 1] + 1 }, (_, d) => d) : [after];
    for (const [above, split] of reach) {
      for (const below of options) {
        const cost = fits(j, above, below);
        if (cost === undefined) continue;
        const rest = j + 1 < gaps.length ? gaps[j + 1] - below : 0;
        const candidate = { cost: split.cost + cost, down: [...split.down, below] };
        if (!next.has(rest) || next.get(rest)!.cost > candidate.cost) next.set(rest, candidate);
      }
    }
    reach = next;
  }
  return reach.get(0);
}

/** Each piece joins its anchor's cell in reading order: pieces above, the anchor's own text, pieces below. */
function moveToOwners(cells: string[][], owners: ReadonlyMap<number, number>, k: number): void {
  const before = new Map<number, string>();
  const after = new Map<number, string>();
  for (const [line, anchor] of owners) {
    const side = line < anchor ? before : after;
    side.set(anchor, (side.get(anchor) ?? '') + cells[line][k]);
    cells[line][k] = '';
  }
  for (const anchor of new Set(owners.values())) {
    cells[anchor][k] = [before.get(anchor) ?? '', cells[anchor][k] ?? '', after.get(anchor) ?? ''].reduce(joinLines);
  }
}

/**
 * A cell's lines join as printed (a name or a number wrapped mid-word: 3200 / 0), but a number ended by its
 * percent sign and a number on the next line are two (99% / 99): a space keeps them apart.
 */
const joinLines = (upper: string, lower: string) => upper + (/[%％‰]$/.test(upper) && /^\d/.test(lower) ? ' ' : '') + lower;

/**
 * The lines that hold a row's one-line cells. A line that prints a number is a row's line unless it is
 * the upper or lower half of a row's two-line cells (城镇常住居民人均可支配收 6300 预期 / 5 元 45000 7 /
 * 入 0 性): the lines right above and below a line share columns (a group label may stand on one of
 * them), and that line prints in none of their columns and in as many columns as they share or more.
 */
export function centredAnchors(cells: readonly string[][], data: readonly boolean[]): boolean[] {
  const anchors = [...data];
  const filled = (i: number) => cells[i].flatMap((text, k) => (text ? [k] : []));
  for (let i = 1; i + 1 < cells.length; i++) {
    if (!anchors[i]) continue;
    const [above, own, below] = [filled(i - 1), filled(i), filled(i + 1)];
    const shared = above.filter((k) => below.includes(k));
    if (shared.length > 0 && own.length >= shared.length && own.every((k) => !above.includes(k) && !below.includes(k))) {
      anchors[i - 1] = false;
      anchors[i + 1] = false;
    }
  }
  return anchors;
}
