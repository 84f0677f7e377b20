import { joinText } from './pdf-paragraphs.ts';

/**
 * An unruled table row broken by the page turn: the tail of its wrapped cells prints at the top of the
 * next page, under the repeated header when the table repeats it. The tail is a line of the same columns
 * with its first cell empty, less than half its cells filled, each under a filled cell of the row left on
 * the page before. Returns the index in the new page's lines of that tail, or -1.
 */
export function brokenRowTail(before: readonly string[], page: readonly string[]): number {
  const row = before.at(-1)?.split('\t');
  if (!row || row.length < 2) return -1;
  // the table's header, printed again on the new page, stands between the row and its tail
  const at = page.length > 1 && before.includes(page[0]) ? 1 : 0;
  const tail = page[at]?.split('\t');
  if (!tail || tail.length !== row.length || tail[0] !== '') return -1;
  const filled = tail.flatMap((text, c) => (text === '' ? [] : [c]));
  return filled.length > 0 && filled.length < tail.length / 2 && filled.every((c) => row[c] !== '') ? at : -1;
}

/** The row with the tail's text joined to its cells. */
export function joinTail(row: string, tail: string): string {
  const ends = tail.split('\t');
  return row.split('\t').map((text, c) => joinText(text, ends[c] ?? '')).join('\t');
}
