import { type Convention, type LabelPiece, type Tiling, tileRows } from './table-centred-tiling.ts';
import type { GroupPiece } from './table-groups.ts';
import { printedRows } from './table-printed-lines.ts';

/** The group of each piece (null on pieces of their own lines), and the rows whose group is in doubt. */
export interface CentredGroups {
  readonly groups: Array<string | null>;
  readonly doubtful: boolean[];
}

/**
 * A runner-up tiling this close to the best is not told apart by where the labels stand, only by the
 * small preferences (groups of like size, labels above the centre): the rows it reads otherwise are
 * in doubt. Below WITH_LEAN (table-centred-tiling.ts): in a table that prints labels between rows, a
 * label on a row's line marking an odd group is evidence enough.
 */
const GROUP_DOUBT = 0.045;

/**
 * A PDF prints a merged group cell in the middle of the rows it spans, so the first rows show no
 * group and a label, often wrapped over several lines (经济 / 强), stands between rows. Each group is
 * centred on its label: it starts where the group above ended and ends as far below the label's
 * centre as it starts above it. Which pieces form one label is chosen so that the groups tile the
 * rows most exactly (a small search: labels are few, table-centred-tiling.ts); a split that would end
 * a group before its label's centre is never taken, a lone character (强, 富) is taken as the tail of
 * a wrapped label, and names longer than seven characters are unlikely. Where two tilings fit the
 * labels alike (a label on the upper middle row of four, or on the middle row of three), the rows
 * they read otherwise are marked doubtful rather than guessed silently.
 */
export function assignCenteredGroups(pieces: readonly GroupPiece[], strict: boolean): CentredGroups | undefined {
  const rows = pieces.filter((p) => !p.pieceOnly).length;
  const snapped = !pieces.some((p) => p.pieceOnly && p.text.trim() !== '');
  const rowLabels = labelsAt(pieces);
  if (rowLabels.length > 40) return strict ? undefined : perPiece(pieces, Array(rows).fill(null), Array(rows).fill(false));
  const pageStarts = rowsAfterPageBreak(pieces);
  const conventions: Convention[] = [{ lean: 1, snapped, pageStarts }, { lean: -1, snapped, pageStarts }];
  const readings = measures(pieces, rowLabels).map((m) => ({ ...m, plan: cheapest(conventions.map((c) => tileRows(m.labels, rows, c, undefined, m.bounds))) }));
  const { labels, bounds, plan } = readings.reduce((a, b) => (b.plan && (!a.plan || b.plan.cost < a.plan.cost) ? b : a));
  if (strict && (!plan || plan.misfit > 0.5 * plan.groups.length)) return undefined;
  const ofRow = rowGroups(plan, labels, rows);
  const near = plan ? runnersUp(plan, labels, rows, conventions, bounds).filter((p) => p.cost - plan.cost < GROUP_DOUBT) : [];
  const doubtful = ofRow.map((g, r) => near.some((p) => p.ofRow[r] !== g));
  return perPiece(pieces, ofRow, doubtful);
}

/**
 * The groups of each piece when every label stands within half a row of its group's centre (labels on
 * rows only, the first on the first row: a top-aligned group column reads so too when its first group
 * has one or two rows), else undefined: the labels cannot be centred on their rows.
 */
export function exactlyCentred(pieces: readonly GroupPiece[]): Array<string | null> | undefined {
  const rows = pieces.filter((p) => !p.pieceOnly).length;
  const labels = labelsAt(pieces);
  if (labels.length < 2 || labels.length > 40) return undefined;
  const snapped = { snapped: true } as const;
  const plan = cheapest([tileRows(labels, rows, { lean: 1, ...snapped }), tileRows(labels, rows, { lean: -1, ...snapped })]);
  const centred = plan?.groups.every(([first, last, from, to]) => {
    const centre = labels.slice(first, last + 1).reduce((sum, l) => sum + l.at, 0) / (last - first + 1);
    return Math.abs(from + to - 2 * centre) <= 1;
  });
  return centred ? perPiece(pieces, rowGroups(plan, labels, rows), []).groups : undefined;
}

/** The rows (counted without pieces on lines of their own) printed first on a new page. */
function rowsAfterPageBreak(pieces: readonly GroupPiece[]): number[] {
  const rows = pieces.filter((p) => !p.pieceOnly);
  return rows.flatMap((p, r) => (p.afterPageBreak ? [r] : []));
}

const cheapest = <T extends { cost: number }>(plans: ReadonlyArray<T | undefined>): T | undefined =>
  plans.reduce<T | undefined>((best, p) => (p && (!best || p.cost < best.cost) ? p : best), undefined);

function rowGroups(plan: Tiling | undefined, labels: readonly LabelPiece[], rows: number): Array<string | null> {
  const ofRow: Array<string | null> = Array.from({ length: rows }, () => null);
  for (const [first, last, from, to] of plan?.groups ?? []) {
    const text = labels.slice(first, last + 1).map((l) => l.text).join('');
    for (let r = Math.max(from, 0); r <= Math.min(to, rows - 1); r++) ofRow[r] = text;
  }
  return ofRow;
}

