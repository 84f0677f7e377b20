import type { DocumentIssue, SourceLine } from '../domain/index.ts';
import type { Cell } from './table-lines.ts';
import { isBlank, isHeading, isNoteMore, isNoteStart } from './table-lines.ts';
import { findName, realignShortRow } from './table-realign.ts';

/** One table row: one cell per header column (empty text where nothing is printed). */
export type RowCells = readonly Cell[];

/** What a layout reader found between the caption and the end of a table. */
export interface TableBody {
  readonly header: readonly string[];
  readonly headerLine: number;
  readonly rows: RowCells[];
  readonly notes: readonly Cell[];
  /** index (into the lines) of the first line after the table and its notes */
  readonly end: number;
  readonly issues: DocumentIssue[];
  /** the header, printed over lines, shows its cells set at the top (table-header-alignment.ts) */
  readonly headerSetAtTop?: boolean;
}

/** Reads 注：… lines (and numbered or marked lines after them) from index `from`. */
export function readNotes(lines: readonly SourceLine[], from: number): { notes: Cell[]; end: number } {
  const notes: Cell[] = [];
  let i = from;
  let lastContent = from;
  for (; i < lines.length; i++) {
    const text = lines[i].text;
    if (isBlank(text)) continue;
    const first = notes.length === 0;
    if (first ? !isNoteStart(text) : !(isNoteStart(text) || isNoteMore(text)) || isHeading(text)) break;
    notes.push({ text: text.trim(), line: lines[i].line });
    lastContent = i + 1;
  }
  return { notes, end: notes.length ? lastContent : from };
}

/**
 * Fits a row's printed cells to the header width. A short row is realigned on its name (see
 * table-realign.ts); failing that it is padded so that its numbered name (1．…) stands in the name
 * column, or else in front (the group and number cells are the ones left empty).
 */
export function alignRow(cells: readonly Cell[], roles: readonly string[], line: number): RowCells | DocumentIssue {
  const width = roles.length;
  const nameAt = roles.indexOf('name');
  let fitted = [...cells];
  while (fitted.length > width && fitted.at(-1)!.text === '') fitted.pop();
  while (fitted.length > width && fitted[0].text === '') fitted.shift();
  fitted = joinGroupPieces(fitted, nameAt, width);
  if (fitted.length > width) {
    const excerpt = cells.map((c) => c.text).join(' | ');
    return {
      code: 'table-row-unaligned', severity: 'warning', line, excerpt,
      message: `第 ${line} 行：表格行有 ${fitted.length} 个单元格，而表头只有 ${width} 列，无法对齐；请检查该行是否有多余的分隔符或合并单元格`,
    };
  }
  const realigned = fitted.length < width ? realignShortRow(fitted, width, nameAt, roles.at(-1) === 'attribute', roles.indexOf('seq')) : undefined;
  if (realigned) return realigned;
  const numbered = fitted.findIndex((c) => ROW_NUMBER.test(c.text));
  const lead = numbered >= 0 && nameAt >= numbered ? Math.min(nameAt - numbered, width - fitted.length) : width - fitted.length;
  const blank = (n: number) => Array.from({ length: n }, () => ({ text: '', line }));
  return [...blank(lead), ...fitted, ...blank(width - fitted.length - lead)];
}

/**
 * 城镇 | 功能 | 4．研发… or 经 | 济 | 强 | 地区生产总值 …: more cells than columns before the name (the
 * numbered one, or in an overlong row the longest words) are pieces of the group cell.
 */
function joinGroupPieces(cells: Cell[], nameAt: number, width: number): Cell[] {
  let name = cells.findIndex((c) => ROW_NUMBER.test(c.text));
  if (name < 0 && cells.length > width) name = findName(cells, cells.length);
  const excess = name - nameAt;
  if (nameAt < 0 || name < 0 || excess <= 0) return cells;
  const group = cells.slice(0, excess + 1);
  return [{ text: group.map((c) => c.text).join(''), line: group[0].line }, ...cells.slice(excess + 1)];
}

/** 1. / 1． / 1、 / (1) before an indicator's name */
export const ROW_NUMBER = /^\s*(?:[0-9０-９]+\s*[.．、](?![0-9０-９])|[（(][0-9０-９]+[)）])/;

export const isIssue = (row: RowCells | DocumentIssue): row is DocumentIssue => !Array.isArray(row);
