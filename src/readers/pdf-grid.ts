import type { Segment } from './pdf-rulings.ts';

/** A cell of a ruled grid: its top-left elementary cell and how many rows and columns it covers. */
export interface GridBox {
  readonly row: number;
  readonly column: number;
  readonly rowspan: number;
  readonly colspan: number;
}

/** A table drawn with rulings: its column and row boundaries and its cells (merged where a ruling is missing). */
export interface Grid {
  /** column boundaries, left to right */
  readonly xs: readonly number[];
  /** row boundaries, top to bottom (y grows upwards, so descending) */
  readonly ys: readonly number[];
  readonly cells: readonly GridBox[];
  /** index into `cells` of the cell covering each elementary cell, row-major */
  readonly owner: readonly number[];
}

/**
 * Rulings closer than this (points) are one line: double borders, a border drawn once per cell
 * with rounding, lines meeting a little short of each other (1.5 pt seen from Chromium and Word), and
 * each cell's own box where a page's table keeps its cells apart (HTML `border="1"`: 2 px of border-spacing
 * and 1 px borders print 2.25 pt apart in Chromium; `cellspacing="3"` 3 pt). No text fits in 4 pt.
 */
const SNAP = 4;
/** A boundary shorter than this share of a cell's side drawn is missing: the cells either side merge. */
const DRAWN = 0.5;

/** The ruled tables among a page's segments: groups of crossing lines making at least 2 rows and 2 columns. */
export function findGrids(segments: readonly Segment[]): Grid[] {
  const lines = mergeCollinear(segments);
  return connectedGroups(lines)
    .map(buildGrid)
    .filter((grid): grid is Grid => grid !== undefined);
}

/** Collinear segments that overlap or touch become one. */
function mergeCollinear(segments: readonly Segment[]): Segment[] {
  const sorted = [...segments].sort(
    (a, b) => Number(a.horizontal) - Number(b.horizontal) || a.at - b.at || a.from - b.from,
  );
  const out: Segment[] = [];
  const open: Segment[] = []; // merged segments of the current orientation within SNAP of the current `at`
  for (const segment of sorted) {
    const passed = (o: Segment) => o.horizontal !== segment.horizontal || segment.at - o.at > SNAP;
    while (open.length && passed(open[0])) out.push(open.shift()!);
    const index = open.findIndex((o) => segment.from <= o.to + SNAP && segment.to >= o.from - SNAP);
    if (index < 0) open.push(segment);
    else {
      const o = open[index];
      open[index] = { ...o, from: Math.min(o.from, segment.from), to: Math.max(o.to, segment.to) };
    }
  }
  return [...out, ...open];
}

const crosses = (h: Segment, v: Segment) =>
  h.at >= v.from - SNAP && h.at <= v.to + SNAP && v.at >= h.from - SNAP && v.at <= h.to + SNAP;

/** Groups of horizontal and vertical lines connected by crossings (union-find). */
function connectedGroups(lines: readonly Segment[]): Segment[][] {
  const parent = lines.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  lines.forEach((h, i) => {
    if (!h.horizontal) return;
    lines.forEach((v, j) => {
      if (!v.horizontal && crosses(h, v)) parent[find(i)] = find(j);
    });
  });
  const groups = new Map<number, Segment[]>();
  lines.forEach((line, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), line]));
  return [...groups.values()];
}

/** Distinct positions, nearby ones (within SNAP) counted once. */
function boundaries(positions: readonly number[]): number[] {
  const out: number[] = [];
  for (const p of [...positions].sort((a, b) => a - b)) if (!out.length || p - out.at(-1)! > SNAP) out.push(p);
  return out;
}

function buildGrid(group: readonly Segment[]): Grid | undefined {
  const horizontal = group.filter((s) => s.horizontal);
  const vertical = group.filter((s) => !s.horizontal);
  if (!horizontal.length || !vertical.length) return undefined;
  // an open-sided table (no outer vertical, or no top/bottom rule) still ends where its lines end
  const [left, right] = [Math.min(...horizontal.map((s) => s.from)), Math.max(...horizontal.map((s) => s.to))];
  const [bottom, top] = [Math.min(...vertical.map((s) => s.from)), Math.max(...vertical.map((s) => s.to))];
  const xs = withoutSlivers(boundaries([...vertical.map((s) => s.at), left, right]), vertical);
  const ys = withoutSlivers(boundaries([...horizontal.map((s) => s.at), bottom, top]), horizontal).reverse();
  // one ruled row of three cells or more is a table's row on its own: the rest of a table after a page turn
  if (xs.length < 3 || ys.length < 2 || (ys.length === 2 && xs.length < 4)) return undefined;
  const stray = strayEdgeRow(xs, ys, vertical);
  if (stray !== undefined) return buildGrid(clipped(group, stray === 0 ? ys[1] : Infinity, stray === 0 ? -Infinity : ys.at(-2)!));
  return mergeCells(xs, ys, horizontal, vertical);
}

/**
 * A row or column thinner than SLIVER holds no text: it is two boundaries drawn for one (Chromium ends a
 * group cell split by a page turn 4.5 pt above its last row's border). The boundary drawn over less length
 * goes; a table's outer edge stays.
 */
