import type { RowCells } from './table-body.ts';
import { isUnitCell, isValueCell } from './table-cell-types.ts';

/**
 * A unit printed one space before the value after it (亿元 357.1) while the row's 单位 cell is empty: the
 * PDF's text set the unit off its column, over the value column, and the space was the only gap between
 * the two cells. The unit goes back to its cell. A value cell never opens with a unit word, so the
 * split needs no other evidence; a cell of two parts after the unit (重点城市≥30 一般城市≥15) is no value.
 */
export function unitBeforeValue(row: RowCells, unitAt: number): RowCells {
  const next = row[unitAt + 1];
  if (unitAt < 0 || !next || row[unitAt].text.trim() !== '') return row;
  const match = /^(\S+) +(\S.*)$/.exec(next.text.trim());
  if (!match || !isUnitCell(match[1]) || !isValueCell(match[2])) return row;
  return row.map((cell, k) =>
    (k === unitAt ? { ...cell, text: match[1], line: next.line } : k === unitAt + 1 ? { ...next, text: match[2] } : cell));
}
