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
  const labels: Piece[] = [];
  let rows = 0;
  for (const piece of pieces) {
    const text = piece.text.replace(/\s+/g, '');
    if (text) labels.push({ text, at: piece.pieceOnly ? rows - 0.5 : rows + (piece.belowName ? 0.5 : 0) });
    if (!piece.pieceOnly) rows++;
  }
  const ofRow: Array<string | null> = Array.from({ length: rows }, () => null);
  const plan = labels.length <= 40 ? tile(labels, rows) : undefined;
  if (strict && (!plan || plan.misfit > 0.5 * plan.groups.length)) return undefined;
  for (const [first, last, from, to] of plan?.groups ?? []) {
    const text = labels.slice(first, last + 1).map((l) => l.text).join('');
    for (let r = Math.max(from, 0); r <= Math.min(to, rows - 1); r++) ofRow[r] = text;
  }
  let row = 0;
  return pieces.map((piece) => (piece.pieceOnly ? null : ofRow[row++] ?? null));
}

/**
 * A label centred on an even number of lines is printed on the line above or below the centre: half a
 * row off, so a group may end one row before or after where exact centring puts it (seen in
 * pdftotext -layout prints of merged cells).
 */
const LABEL_OFF_CENTRE = 1;

function tile(labels: readonly Piece[], rows: number): Plan | undefined {
  const memo = new Map<string, Plan | undefined>();
  const best = (i: number, start: number): Plan | undefined => {
    const key = `${i},${start}`;
    if (memo.has(key)) return memo.get(key);
    let found: Plan | undefined;
    for (let j = i; j < labels.length && labels[j].at - labels[i].at <= 3; j++) {
      const centre = labels.slice(i, j + 1).reduce((sum, l) => sum + l.at, 0) / (j - i + 1);
      const end = 2 * centre - start;
      const last = j === labels.length - 1;
      const to = last ? rows - 1 : Math.round(end);
      if (to < start || to < Math.floor(centre)) continue;
      const rest = last ? { cost: 0, misfit: 0, groups: [] } : best(j + 1, to + 1);
      if (!rest) continue;
      // among equally exact tilings fewer labels win (城市 / 治理 over two rows is one label), a lone
      // character is a wrapped label's tail, and group names are short (社会文明程度高 is long at 7)
      const length = labels.slice(i, j + 1).map((l) => l.text).join('').length;
      const unlikely = (length === 1 ? 1 : 0) + Math.max(0, length - 7) * 0.1;
      // a label printed on a line, not between two, may stand half a row off its centre: ±1 row at the end
      const miss = Math.abs(end - to);
      const cost = Math.max(0, miss - LABEL_OFF_CENTRE) + 0.1 * Math.min(miss, LABEL_OFF_CENTRE) + 0.01 + unlikely + rest.cost;
      const misfit = Math.abs(end - to) + rest.misfit;
      if (!found || cost < found.cost) found = { cost, misfit, groups: [[i, j, start, to], ...rest.groups] };
    }
    memo.set(key, found);
    return found;
  };
  return best(0, 0);
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
