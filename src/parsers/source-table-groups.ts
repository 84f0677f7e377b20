import { cellText, type Grid } from './source-table-grid.ts';
import { assignGroups } from './table-groups.ts';

/**
 * The groups of a grid whose group column has no merged cell: a label printed in pieces over the
 * rows of its group (百姓 on one row, 富 two rows down, as a PDF prints a centred label cell by cell)
 * is one group, read as the text path reads such a column (assignGroups). `rows` are the body rows
 * in order, `null` where a row across the table (a section heading) starts the groups afresh. A
 * part continued from the page before opens in the `carried` group (its rows up to the first label).
 * Undefined when the column merges cells (each merged cell is its rows' group) or there is none.
 */
export function piecedGroups(
  grid: Grid, rows: readonly (number | null)[], categoryAt: number, carried: string | null,
): Map<number, string | null> | undefined {
  if (categoryAt < 0 || merges(grid, rows, categoryAt)) return undefined;
  const groups = new Map<number, string | null>();
  let run: number[] = [];
  let opening = carried === null ? [] : [{ text: carried, pieceOnly: false }];
  const flush = () => {
    const pieces = [...opening, ...run.map((row) => ({ text: ownText(grid, row, categoryAt), pieceOnly: false }))];
    assignGroups(pieces).slice(opening.length).forEach((group, k) => groups.set(run[k], group));
    [run, opening] = [[], []];
  };
  for (const row of rows) {
    if (row === null) flush();
    else run.push(row);
  }
  flush();
  return groups;
}

const merges = (grid: Grid, rows: readonly (number | null)[], column: number) =>
  rows.some((row) => row !== null && (grid.at(row, column)?.rowspan ?? 1) > 1);

/** The group cell's text on the row it starts on ('' on the rows a cell covers from above). */
function ownText(grid: Grid, row: number, column: number): string {
  const cell = grid.at(row, column);
  return cell && cell.row === row && cell.column === column ? cellText(cell) : '';
}
