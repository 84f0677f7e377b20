import { assignCenteredGroups, type CentredGroups, centredLabels } from './table-centered-groups.ts';
import { topOrCentred } from './table-top-or-centred.ts';

/**
 * The group (类别) column: a merged cell printed in pieces — over lines of one cell (经 / 济 / 强),
 * or over rows (百姓 … 富) — is one group, carried down to every row until the next group.
 * Over rows, a piece continues the group above when it is a single character and that group is still
 * short (≤ 3 characters: 百姓 + 富), or when it follows such a piece on the next row (城镇 / 化 / 水平);
 * a piece printed with inner spaces (环境 美) is a whole wrapped cell and starts a new group; a bracketed
 * piece right below a label (小区 / （社区）) ends it. A piece on
 * a line of its own continues the group only right below its last piece; further down it starts the next.
 */
export interface GroupPiece {
  /** the group cell of this row, as printed ('' when empty) */
  readonly text: string;
  /** true for a line holding only a piece of the group cell (no indicator) */
  readonly pieceOnly: boolean;
  /** the label stands on a later line of its row than the name starts (a name wrapped above its values) */
  readonly belowName?: boolean;
  /** the source line of the row's values (of the piece, for a piece on a line of its own) */
  readonly line?: number;
  /** every cell of the row stands on that line (its wrapped pieces were joined to it: rows centred on their values) */
  readonly oneLine?: boolean;
  /** the row's longest cell, in characters (a long one wraps over more lines) */
  readonly length?: number;
  /** the row's 序号 as printed, where the table has the column (a 序号 restarting at 1 starts a group) */
  readonly seq?: string;
  /** a page break stands between the row above and this one */
  readonly afterPageBreak?: boolean;
}

/** 小区 / （社区）: a bracket alone on the row below a label is its tail (a label never opens with one). */
const BRACKETED = /^[（(][^（()）]+[)）]$/;

/** Returns the group of each row (null before the first group or when the table has none). */
export const assignGroups = (pieces: readonly GroupPiece[]): Array<string | null> => readGroups(pieces).groups;

/**
 * The group of each row, and the rows whose group the printed labels leave in doubt (centred labels).
 * `topAligned`: the text is a Word or typed table (TABs, one place per line, blank lines between cells, pipes), which
 * print a group's label on its first row; only a PDF's text may centre it.
 */
export function readGroups(pieces: readonly GroupPiece[], topAligned = false): CentredGroups {
  const style = centredLabels(pieces);
  const centred = style === 'no' ? undefined : assignCenteredGroups(pieces, style === 'maybe');
  if (centred) return centred;
  const top = firstRowGroups(pieces);
  return style === 'no' && !topAligned ? topOrCentred(pieces, top) : { groups: top, doubtful: pieces.map(() => false) };
}

function firstRowGroups(pieces: readonly GroupPiece[]): Array<string | null> {
  const groups: Array<{ text: string } | null> = [];
  let current: { text: string } | null = null;
  let pending = '';
  let lastSingleAt = -2;
  let lastPieceAt = -9;
  pieces.forEach((piece, i) => {
    const text = piece.text.replace(/\s+/g, '');
    if (text) {
      const single = [...text].length === 1 && !/\s/.test(piece.text.trim());
      const short = current !== null && [...current.text].length <= 3;
      const near = i - lastPieceAt <= 2;
      const continues = current !== null && ((piece.pieceOnly && near) || (single && short) || (lastSingleAt === i - 1 && [...text].length <= 2) ||
        (BRACKETED.test(text) && i - lastPieceAt === 1));
      if (continues) current!.text += text;
      else if (piece.pieceOnly) pending += text;
      else {
        current = { text: pending + text };
        pending = '';
      }
      lastSingleAt = continues && single ? i : -2;
      lastPieceAt = i;
    } else if (pending && !piece.pieceOnly) {
      current = { text: pending };
      pending = '';
    }
    groups.push(current);
  });
  return groups.map((g) => g?.text ?? null);
}
