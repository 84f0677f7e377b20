import type { GroupPiece } from './table-groups.ts';

interface Piece {
  readonly text: string;
  /** where it stands, in rows: 2 on the third row, 2.5 on a line between the third and fourth */
  readonly at: number;
}

interface Plan {
  readonly cost: number;
  /** how far the groups miss being centred on their labels, in rows */
  readonly misfit: number;
  /** [first piece, last piece, first row, last row] of each group */
  readonly groups: ReadonlyArray<readonly [number, number, number, number]>;
}

/**
 * A PDF prints a merged group cell in the middle of the rows it spans, so the first rows show no
 * group and a label, often wrapped over several lines (经济 / 强), stands between rows. Each group is
 * centred on its label: it starts where the group above ended and ends as far below the label's
 * centre as it starts above it. Which pieces form one label is chosen so that the groups tile the
 * rows most exactly (a small search: labels are few); a split that would end a group before its
 * label's centre is never taken, a lone character (强, 富) is taken as the tail of a wrapped label,
 * and names longer than seven characters are unlikely.
 */
export function assignCenteredGroups(pieces: readonly GroupPiece[], strict: boolean): Array<string | null> | undefined {
  const rows = pieces.filter((p) => !p.pieceOnly).length;
  const labels = labelsAt(pieces);
  const plan = labels.length <= 40 ? tile(labels, rows) : undefined;
  const ofRow: Array<string | null> = Array.from({ length: rows }, () => null);
  if (strict && (!plan || plan.misfit > 0.5 * plan.groups.length)) return undefined;
  for (const [first, last, from, to] of plan?.groups ?? []) {
    const text = labels.slice(first, last + 1).map((l) => l.text).join('');
    for (let r = Math.max(from, 0); r <= Math.min(to, rows - 1); r++) ofRow[r] = text;
  }
  let row = 0;
  return pieces.map((piece) => (piece.pieceOnly ? null : ofRow[row++] ?? null));
}

/**
 * Where each label stands, in rows: on a line of its own between two rows half a row up, on a later
 * line of its row than the name starts (a name wrapped above its values) half a row down, as a label
 * centred on the printed lines stands.
 */
function labelsAt(pieces: readonly GroupPiece[]): Piece[] {
  const labels: Piece[] = [];
  let rows = 0;
  for (const piece of pieces) {
    const text = piece.text.replace(/\s+/g, '');
    if (text) labels.push({ text, at: piece.pieceOnly ? rows - 0.5 : rows + (piece.belowName ? 0.5 : 0) });
    if (!piece.pieceOnly) rows++;
  }
  return labels;
}

/**
 * A label centred on an even number of lines is printed on the line above or below the centre: half a
 * row off, so a group may end one row before or after where exact centring puts it (seen in
 * pdftotext -layout prints of merged cells).
 */
const LABEL_OFF_CENTRE = 1;

/**
 * One table is printed by one program, which puts every such label on the same side of the centre: a
 * half row off on that side costs a little (an exact centre, an odd group or a label between two
 * lines, is likelier), on the other side as much as a wrong group. Both sides are tried; the upper
 * wins ties (a line between two rows is listed with the row above).
 */
const AGAINST_LEAN = 1;
const WITH_LEAN = 0.05;

/**
 * Among tilings equally exact, groups of like size are likelier than one tiny group beside a huge one
 * (plans group 2–8 indicators under a heading): Σ size² / rows, weighted below WITH_LEAN for a
 * one-row shift of a typical table and far below a lone character or a split label.
 */
const BALANCE = 0.02;

/**
 * The pieces of one wrapped label stand on consecutive lines (at most a row apart); each row of gap
 * beyond that counts half a lone character (平 / … / 市民 are two labels, but 百姓 / … / 富 over rows
 * of one height is one: a lone character costs more).
 */
const SPLIT_LABEL = 0.5;

function lineGaps(labels: readonly Piece[], i: number, j: number): number {
  let gaps = 0;
  for (let k = i + 1; k <= j; k++) gaps += Math.max(0, labels[k].at - labels[k - 1].at - 1);
  return gaps;
}

