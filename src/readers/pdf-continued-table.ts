import { partsText } from './pdf-cell-text.ts';
import type { PageTable, PageTableCell } from './pdf-ruled-tables.ts';
import { tableLines } from './pdf-table-lines.ts';

/** Column boundaries this close (points) are the same column on the next page. */
const SAME_COLUMN = 3;
/** A row broken by the page turn prints on the new page at most this share of its cells (the wrapped ends). */
const SPLIT_ROW_SHARE = 0.5;

/** Two page tables drawn with the same column boundaries: one table going on over the page. */
export function sameColumns(a: PageTable, b: PageTable): boolean {
  const near = (x: number, i: number) => Math.abs(x - b.xs[i]) <= SAME_COLUMN;
  return a.origin === b.origin && a.xs.length === b.xs.length && a.xs.every(near);
}

const rowText = (table: PageTable, row: number) => tableLines(table)[row];

/**
 * Table `a` followed by the rows of `b`, without `b`'s leading rows that repeat `a`'s header. A
 * merged group cell left empty at the top of the new page continues the group above; a row the
 * page turn broke (its wrapped ends printed at the top of the new page) is one row again.
 */
export function continueTable(a: PageTable, b: PageTable): PageTable {
  let repeated = 0;
  const last = Math.min(a.rowCount, b.rowCount) - 1;
  while (repeated < last && rowText(a, repeated) === rowText(b, repeated)) repeated++;
  const split = splitRowEnds(a, b, repeated);
  const cells: PageTableCell[] = [...a.cells];
  for (const cell of b.cells) {
    if (cell.row < repeated) continue;
    const row = cell.row - repeated + a.rowCount - (split ? 1 : 0);
    const above = cells.findIndex(
      (c) => c.column === cell.column && c.colspan === cell.colspan && c.row + c.rowspan === a.rowCount,
    );
    if (split && cell.row === repeated) cells[above] = joinCells(cells[above], cell);
    else if (cell.row === repeated && cell.text === '' && above >= 0 && (cells[above].rowspan > 1 || cell.rowspan > 1)) {
      cells[above] = { ...cells[above], rowspan: cells[above].rowspan + cell.rowspan };
    } else cells.push({ ...cell, row });
  }
  cells.sort((x, y) => x.row - y.row || x.column - y.column);
  const rowCount = a.rowCount + b.rowCount - repeated - (split ? 1 : 0);
  return { ...a, bottom: b.bottom, rowCount, cells };
}

/** The cell above with the rest of its text printed on the new page, reaching as far down as that part does. */
function joinCells(above: PageTableCell, rest: PageTableCell): PageTableCell {
  const parts = [...above.parts, ...rest.parts];
  return { ...above, parts, text: partsText(parts), rowspan: above.rowspan + rest.rowspan - 1 };
}

/** A cell ending in a joining mark (B- of B-01, 千米/ of 千米/平方千米) was cut where it wrapped. */
const CUT_SHORT = /[-－/／.（(]$/;

/**
 * Whether `b`'s first row after the repeated header holds the wrapped ends of `a`'s last row: its
 * leading cell (the first not merged down, where a row prints its 序号 or name) is empty though
 * `a`'s last row has text there (or holds the end of a code cut short there: B- / 01), its few texts stand in columns where that row has text, and each
 * of its cells lines up with a cell covering that row.
 */
function splitRowEnds(a: PageTable, b: PageTable, first: number): boolean {
  const lastRow = a.rowCount - 1;
  const covering = (column: number) => a.cells.find((c) => c.column === column && c.row <= lastRow && c.row + c.rowspan > lastRow);
  const row = b.cells.filter((c) => c.row === first);
  const texts = row.filter((c) => c.text !== '');
  const lead = row.find((c) => c.rowspan === 1);
  const filledAbove = a.cells.filter((c) => c.row === lastRow && c.text !== '');
  const leadAbove = lead && covering(lead.column)?.text;
  if (!lead || !leadAbove || texts.length === 0 || (lead.text !== '' && !CUT_SHORT.test(leadAbove))) return false;
  if (texts.length > SPLIT_ROW_SHARE * filledAbove.length) return false;
  const linedUp = row.every((c) => covering(c.column)?.colspan === c.colspan && covering(c.column)!.column === c.column);
  return linedUp && texts.every((c) => covering(c.column)!.text !== '');
}
