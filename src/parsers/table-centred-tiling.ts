/** A label piece of a centred group column and where it stands, in rows (2.5: between the third and fourth). */
export interface LabelPiece {
  readonly text: string;
  readonly at: number;
  /** another place the piece may stand for: its row, for a piece printed on a lower line of it */
  readonly or?: number;
  /** where it stands in print, in the units of `bounds` (table-printed-lines.ts), when rows are measured in lines */
  readonly y?: number;
}

/** [first piece, last piece, first row, last row] of one group. */
export type GroupSpan = readonly [number, number, number, number];

export interface Tiling {
  readonly cost: number;
  /** how far the groups miss being centred on their labels, in rows */
  readonly misfit: number;
  readonly groups: readonly GroupSpan[];
}

/**
 * How labels off the centre by half a row are placed, for the whole table (one program printed it):
 * `lean` 1 above the centre, -1 below it; `snapped` when no label stands on a line of its own, so the
 * program puts every label on a row's line and a label of an even group is as likely as an odd one's.
 */
export interface Convention {
  readonly lean: 1 | -1;
  readonly snapped: boolean;
  /** the rows printed first on a new page (a page number, a running header or the header repeated above them) */
  readonly pageStarts?: readonly number[];
}

/**
 * A label centred on an even number of lines is printed on the line above or below the centre: half a
 * row off, so a group may end one row before or after where exact centring puts it (seen in
 * pdftotext -layout prints of merged cells).
 */
const LABEL_OFF_CENTRE = 1;

/**
 * A half row off on the table's side costs a little where the program prints labels between rows (a
 * label on a row's line then marks an odd group), next to nothing where it snaps them onto rows; on the
 * other side as much as a wrong group.
 */
const AGAINST_LEAN = 1;
const WITH_LEAN = 0.05;
/**
 * Where labels are snapped onto rows an even group is as likely as an odd one: its half row costs only
 * enough to break an exact tie (below any difference of BALANCE) for the tiling that centres exactly.
 */
const SNAPPED_EVEN = 0.001;
/**
 * A line between two rows is listed with the row above, so a snapped label stands above the centre a
 * little more often: below it costs a little more per label, still less than a row of balance in a
 * table of ten rows (pdftotext set 生态环境 on the lower of its two rows in the 上海 completion table).
 */
const SNAPPED_EVEN_BELOW = 0.004;


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

/**
 * A merged cell cut by a page break is printed at the top of its part on the first page (LibreOffice),
 * as a top-aligned cell is: a label on the group's first row or on the line just above it may head a
 * group of any length, at the cost of one row off centre (an exactly centred tiling still wins).
 */
const TOP_LABEL = 1;
/**
 * Where a page break is seen to cut the group (a row of it opens a page), its label at the top is where
 * the printer put it: it costs as little as a half row with the lean, so that it beats a tiling that
 * puts every group one row off (the municipality and province outlines printed through pdftotext -layout).
 */
const CUT_TOP_LABEL = 0.05;

const spanKey = (span: GroupSpan) => span.join(',');

/**
 * The cheapest tiling of `rows` rows by groups centred on their labels under one convention; with
 * `banned`, the cheapest that does not use that group (how the runner-up to a best tiling is found).
 */
export function tileRows(
  labels: readonly LabelPiece[], rows: number, convention: Convention, banned?: string, bounds?: readonly number[],
): Tiling | undefined {
  // where row r starts (bounds[rows]: where the table ends); by default every row one unit tall
  const edge = (r: number) => bounds?.[r] ?? r - 0.5;
  const memo = new Map<string, Tiling | undefined>();
  const best = (i: number, start: number): Tiling | undefined => {
    const key = `${i},${start}`;
    if (!memo.has(key)) memo.set(key, cheapestFrom(i, start));
    return memo.get(key);
  };
  const cheapestFrom = (i: number, start: number): Tiling | undefined => {
    let found: Tiling | undefined;
    for (let j = i; j < labels.length && labels[j].at - labels[i].at <= 3; j++) {
      const last = j === labels.length - 1;
      const unlikely = labelCost(labels, i, j);
      for (const { centre, y } of centresOf(labels, i, j)) for (const to of groupEnds(2 * centre - start, start, centre, last ? rows - 1 : undefined, rows)) {
        if (banned === spanKey([i, j, start, to])) continue;
        const rest = to === rows - 1 ? (last ? { cost: 0, misfit: 0, groups: [] } : undefined) : last ? undefined : best(j + 1, to + 1);
        if (!rest) continue;
        // how far the group's ends miss being mirrored about its label (in rows: its end against the mirror end)
        const miss = edge(start) + edge(to + 1) - 2 * y;
        const off = offCentreCost(miss, convention);
        const top = atTop(labels[i].at, start) ? (cutBetween(convention, start, to) ? CUT_TOP_LABEL : TOP_LABEL) : Infinity;
        const placed = Math.min(top, off);
        const cost = placed + 0.01 + unlikely + (BALANCE * (to - start + 1) ** 2) / rows + rest.cost;
        // a label at the top of a group a page break cuts stands where it was printed: it misses nothing
        const misfit = (top === CUT_TOP_LABEL && placed < off ? 0 : Math.abs(miss)) + rest.misfit;
        if (!found || cost < found.cost) found = { cost, misfit, groups: [[i, j, start, to], ...rest.groups] };
      }
    }
    return found;
  };
  return best(0, 0);
}

/** The centre of labels i…j in rows, and where it stands in print (the same unless rows are measured in lines). */
function centresOf(labels: readonly LabelPiece[], i: number, j: number): Array<{ centre: number; y: number }> {
  const mean = (of: (l: LabelPiece) => number) => labels.slice(i, j + 1).reduce((sum, l) => sum + of(l), 0) / (j - i + 1);
  const centre = mean((l) => l.at);
  const y = mean((l) => l.y ?? l.at);
  const or = labels[i].or;
  return i === j && or !== undefined ? [{ centre, y }, { centre: or, y: or }] : [{ centre, y }];
}

/**
 * Among equally exact tilings fewer labels win (城市 / 治理 over two rows is one label), a lone
 * character is a wrapped label's tail, and group names are short (社会文明程度高 is long at 7).
 */
function labelCost(labels: readonly LabelPiece[], i: number, j: number): number {
  const length = labels.slice(i, j + 1).map((l) => l.text).join('').length;
  let gaps = 0;
  for (let k = i + 1; k <= j; k++) gaps += Math.max(0, labels[k].at - labels[k - 1].at - 1);
  return (length === 1 ? 1 : 0) + Math.max(0, length - 7) * 0.1 + SPLIT_LABEL * gaps;
}

const atTop = (at: number, start: number) => at >= start - 0.5 && at <= start;

const cutBetween = ({ pageStarts = [] }: Convention, start: number, to: number) => pageStarts.some((r) => r > start && r <= to);

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
function offCentreCost(miss: number, { lean, snapped }: Convention): number {
  const size = Math.abs(miss);
  if (size === 0) return 0;
  const withLean = snapped ? (lean === 1 ? SNAPPED_EVEN : SNAPPED_EVEN_BELOW) : WITH_LEAN;
  const near = Math.min(size, LABEL_OFF_CENTRE) * (Math.sign(miss) === lean ? withLean : AGAINST_LEAN);
  return near + Math.max(0, size - LABEL_OFF_CENTRE);
}
