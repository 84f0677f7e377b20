import type { SourceLine } from '../domain/index.ts';
import type { RowCells } from './table-body.ts';
import type { ColumnRole } from './table-header.ts';

/**
 * `pdftotext` without -layout may print the 序号 column of several rows as one block (1 2 3 4, one number
 * a line) before those rows' other cells, even inside the header's pieces: the numbers of a column
 * block count up by one. Taken out, they go back to the rows that have no number, in order.
 */

/** Two numbers counting up on lines of their own already make a block: rows print other cells between their numbers. */
const MIN_BLOCK_LINES = 2;

const SEQ = /^\d{1,3}$/;

/** Blocks among lines[0, stop): the table's own lines (a table after it has blocks of its own). */
export function takeSeqBlocks<T extends SourceLine>(lines: readonly T[], stop: number): { lines: T[]; seqs: T[] } {
  const kept: T[] = [];
  const seqs: T[] = [];
  for (let i = 0; i < stop;) {
    let j = i + 1;
    while (j < stop && SEQ.test(lines[j].text) && SEQ.test(lines[j - 1].text) && Number(lines[j].text) === Number(lines[j - 1].text) + 1) j++;
    if (SEQ.test(lines[i].text) && j - i >= MIN_BLOCK_LINES) seqs.push(...lines.slice(i, j));
    else kept.push(...lines.slice(i, j));
    i = j;
  }
  return { lines: [...kept, ...lines.slice(stop)], seqs };
}

/** The rows with the block's numbers set where the 序号 is empty, or undefined when they do not match up one to one, counting up. */
export function fillSeqs(rows: readonly RowCells[], roles: readonly ColumnRole[], seqs: readonly SourceLine[]): RowCells[] | undefined {
  const at = roles.indexOf('seq');
  const empty = rows.flatMap((row, r) => (row[at]?.text ? [] : [r]));
  if (at < 0 || empty.length !== seqs.length) return undefined;
  const out = rows.map((row) => [...row]);
  empty.forEach((r, k) => (out[r][at] = { text: seqs[k].text, line: seqs[k].line }));
  const numbers = out.map((row) => Number(row[at].text));
  return numbers.every((n, r) => r === 0 || n > numbers[r - 1]) ? out : undefined;
}