function withoutSlivers(bounds: readonly number[], lines: readonly Segment[]): number[] {
  const out = [...bounds];
  const length = (at: number) => drawn(lines, at, -Infinity, Infinity);
  for (let i = 1; i < out.length; ) {
    if (out[i] - out[i - 1] >= SLIVER || out.length <= 2) i++;
    else {
      const dropFirst = i - 1 > 0 && (i === out.length - 1 || length(out[i - 1]) < length(out[i]));
      out.splice(dropFirst ? i - 1 : i, 1);
    }
  }
  return out;
}

/** The smallest text printed in a table (5 pt) with no room above and below: no row or column is thinner. */
const SLIVER = 7;

/**
 * A box drawn against a table's top or bottom border (a paragraph's border, as LibreOffice draws the
 * border of an HTML div round each paragraph in it) joins the table's lines as an edge row whose inner
 * rulings line up with no column of the table: it is no row of the table. Returns that row's index.
 */
function strayEdgeRow(xs: readonly number[], ys: readonly number[], vertical: readonly Segment[]): number | undefined {
  const rows = ys.length - 1;
  if (rows < 3) return undefined;
  const inner = (r: number) => xs.slice(1, -1).filter((x) => drawn(vertical, x, ys[r + 1], ys[r]) >= DRAWN * (ys[r] - ys[r + 1]));
  return [0, rows - 1].find((edge) => {
    const own = inner(edge);
    const rest = new Set(Array.from({ length: rows }, (_, r) => r).filter((r) => r !== edge).flatMap(inner));
    return own.length > 0 && rest.size > 0 && own.every((x) => !rest.has(x));
  });
}

/** The lines of a group between two heights (y grows upwards), verticals cut there. */
function clipped(group: readonly Segment[], top: number, bottom: number): Segment[] {
  return group.flatMap((s) => {
    if (s.horizontal) return s.at <= top + SNAP && s.at >= bottom - SNAP ? [s] : [];
    const [from, to] = [Math.max(s.from, bottom), Math.min(s.to, top)];
    return to - from > SNAP ? [{ ...s, from, to }] : [];
  });
}

/** Length of [from, to] covered by the lines at `at`. */
function drawn(lines: readonly Segment[], at: number, from: number, to: number): number {
  let covered = 0;
  for (const line of lines) {
    if (Math.abs(line.at - at) <= SNAP) covered += Math.max(0, Math.min(to, line.to) - Math.max(from, line.from));
  }
  return covered;
}

/** Elementary cells joined across every boundary that is not drawn; each group becomes one cell with spans. */
function mergeCells(xs: number[], ys: number[], horizontal: Segment[], vertical: Segment[]): Grid {
  const [rows, columns] = [ys.length - 1, xs.length - 1];
  const openRight = (r: number, c: number) =>
    c + 1 < columns && drawn(vertical, xs[c + 1], ys[r + 1], ys[r]) < DRAWN * (ys[r] - ys[r + 1]);
  const openBelow = (r: number, c: number) =>
    r + 1 < rows && drawn(horizontal, ys[r + 1], xs[c], xs[c + 1]) < DRAWN * (xs[c + 1] - xs[c]);
  const first = joined(rows, columns, openRight, openBelow);
  // a merged cell is a rectangle: cells joined into an L (Chromium draws a group cell short where a page
  // turn splits it, so one row's column line goes missing) are joined down their columns only
  const lShaped = new Set(regions(first, columns).filter((box) => box.members < box.area).map((box) => box.root));
  const inL = (r: number, c: number) => lShaped.has(first[r * columns + c]);
  const roots = joined(rows, columns, (r, c) => openRight(r, c) && !inL(r, c), openBelow);
  return gridOf(xs, ys, roots, columns);
}

/** The root of each elementary cell (row-major) once cells are joined where `right` / `below` say so. */
function joined(
  rows: number, columns: number, right: (r: number, c: number) => boolean, below: (r: number, c: number) => boolean,
): number[] {
  const parent = Array.from({ length: rows * columns }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const index = r * columns + c;
      const join = (other: number) => (parent[find(other)] = find(index));
      if (right(r, c)) join(index + 1);
      if (below(r, c)) join(index + columns);
    }
  }
  return parent.map((_, i) => find(i));
}

interface Region { root: number; r0: number; c0: number; r1: number; c1: number; members: number; area: number }

/** The bounding box of each group of joined cells and how many elementary cells it holds. */
function regions(roots: readonly number[], columns: number): Region[] {
  const boxes = new Map<number, Region>();
  roots.forEach((root, i) => {
    const [r, c] = [Math.floor(i / columns), i % columns];
    const box = boxes.get(root);
    if (!box) boxes.set(root, { root, r0: r, c0: c, r1: r, c1: c, members: 1, area: 1 });
    else {
      Object.assign(box, {
        r0: Math.min(box.r0, r), c0: Math.min(box.c0, c), r1: Math.max(box.r1, r), c1: Math.max(box.c1, c),
        members: box.members + 1,
      });
      box.area = (box.r1 - box.r0 + 1) * (box.c1 - box.c0 + 1);
    }
  });
  return [...boxes.values()];
}

function gridOf(xs: number[], ys: number[], roots: readonly number[], columns: number): Grid {
  const boxes = regions(roots, columns).sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  const cells = boxes.map((box) => ({ row: box.r0, column: box.c0, rowspan: box.r1 - box.r0 + 1, colspan: box.c1 - box.c0 + 1 }));
  const indexOfRoot = new Map(boxes.map((box, k) => [box.root, k]));
  const owner = roots.map((root) => indexOfRoot.get(root)!);
  return { xs, ys, cells, owner };
}
