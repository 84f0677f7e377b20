import type { SourceLine } from '../domain/index.ts';
import { canOpenName, isAttributeCell, isDashCell, isOutcomeWords, isUnitCell, isValueCell } from './table-cell-types.ts';
import type { ColumnRole } from './table-header.ts';
import { displayWidth } from './table-lines.ts';

/**
 * `pdftotext` without -layout may print several rows of a ruled table column by column: the 序号 of N
 * rows one block (3 4 5 6 7), then their names, then blocks of units and values, each block the cells
 * of one column for rows one below the other. Blocks stand apart (a blank line between). Their order
 * is by where they start from the top, then from the left: so each column's blocks, taken in order,
 * hold its cells in row order, and a block goes to the column of its type that has filled the fewest
 * rows (the leftmost on a tie). A stretch that a 序号 block opens is rewritten row by row, a cell a line,
 * for the row reader; a stretch whose columns do not come out N cells each is left as printed.
 */

/** A printed line with its index among the document's lines: consecutive indices are one block. */
export interface IndexedLine extends SourceLine {
  readonly index: number;
}

const SEQ = /^\d{1,3}$/;
const VALUE_ROLES = new Set<ColumnRole>(['baseline', 'target', 'actual', 'annual', 'growth']);
/** Rows a stretch printed column by column spans at most (a page of a table). */
const MAX_ROWS = 40;

type Kind = 'name' | 'unit' | 'value' | 'attribute';

/** The lines with every stretch that a 序号 block opens rewritten row by row, when it reads cleanly. */
export function rowsFromColumnBlocks<T extends IndexedLine>(lines: readonly T[], roles: readonly ColumnRole[]): T[] | undefined {
  if (!roles.includes('seq') || !roles.includes('name')) return undefined;
  const blocks = blocksOf(lines);
  const out: T[] = [];
  let changed = false;
  for (let b = 0; b < blocks.length;) {
    const stretch = isSeqBlock(blocks[b]) ? readStretch(blocks, b, roles) : undefined;
    if (stretch) {
      out.push(...stretch.lines);
      b = stretch.next;
      changed = true;
    } else out.push(...blocks[b++]);
  }
  return changed ? out : undefined;
}

/** Blocks of lines between blank lines; a run of 序号 that ends a block (after a row's cells) is a block of its own. */
function blocksOf<T extends IndexedLine>(lines: readonly T[]): T[][] {
  const blocks: T[][] = [];
  lines.forEach((l, i) => (i > 0 && l.index === lines[i - 1].index + 1 ? blocks.at(-1)!.push(l) : blocks.push([l])));
  return blocks.flatMap((block) => {
    let k = block.length - 1;
    while (k > 0 && isSeqBlock(block.slice(k - 1))) k--;
    return k > 0 && k < block.length - 1 ? [block.slice(0, k), block.slice(k)] : [block];
  });
}

const isSeqBlock = (block: readonly IndexedLine[]) =>
  block.length >= 2 && block.length <= MAX_ROWS && block.every((l, k) => SEQ.test(l.text.trim()) && (k === 0 || Number(l.text) === Number(block[k - 1].text) + 1));

function kindOf(block: readonly IndexedLine[]): Kind | undefined {
  const texts = block.map((l) => l.text.trim());
  if (texts.every((t) => isAttributeCell(t))) return 'attribute';
  if (texts.every((t) => isValueCell(t) || isDashCell(t))) return 'value';
  if (texts.every((t) => isUnitCell(t))) return 'unit';
  if (texts.every((t) => canOpenName(t) && !isOutcomeWords(t))) return 'name';
  return undefined;
}

/** The stretch's rows, a cell a line in column order, and the block after it; undefined when it does not add up. */
function readStretch<T extends IndexedLine>(blocks: readonly T[][], first: number, roles: readonly ColumnRole[]) {
  const seqs = blocks[first];
  const count = seqs.length;
  const columns = roles.map((_, j) => j).filter((j) => roles[j] !== 'seq' && roles[j] !== 'category' && roles[j] !== 'other');
  const cells = new Map<number, T[]>(columns.map((j) => [j, []]));
  let b = first + 1;
  for (; b < blocks.length && columns.some((j) => cells.get(j)!.length < count); b++) {
    const placed = place(blocks[b], kindOf(blocks[b]), columns, roles, cells, count);
    if (!placed) break;
  }
  const filled = columns.filter((j) => cells.get(j)!.length > 0);
  if (!filled.some((j) => roles[j] === 'name') || filled.some((j) => cells.get(j)!.length !== count)) return undefined;
  const seqAt = roles.indexOf('seq');
  const lines: T[] = [];
  for (let r = 0; r < count; r++) {
    for (const j of [seqAt, ...filled].sort((a, c) => a - c)) lines.push(j === seqAt ? seqs[r] : cells.get(j)![r]);
  }
  return { lines, next: b };
}

/** Puts a block's cells into the column of its kind that has filled the fewest rows; false when none takes it. */
function place<T extends IndexedLine>(
  block: readonly T[], kind: Kind | undefined, columns: readonly number[], roles: readonly ColumnRole[],
  cells: Map<number, T[]>, count: number,
): boolean {
  if (!kind) return false;
  const fits = columns.filter((j) => (kind === 'value' ? VALUE_ROLES.has(roles[j]) : roles[j] === kind));
  const open = fits.filter((j) => cells.get(j)!.length < count);
  if (open.length === 0) return false;
  const column = open.reduce((a, j) => (cells.get(j)!.length < cells.get(a)!.length ? j : a));
  const room = count - cells.get(column)!.length;
  const pieces = kind === 'name' ? joinWrapped(block, room) : [...block];
  if (pieces.length > room) return false;
  cells.get(column)!.push(...pieces);
  return true;
}

/**
 * A block of names holds `room` names at most: its extra lines are wrapped names' tails, each after the
 * line that fills the column (the widest), never longer than it.
 */
function joinWrapped<T extends IndexedLine>(block: readonly T[], room: number): T[] {
  const extra = block.length - room;
  if (extra <= 0) return [...block];
  const widest = Math.max(...block.map((l) => displayWidth(l.text.trim())));
  const joins = new Set(block.map((_, k) => k).filter((k) => k > 0 && displayWidth(block[k - 1].text.trim()) + 2 >= widest &&
    displayWidth(block[k].text.trim()) <= displayWidth(block[k - 1].text.trim())).slice(0, extra));
  if (joins.size !== extra) return [...block];
  const out: T[] = [];
  block.forEach((l, k) => (joins.has(k) ? (out[out.length - 1] = { ...out.at(-1)!, text: out.at(-1)!.text.trim() + l.text.trim() }) : out.push(l)));
  return out;
}
