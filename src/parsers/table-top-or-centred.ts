import { type CentredGroups, exactlyCentred } from './table-centered-groups.ts';
import type { GroupPiece } from './table-groups.ts';

/**
 * Group labels on rows only, the first on the first row: a group column printed at the top of its
 * groups (Word, HTML, typed text) — or a merged cell a PDF centred on its rows whose first group has
 * one or two rows, which prints the same. Where centring fits every label as well and reads other
 * rows, where the labels stand cannot tell the two apart: the top reading is kept (the common one)
 * and the rows the centred reading gives another group are in doubt, unless the 序号 settles it — a
 * 序号 that restarts at 1 starts a group, so the reading whose groups start there is the printed one.
 */
export function topOrCentred(pieces: readonly GroupPiece[], top: ReadonlyArray<string | null>): CentredGroups {
  const settled = (groups: ReadonlyArray<string | null>) => ({ groups: [...groups], doubtful: pieces.map(() => false) });
  const centred = exactlyCentred(pieces);
  if (!centred || centred.every((g, i) => g === top[i]) || labelMissesPage(pieces, centred)) return settled(top);
  const restarts = seqRestarts(pieces);
  if (restarts !== undefined) {
    if (restarts === groupStarts(pieces, top)) return settled(top);
    if (restarts === groupStarts(pieces, centred)) return settled(centred);
  }
  return { groups: [...top], doubtful: top.map((g, i) => !pieces[i].pieceOnly && g !== centred[i]) };
}

/** The pieces (rows) where a 序号 starts again at 1 after a larger one, with the first numbered row; undefined if it never restarts. */
function seqRestarts(pieces: readonly GroupPiece[]): string | undefined {
  const starts: number[] = [];
  let previous = 0;
  pieces.forEach((p, i) => {
    const n = p.pieceOnly ? NaN : Number(p.seq?.trim().replace(/[.．、]$/, ''));
    if (!Number.isInteger(n)) return;
    if (starts.length === 0 || (n === 1 && previous > 1)) starts.push(i);
    previous = n;
  });
  return starts.length > 1 ? starts.join() : undefined;
}

/** The rows where a reading's groups change, as seqRestarts lists them. */
function groupStarts(pieces: readonly GroupPiece[], groups: ReadonlyArray<string | null>): string {
  const starts: number[] = [];
  let previous: string | null | undefined;
  pieces.forEach((p, i) => {
    if (p.pieceOnly) return;
    if (starts.length === 0 || groups[i] !== previous) starts.push(i);
    previous = groups[i];
  });
  return starts.join();
}

/** A group cut by a page break whose rows before the break show no label piece. */
function labelMissesPage(pieces: readonly GroupPiece[], groups: ReadonlyArray<string | null>): boolean {
  let labelled = false;
  let previous: string | null | undefined;
  for (const [i, p] of pieces.entries()) {
    if (p.pieceOnly) continue;
    if (groups[i] !== previous) labelled = false;
    else if (p.afterPageBreak && !labelled) return true;
    labelled ||= p.text.trim() !== '';
    previous = groups[i];
  }
  return false;
}
