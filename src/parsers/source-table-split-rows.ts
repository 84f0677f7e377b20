import type { RowCells } from './table-body.ts';

/**
 * A row a PDF page break cut in two: the grid's first row on the new page holds only the rest of the
 * name (受教育年 / 限), the row above it on the page before holds the values. A reader joins a cell's
 * lines within a page, so a name piece alone (beside no value, its group cell aside) at the top of a
 * new page is that cell's rest; a name alone on the same page as the row above is a group heading.
 */
export function continuesAcrossPage(
  row: RowCells, last: RowCells | undefined, nameAt: number, categoryAt: number, pageOf: (line: number) => number | null,
): boolean {
  const others = (cells: RowCells) => cells.some((c, k) => k !== nameAt && k !== categoryAt && c.text !== '');
  if (!last || row[nameAt].text === '' || others(row) || !others(last)) return false;
  const [page, before] = [pageOf(row[nameAt].line), pageOf(last[nameAt].line)];
  return page !== null && before !== null && page > before;
}
