import type { RowCells } from './table-body.ts';

/** A merged 类别 label as printed: its text and the row it stands in (x.5: between two rows). */
export interface GroupLabel {
  readonly text: string;
  readonly at: number;
}

/**
 * A merged 类别 cell prints once, centred over its rows: on its middle row, or between the two middle
 * rows of an even group — measured in printed lines, since a row whose name wraps takes two (`heights`).
 * Groups follow one another from the first row, so each one ends as far below its label as it starts
 * above it; it ends before the next label at the latest, the last one at the table's end. Every row gets
 * its group's label.
 */
export function fillCentredGroups(
  rows: readonly RowCells[], printed: readonly GroupLabel[], column: number, heights: readonly number[] = [],
): RowCells[] {
  const labels = joinWrappedLabels(printed);
  const height = (r: number) => heights[r] ?? 1;
  const tops = [0];
  rows.forEach((_, r) => tops.push(tops[r] + height(r)));
  const label = new Array<string>(rows.length).fill('');
  let start = 0;
  labels.forEach((l, k) => {
    const at = Math.max(l.at, start);
    const next = labels[k + 1];
    const limit = next ? Math.ceil(Math.max(next.at, at)) - 1 : rows.length - 1;
    const end = next ? groupEnd(tops, start, at, limit, height) : rows.length - 1;
    for (let r = start; r <= end && r < rows.length; r++) label[r] = l.text;
    start = end + 1;
  });
  return rows.map((row, r) => row.map((cell, j) => (j === column ? { ...cell, text: label[r] } : cell)));
}

/**
 * The last row of a group from row `start` whose label stands at `at`: the group whose middle line comes
 * nearest the label's. A label on a row stands at its middle; on a wrapped row, printed before the row's
 * last line, it may stand up to half a line lower. A label between rows stands on the line between them.
 */
function groupEnd(tops: readonly number[], start: number, at: number, limit: number, height: (r: number) => number): number {
  const row = Math.min(Math.ceil(at), tops.length - 2);
  const nominal = Number.isInteger(at) ? tops[row] + height(row) / 2 : tops[row];
  const lowest = Number.isInteger(at) && height(row) > 1 ? nominal + 0.5 : nominal;
  const miss = (e: number) => {
    const middle = (tops[start] + tops[e + 1]) / 2;
    return (middle >= nominal && middle <= lowest ? 0 : 1) + Math.abs(middle - nominal) / tops.length;
  };
  let best = Math.ceil(at);
  for (let e = Math.ceil(at); e <= limit && e < tops.length - 1; e++) if (miss(e) < miss(best)) best = e;
  return best;
}

/**
 * A label wrapped in its cell (经济发 / 展) prints as two pieces at most a row apart, the first as wide as
 * the column lets it (as long as the longest piece), the second shorter: one label, centred between them.
 */
function joinWrappedLabels(labels: readonly GroupLabel[]): GroupLabel[] {
  const widest = Math.max(0, ...labels.map((l) => [...l.text].length));
  const out: GroupLabel[] = [];
  for (let k = 0; k < labels.length; k++) {
    const [first, second] = [labels[k], labels[k + 1]];
    const wrapped = second && second.at - first.at <= 1 && [...first.text].length === widest && [...second.text].length < widest;
    if (wrapped) out.push({ text: first.text + second.text, at: (first.at + second.at) / 2 }), k++;
    else out.push(first);
  }
  return out;
}
