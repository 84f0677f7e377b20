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
  for (let k = 0; k < columns; k++) {
    const owners = centredOwners(cells, anchors, k);
    if (owners) moveToOwners(cells, owners, k);
  }
}

/**
 * For each line with a piece in column k, the anchor line it belongs to; undefined unless the column
 * counts as centred and at least one anchor with an empty cell holds pieces above and below it (the
 * mark of centring: names wrapped before or after their values always leave text on the anchor).
 */
function centredOwners(cells: readonly string[][], anchors: readonly boolean[], k: number): Map<number, number> | undefined {
  const owners = new Map<number, number>();
  let last = -1;
  let owed = 0;
  let pending: number[] = [];
  let centred = false;
  for (let i = 0; i < cells.length; i++) {
    if (!anchors[i]) {
      if (cells[i][k]) pending.push(i);
      continue;
    }
    const above = pending.length - owed;
    if (above < 0) return undefined;
    pending.slice(0, owed).forEach((line) => owners.set(line, last));
    pending.slice(owed).forEach((line) => owners.set(line, i));
    if (above > 0 && !cells[i][k]) centred = true;
    last = i;
    owed = above;
    pending = [];
  }
  if (last < 0 || pending.length !== owed) return undefined;
  pending.forEach((line) => owners.set(line, last));
  return centred ? owners : undefined;
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
    cells[anchor][k] = (before.get(anchor) ?? '') + (cells[anchor][k] ?? '') + (after.get(anchor) ?? '');
  }
}

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
