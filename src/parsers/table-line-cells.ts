import type { SourceLine } from '../domain/index.ts';
import { readNotes, type TableBody } from './table-body.ts';
import { isGroupCell } from './table-cell-types.ts';
import { cutRows, isNumberedGroupLabel } from './table-group-rows.ts';
import { isHeaderCell, readHeader } from './table-header.ts';
import { type Cell, isBlank, isCellPiece, isNoteStart } from './table-lines.ts';

/** The longest cell a text export prints on its line (a long indicator name); longer lines are prose. */
const MAX_CELL_CHARS = 60;
/** A header word is short; a longer one is a name. */
const MAX_UPPER_CHARS = 8;

/**
 * One cell per line where every line is one place of the table (a Word or LibreOffice table saved as
 * text): a blank line is an empty place, the place a merged cell covers (a 类别 merged down over its
 * rows, the header cells over two header rows). A header over two rows prints its upper row once per
 * cell (指标值 spanning 2020年 | 2025年 is one line), then the lower row place by place: blank under a
 * cell merged down, a word under a spanning cell. Rows are cut every header-width places.
 */
export function readLineCells(lines: readonly SourceLine[], start: number): TableBody | undefined {
  const { cells, stop } = readPlaces(lines, start);
  // without a blank place this is one cell per line as table-stacked.ts reads it
  if (!cells.some((c) => c.text === '')) return undefined;
  const header = readPlacesHeader(cells);
  const roles = header && readHeader(header.words)?.roles;
  if (!header || !roles) return undefined;
  const width = header.words.length;
  const { rows, issues } = cutRows(cells, header.count, width, roles);
  const { notes, end } = readNotes(lines, stop);
  return { header: header.words, headerLine: lines[start].line, rows, notes, end, issues };
}

function readPlaces(lines: readonly SourceLine[], start: number): { cells: Cell[]; stop: number } {
  const cells: Cell[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const { text, line } = lines[i];
    // a line of TAB-separated cells is a grid row, not one place
    if (!isBlank(text) && (isNoteStart(text) || /\S\t/.test(text) || !(isCellPiece(text, MAX_CELL_CHARS) || isNumberedGroupLabel(text)))) break;
    cells.push({ text: text.trim(), line });
  }
  while (cells.at(-1)?.text === '') cells.pop();
  return { cells, stop: i };
}

/**
 * The header's column words and how many places it takes. The upper row is the header words up to
 * the first blank place; a blank there opens the lower row, which ends once every upper cell is
 * placed: a blank takes the next upper cell (merged down), a run of words sits under one spanning
 * upper cell (its column words are the upper word and the lower one, as a Word grid reads them).
 */
/** A word over spanned columns (指标值, 目标) need not name a column alone: any short word may head them. */
const isUpperWord = (text: string) => isHeaderCell(text) || (text.length <= MAX_UPPER_CHARS && isGroupCell(text));

function readPlacesHeader(cells: readonly Cell[]): { words: string[]; count: number } | undefined {
  let top = 0;
  while (top < cells.length && cells[top].text !== '' && isUpperWord(cells[top].text)) top++;
  if (cells.slice(0, top).filter((c) => isHeaderCell(c.text)).length < 3) return undefined;
  const upper = cells.slice(0, top).map((c) => c.text);
  if (cells[top]?.text !== '') return { words: upper, count: top };
  const words: string[] = [];
  let u = 0;
  let k = top;
  while (u < upper.length && k < cells.length) {
    if (cells[k].text === '') {
      words.push(upper[u++]);
      k++;
      continue;
    }
    if (!isHeaderCell(cells[k].text)) return undefined;
    while (k < cells.length && cells[k].text !== '' && isHeaderCell(cells[k].text)) words.push(upper[u] + cells[k++].text);
    u++;
  }
  return u === upper.length && words.length > upper.length ? { words, count: k } : undefined;
}