/**
 * Other tilings of the same labels, each the cheapest without one of the best one's groups, under
 * either convention (any other tiling lacks one of them). Which pieces form one label is weighed on
 * their text and lines, not doubted here.
 */
function runnersUp(
  best: Tiling, labels: readonly LabelPiece[], rows: number, conventions: readonly Convention[], bounds?: readonly number[],
): Array<{ cost: number; ofRow: Array<string | null> }> {
  const bans = [undefined, ...best.groups.map((span) => span.join(','))];
  const pieces = (plan: Tiling) => plan.groups.map(([first, last]) => `${first}-${last}`).join();
  return conventions.flatMap((c) => bans.map((banned) => tileRows(labels, rows, c, banned, bounds)))
    .filter((plan): plan is Tiling => plan !== undefined && pieces(plan) === pieces(best))
    .map((plan) => ({ cost: plan.cost, ofRow: rowGroups(plan, labels, rows) }));
}

function perPiece(pieces: readonly GroupPiece[], ofRow: ReadonlyArray<string | null>, doubtful: readonly boolean[]): CentredGroups {
  let row = 0;
  const at = pieces.map((piece) => (piece.pieceOnly ? -1 : row++));
  return {
    groups: at.map((r) => (r < 0 ? null : ofRow[r] ?? null)),
    doubtful: at.map((r) => r >= 0 && (doubtful[r] ?? false)),
  };
}

/**
 * Row padding tried when rows are measured in lines, in lines: none (a Word table without cell margins)
 * to a line's worth (paragraph spacing after every cell's text); the one whose tiling fits best is kept.
 */
const PADDINGS = [0, 0.5, 1];

/**
 * The ways to measure where labels stand: in rows, and, when every row prints its cells on its values
 * line with lines between rows (a bordered table's text, rows centred on their values,
 * table-centred-bands.ts), in printed lines, under each padding.
 */
function measures(pieces: readonly GroupPiece[], labels: LabelPiece[]): Array<{ labels: LabelPiece[]; bounds?: readonly number[] }> {
  const rows = pieces.filter((p) => !p.pieceOnly);
  const anchors = rows.map((p) => p.line);
  const labelLines = pieces.filter((p) => p.text.trim() !== '').map((p) => p.line);
  if (rows.some((p) => !p.oneLine) || anchors.some((a) => a === undefined) || labelLines.some((l) => l === undefined)) return [{ labels }];
  if (!rowsWrap(anchors as number[], pieces)) return [{ labels }];
  const lengths = rows.map((p) => p.length ?? 0);
  const printed = PADDINGS.flatMap((padding) => printedRows(anchors as number[], padding, lengths) ?? []);
  return [{ labels }, ...printed.map(({ bounds, yOf }) => ({
    bounds, labels: labels.map((l, k) => ({ ...l, y: yOf(labelLines[k]!) })),
  }))];
}

/**
 * Whether rows take more than their values line in print: a line between two rows' values lines that
 * holds no label piece of its own (a wrapped name, a margin). Lines holding only label pieces do not
 * count: a reader that prints every row on one line sets a merged cell's label between rows (Chromium's
 * PDF read back), and measuring by lines would then weigh the label's own lines as rows' height.
 */
function rowsWrap(anchors: readonly number[], pieces: readonly GroupPiece[]): boolean {
  const labelOnly = new Set(pieces.filter((p) => p.pieceOnly).map((p) => p.line));
  return anchors.some((a, r) => r > 0 && a - anchors[r - 1] - 1 > countBetween(labelOnly, anchors[r - 1], a));
}

const countBetween = (lines: ReadonlySet<number | undefined>, from: number, to: number) =>
  [...lines].filter((l) => l !== undefined && l > from && l < to).length;

/**
 * Where each label stands, in rows: on a line of its own between two rows half a row up; on a later
 * line of its row than the name starts (a name wrapped above its values) half a row down, as a label
 * centred on the printed lines stands, or on its row, as a program that prints every label on its
 * row's line of values does (both are tried).
 */
function labelsAt(pieces: readonly GroupPiece[]): LabelPiece[] {
  const labels: LabelPiece[] = [];
  let rows = 0;
  for (const piece of pieces) {
    const text = piece.text.replace(/\s+/g, '');
    if (text) labels.push(piece.pieceOnly ? { text, at: rows - 0.5 } : piece.belowName ? { text, at: rows + 0.5, or: rows } : { text, at: rows });
    if (!piece.pieceOnly) rows++;
  }
  return labels;
}

/**
 * 'centred' when the first row shows no group while a later one does; 'maybe' when pieces of a
 * group stand on lines of their own (a tall label may still start on the first row).
 */
export function centredLabels(pieces: readonly GroupPiece[]): 'centred' | 'maybe' | 'no' {
  const first = pieces.find((p) => !p.pieceOnly);
  const labelled = pieces.some((p) => p.text.trim() !== '');
  if (first !== undefined && first.text.trim() === '' && labelled) return 'centred';
  return pieces.some((p) => p.pieceOnly && p.text.trim() !== '') ? 'maybe' : 'no';
}