type Lean = 1 | -1;

function tile(labels: readonly Piece[], rows: number): Plan | undefined {
  const plans = ([1, -1] as const).map((lean) => tileLeaning(labels, rows, lean));
  return plans.reduce<Plan | undefined>((best, plan) => (plan && (!best || plan.cost < best.cost) ? plan : best), undefined);
}

/** The best tiling when labels off the centre by half a row stand above it (lean 1) or below it (-1). */
function tileLeaning(labels: readonly Piece[], rows: number, lean: Lean): Plan | undefined {
  const memo = new Map<string, Plan | undefined>();
  const best = (i: number, start: number): Plan | undefined => {
    const key = `${i},${start}`;
    if (memo.has(key)) return memo.get(key);
    let found: Plan | undefined;
    for (let j = i; j < labels.length && labels[j].at - labels[i].at <= 3; j++) {
      const centre = labels.slice(i, j + 1).reduce((sum, l) => sum + l.at, 0) / (j - i + 1);
      const end = 2 * centre - start;
      const last = j === labels.length - 1;
      // among equally exact tilings fewer labels win (城市 / 治理 over two rows is one label), a lone
      // character is a wrapped label's tail, and group names are short (社会文明程度高 is long at 7)
      const length = labels.slice(i, j + 1).map((l) => l.text).join('').length;
      const unlikely = (length === 1 ? 1 : 0) + Math.max(0, length - 7) * 0.1 + SPLIT_LABEL * lineGaps(labels, i, j);
      for (const to of groupEnds(end, start, centre, last ? rows - 1 : undefined, rows)) {
        const rest = to === rows - 1 ? (last ? { cost: 0, misfit: 0, groups: [] } : undefined) : last ? undefined : best(j + 1, to + 1);
        if (!rest) continue;
        const placed = atTop(labels[i].at, start) ? Math.min(TOP_LABEL, offCentreCost(to - end, lean)) : offCentreCost(to - end, lean);
        const cost = placed + 0.01 + unlikely + (BALANCE * (to - start + 1) ** 2) / rows + rest.cost;
        const misfit = Math.abs(end - to) + rest.misfit;
        if (!found || cost < found.cost) found = { cost, misfit, groups: [[i, j, start, to], ...rest.groups] };
      }
    }
    memo.set(key, found);
    return found;
  };
  return best(0, 0);
}

/**
 * A merged cell cut by a page break is printed at the top of its part on the first page (LibreOffice),
 * as a top-aligned cell is: a label on the group's first row or on the line just above it may head a
 * group of any length, at the cost of one row off centre (an exactly centred tiling still wins).
 */
const TOP_LABEL = 1;

const atTop = (at: number, start: number) => at >= start - 0.5 && at <= start;

/**
 * Where a group from `start` centred on `centre` may end: at its mirror `end`, a row either side, or
 * (at a cost of every row further off) anywhere below its label — a merged cell cut by a page break
 * is printed at the top of its part on the first page, not at its centre.
 */
function groupEnds(end: number, start: number, centre: number, fixed: number | undefined, rows: number): number[] {
  if (fixed !== undefined) return fixed >= start && fixed >= Math.floor(centre) ? [fixed] : [];
  const near = Math.round(end);
  const around = [near, near + 1, near - 1];
  for (let to = Math.max(start, Math.floor(centre)); to < rows - 1; to++) if (!around.includes(to)) around.push(to);
  return around.filter((to) => to >= start && to >= Math.floor(centre) && to < rows);
}

/**
 * `miss` rows between where the group ends and where exact centring ends it (positive: it ends lower,
 * so its label stands above the centre). A half row off (one row of end) on the table's side is the
 * even group's lot; beyond LABEL_OFF_CENTRE every row counts in full.
 */
function offCentreCost(miss: number, lean: Lean): number {
  const size = Math.abs(miss);
  if (size === 0) return 0;
  const near = Math.min(size, LABEL_OFF_CENTRE) * (Math.sign(miss) === lean ? WITH_LEAN : AGAINST_LEAN);
  return near + Math.max(0, size - LABEL_OFF_CENTRE);
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
