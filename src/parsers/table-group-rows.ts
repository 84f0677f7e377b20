import type { DocumentIssue } from '../domain/index.ts';
import { alignRow, isIssue, type RowCells } from './table-body.ts';
import {
  canOpenName, isAttributeCell, isDashCell, isGroupCell, isOutcomeWords, isSeqCell, isUnitCell, NUMBERED_NAME,
} from './table-cell-types.ts';
import { type ColumnRole, readHeader } from './table-header.ts';
import type { Cell } from './table-lines.ts';

/**
 * Full-width group rows printed one cell per line (a Word or LibreOffice table saved as text): a row
 * that is one merged cell across the table (`一、空间底线`, `（二）空间结构与效率`) prints as one line
 * between the rows. Where a row would start, such a line is a group row: it names the group of the
 * rows after it and is no row itself.
 */

/** 一、 / （一） / 二. before a group's label */
const NUMBERED_GROUP = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])\s*[\u4e00-\u9fff]/;

/** A numbered group label as a line of its own: it reads as a heading, but inside a table it is a group row. */
export const isNumberedGroupLabel = (text: string): boolean => NUMBERED_GROUP.test(text.trim()) && isGroupCell(text.trim());

/** The cell that opens a row: its number when the table has a 序号 column first, else a name. */
function opensRow(text: string | undefined, roles: readonly ColumnRole[]): boolean {
  if (text === undefined) return false;
  return roles[0] === 'seq' ? isSeqCell(text) : NUMBERED_NAME.test(text) || canOpenName(text);
}

/**
 * Whether cells[i] is a group row: a table without a 类别 column, the cell followed by a row's first
 * cell, and either numbered (一、…) or words (no number, unit, class) standing where a row surely
 * starts (`rowStart`) after which the row's typed cells (序号, 单位, 属性) fall into their columns
 * only when the words are left out: words that are no indicator name.
 */
export function isGroupRowAt(cells: readonly Cell[], i: number, roles: readonly ColumnRole[], rowStart: boolean): boolean {
  if (roles.includes('category') || !roles.includes('name')) return false;
  const text = cells[i].text.trim();
  const numbered = isNumberedGroupLabel(text);
  if (!numbered && (!rowStart || !isGroupCell(text) || isOutcomeWords(text) || isAttributeCell(text))) return false;
  if (!opensRow(cells[i + 1]?.text.trim(), roles)) return false;
  if (numbered) return true;
  const numberFollows = roles[0] === 'seq' && isSeqCell(cells[i + 1].text);
  return numberFollows || typedFits(cells, i + 1, roles) > typedFits(cells, i, roles);
}

/** How many of the typed columns (序号, 单位, 属性) hold a cell of their type when a row starts at cells[from]. */
export function typedFits(cells: readonly Cell[], from: number, roles: readonly ColumnRole[]): number {
  let fits = 0;
  roles.forEach((role, j) => {
    const text = cells[from + j]?.text.trim();
    if (text === undefined) return;
    if (role === 'seq' ? isSeqCell(text) : role === 'unit' ? isUnitCell(text) || isDashCell(text) : role === 'attribute' && isAttributeCell(text)) fits++;
  });
  return fits;
}

/** A group row as the row readers give it: the label in the name column, every other cell empty (see readRows). */
export function groupRow(cell: Cell, roles: readonly ColumnRole[]): RowCells {
  return roles.map((role) => ({ text: role === 'name' ? cell.text.trim() : '', line: cell.line }));
}

/** Whether a row ends at cells[i] as far as its last column tells: a class (约束性) when 属性 is the last column. */
export const endsRow = (cells: readonly Cell[], i: number, roles: readonly ColumnRole[]): boolean =>
  i < 0 || (roles.at(-1) === 'attribute' && isAttributeCell(cells[i].text));

/** Rows compared to tell a header's last word from a group row's label. */
const SAMPLE_ROWS = 3;

/**
 * The header's end when its last word may be a group row's label (基础设施 reads as a header word) and
 * rows are cut every header-width cells: one cell earlier when, so read, a row starts after that cell
 * and the first rows' typed cells fall into their columns better than under the whole header.
 */
export function headerEndBeforeGroupRow(cells: readonly Cell[], count: number): number {
  const full = count > 3 ? readHeader(cells.slice(0, count).map((c) => c.text))?.roles : undefined;
  const shorter = full && readHeader(cells.slice(0, count - 1).map((c) => c.text))?.roles;
  if (!full || !shorter || !isGroupRowAt(cells, count - 1, shorter, true)) return count;
  const aligned = (roles: readonly ColumnRole[]) => {
    let fits = 0;
    for (let r = 0; r < SAMPLE_ROWS; r++) fits += typedFits(cells, count + r * roles.length, roles);
    return fits;
  };
  return aligned(shorter) > aligned(full) ? count - 1 : count;
}

/**
 * One cell per place after the header: a row every `width` cells, a full-width group row (one cell
 * where a row starts) naming the group of the rows after it; an all-empty stretch is no row.
 */
export function cutRows(cells: readonly Cell[], from: number, width: number, roles: readonly ColumnRole[]): { rows: RowCells[]; issues: DocumentIssue[] } {
  const rows: RowCells[] = [];
  const issues: DocumentIssue[] = [];
  for (let k = from; k < cells.length; k += width) {
    while (k < cells.length && isGroupRowAt(cells, k, roles, true)) rows.push(groupRow(cells[k++], roles));
    const chunk = cells.slice(k, k + width);
    if (chunk.every((c) => c.text === '')) continue;
    const row = alignRow(chunk, roles, chunk.find((c) => c.text)!.line);
    if (isIssue(row)) issues.push(row);
    else rows.push(row);
  }
  return { rows, issues };
}
