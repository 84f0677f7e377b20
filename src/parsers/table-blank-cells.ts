import type { SourceLine } from '../domain/index.ts';
import { readNotes, type TableBody } from './table-body.ts';
import { cutRows, headerEndBeforeGroupRow, isNumberedGroupLabel, typedFits } from './table-group-rows.ts';
import { isHeaderCell, readHeader } from './table-header.ts';
import { type Cell, isBlank, isCellPiece, isNoteStart } from './table-lines.ts';

/** The longest cell a Word export prints on its line (a long indicator name); longer lines are prose. */
const MAX_CELL_CHARS = 60;

/**
 * One cell per line with a blank line after every cell (a Word table saved as text): an empty cell is
 * one more blank line, or two (its own empty line and the blank after it) — `blanksPerEmpty` says
 * which; the candidates try both and the scores choose. A line right below another (no blank
 * between) continues that cell. Rows are cut every header-width cells.
 */
export function readBlankSeparated(lines: readonly SourceLine[], start: number, blanksPerEmpty: 1 | 2): TableBody | undefined {
  const { cells, stop } = readCells(lines, start, blanksPerEmpty);
  const width = headerWidth(cells);
  const header = cells.slice(0, width).map((c) => c.text);
  const roles = readHeader(header)?.roles;
  if (!roles || width < 3) return undefined;
  const { rows, issues } = cutRows(cells, width, width, roles);
  const { notes, end } = readNotes(lines, stop);
  return { header, headerLine: lines[start].line, rows, notes, end, issues };
}

/** Header words come first, up to a group row (its label, 基础设施, may read as a header word). */
function headerWidth(cells: readonly Cell[]): number {
  let width = 0;
  while (width < cells.length && isHeaderCell(cells[width].text) && !isNumberedGroupLabel(cells[width].text)) width++;
  return headerEndBeforeFirstRow(cells, headerEndBeforeGroupRow(cells, width));
}

/** Rows whose typed cells (序号, 单位, 属性) are counted to tell where the header ends. */
const SAMPLE_ROWS = 3;

/**
 * The header's last word may be the first row's group cell (基础设施 reads as 基础, a baseline word): the
 * header ends one cell earlier when the first rows' typed cells then fall into their columns better.
 */
function headerEndBeforeFirstRow(cells: readonly Cell[], count: number): number {
  const rolesOf = (n: number) => readHeader(cells.slice(0, n).map((c) => c.text))?.roles;
  const [full, shorter] = count > 3 ? [rolesOf(count), rolesOf(count - 1)] : [];
  // only a group column's first cell can be taken for the header's last word
  if (!full || !shorter || shorter.indexOf('category') !== 0) return count;
  const aligned = (from: number, width: number) => {
    let fits = 0;
    for (let r = 0; r < SAMPLE_ROWS; r++) fits += typedFits(cells, from + r * width, width === full.length ? full : shorter);
    return fits;
  };
  return aligned(count - 1, shorter.length) > aligned(count, full.length) ? count - 1 : count;
}

function readCells(lines: readonly SourceLine[], start: number, blanksPerEmpty: 1 | 2): { cells: Cell[]; stop: number } {
  const cells: Cell[] = [];
  let blanks = -1;
  let i = start;
  for (; i < lines.length; i++) {
    const { text, line } = lines[i];
    if (isBlank(text)) {
      blanks++;
      continue;
    }
    if (isNoteStart(text) || !(isCellPiece(text, MAX_CELL_CHARS) || isNumberedGroupLabel(text))) break;
    if (blanks < 0 && cells.length > 0) {
      const last = cells.pop()!;
      cells.push({ ...last, text: last.text + text.trim() });
    } else {
      const empties = cells.length === 0 ? 0 : Math.floor(Math.max(0, blanks) / blanksPerEmpty);
      for (let e = 0; e < empties; e++) cells.push({ text: '', line });
      cells.push({ text: text.trim(), line });
    }
    blanks = -1;
  }
  while (cells.at(-1)?.text === '') cells.pop();
  return { cells, stop: i };
}
