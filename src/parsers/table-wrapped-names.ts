import type { SourceLine } from '../domain/index.ts';
import { type Cell, displayWidth, isBlank, splitCells } from './table-lines.ts';

/**
 * A long name wraps inside its cell: every piece but the last fills the cell's width. Where the values
 * stand on the name's first line (the pieces follow them) or on its last (the pieces lead), the pieces
 * between two rows are told apart by that: after a name that fills the width come its own pieces, up to
 * and including the first that does not; full pieces left over lead the name of the row below.
 */
export interface PieceOwners {
  /** pieces that continue the name of the row above */
  readonly above: readonly Cell[];
  /** pieces that start the name of the row below */
  readonly below: readonly Cell[];
}

/** Where the table's pieces went when their widths told: a table wraps all its names one way. */
export type PieceLean = 'above' | 'below';

export const leanOf = (owners: PieceOwners, was: PieceLean | undefined): PieceLean | undefined =>
  owners.below.length === 0 ? 'above' : owners.above.length === 0 ? 'below' : was;

/** The widest name of a table, in characters and in display columns: the width names wrap at. */
export interface NameWidth {
  readonly chars: number;
  readonly columns: number;
}

/** The widest name cell of the TAB lines from `from` on (up to the first line without a TAB). */
export function widestName(lines: readonly SourceLine[], from: number, nameAt: number): NameWidth {
  let chars = 0;
  let columns = 0;
  for (let i = from; i < lines.length; i++) {
    const text = lines[i].text;
    if (isBlank(text)) continue;
    if (!text.includes('\t')) break;
    const name = splitCells(text, 'tab')[nameAt] ?? '';
    chars = Math.max(chars, name.length);
    columns = Math.max(columns, displayWidth(name));
  }
  return { chars, columns };
}

/** A piece that fills the cell's width (one narrow character short of it still does). */
const fills = (text: string, width: NameWidth) =>
  width.chars > 0 && (text.length >= width.chars || displayWidth(text) >= width.columns - 1);

/**
 * Which pieces (lines with text only in the name column) continue the name above and which lead the
 * name below; undefined when the widths cannot tell (every piece fills the width after a full name).
 * `namesOnly`: the table's groups stand in a column of their own, so a piece is never a group label.
 */
export function ownersOfPieces(above: string | undefined, pieces: readonly Cell[], below: string | undefined,
  width: NameWidth, lean?: PieceLean, namesOnly = false): PieceOwners | undefined {
  const last = pieces.at(-1)!.text;
  if (above === undefined || !fills(above, width)) {
    if (below !== undefined && fills(last, width)) return { above: [], below: pieces };
    // no group label stands in the name column: a last piece short of the width ends the name above
    return namesOnly && above !== undefined && !fills(last, width) ? { above: pieces, below: [] } : undefined;
  }
  const ends = pieces.findIndex((p) => !fills(p.text, width));
  // every piece fills the width after a full name: the table's other wrapped names tell
  if (ends < 0 && below === undefined) return { above: pieces, below: [] };
  if (ends < 0) return lean && (lean === 'above' ? { above: pieces, below: [] } : { above: [], below: pieces });
  const rest = pieces.slice(ends + 1);
  if (rest.length > 0 && (below === undefined || !fills(rest.at(-1)!.text, width))) return undefined;
  return { above: pieces.slice(0, ends + 1), below: rest };
}

/** The run of name-only lines from `from`: their name cells and the index of the line after the run. */
export function namePieceRun(lines: readonly SourceLine[], from: number, nameAt: number,
  isPiece: (filled: readonly Cell[], text: string) => boolean): { pieces: Cell[]; next: number } {
  const pieces: Cell[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const { text, line } = lines[i];
    if (isBlank(text)) continue;
    const cells = splitCells(text, 'tab');
    const filled = cells.flatMap((t, k) => (t ? [{ text: t, line, k }] : []));
    if (filled.length !== 1 || filled[0].k !== nameAt || !isPiece(filled, text)) break;
    pieces.push({ text: filled[0].text, line });
  }
  return { pieces, next: i };
}

/** The name cell of a row line (two or more cells filled), else undefined. */
export function rowName(text: string | undefined, nameAt: number): string | undefined {
  const cells = text === undefined ? [] : splitCells(text, 'tab');
  return cells.filter(Boolean).length >= 2 ? cells[nameAt] : undefined;
}

/** The way the first run of pieces whose widths tell goes: every undecided run of the table follows it. */
export function tableLean(lines: readonly SourceLine[], from: number, nameAt: number, width: NameWidth,
  isPiece: (filled: readonly Cell[], text: string) => boolean): PieceLean | undefined {
  let previous: string | undefined;
  for (let i = from; i < lines.length; i++) {
    const text = lines[i].text;
    if (isBlank(text)) continue;
    if (!text.includes('\t')) return undefined;
    const run = namePieceRun(lines, i, nameAt, isPiece);
    if (run.pieces.length === 0) {
      previous = text;
      continue;
    }
    const owners = ownersOfPieces(rowName(previous, nameAt), run.pieces, rowName(lines[run.next]?.text, nameAt), width);
    const lean = owners && leanOf(owners, undefined);
    if (lean) return lean;
    i = run.next - 1;
    previous = undefined;
  }
  return undefined;
}
