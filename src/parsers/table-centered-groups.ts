import type { GroupPiece } from './table-groups.ts';

interface Label {
  text: string;
  /** where the label stands, in rows: 2 on the third row, 2.5 on a line between the third and fourth */
  at: number;
}

/**
 * A PDF prints a merged group cell in the middle of the rows it spans, so the first rows show no
 * group and a label may stand on a line of its own between two rows. Each group is taken to be
 * centred on its label: it starts where the group above ended and ends as far below its label as
 * it starts above it. Pieces on neighbouring lines (城镇 / 功能) are one label.
 */
export function assignCenteredGroups(pieces: readonly GroupPiece[]): Array<string | null> {
  const labels: Label[] = [];
  let row = 0;
  for (const piece of pieces) {
    const text = piece.text.replace(/\s+/g, '');
    const at = piece.pieceOnly ? row - 0.5 : row;
    if (text) {
      const last = labels.at(-1);
      if (last && at - last.at <= 0.5) {
        last.text += text;
        last.at = (last.at + at) / 2;
      } else labels.push({ text, at });
    }
    if (!piece.pieceOnly) row++;
  }
  const ofRow = spans(labels, row);
  let indicatorRow = 0;
  return pieces.map((piece) => (piece.pieceOnly ? null : ofRow[indicatorRow++] ?? null));
}

function spans(labels: readonly Label[], rows: number): Array<string | null> {
  const ofRow: Array<string | null> = Array.from({ length: rows }, () => null);
  let start = 0;
  labels.forEach((label, k) => {
    const next = labels[k + 1];
    let end = next ? Math.round(2 * label.at - start) : rows - 1;
    if (next) end = Math.min(Math.max(end, Math.floor(label.at)), Math.ceil(next.at) - 1);
    for (let r = start; r <= Math.min(end, rows - 1); r++) ofRow[r] = label.text;
    start = Math.max(start, end + 1);
  });
  return ofRow;
}

/** The first row shows no group while a later one does: labels are centred, not on each group's first row. */
export function labelsAreCentered(pieces: readonly GroupPiece[]): boolean {
  const first = pieces.find((p) => !p.pieceOnly);
  return first !== undefined && first.text.trim() === '' && pieces.some((p) => p.text.trim() !== '');
}
