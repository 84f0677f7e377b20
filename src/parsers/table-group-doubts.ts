import type { DocumentIssue } from '../domain/index.ts';
import type { RowCells } from './table-body.ts';

/**
 * Rows whose group the centred labels leave in doubt (table-centered-groups.ts) give one
 * `table-ambiguous` warning naming their lines: the groups kept are the likelier tiling, never a
 * silent guess.
 */
export function groupDoubts(caption: string, rows: readonly RowCells[], doubtful: readonly boolean[], nameAt: number): DocumentIssue[] {
  const lines = rows.flatMap((row, i) => (doubtful[i] && row[nameAt]?.text ? [row[nameAt].line] : []));
  if (lines.length === 0) return [];
  const [first, last] = [lines[0], lines.at(-1)!];
  const name = rows[doubtful.indexOf(true)]?.[nameAt]?.text.trim() ?? null;
  const range = first === last ? `${first}` : `${first}–${last}`;
  return [{
    code: 'table-ambiguous', severity: 'warning', line: first, excerpt: name,
    message: `第 ${range} 行：表格“${caption.trim()}”的类别标签印在各组中间，这几行属于上一组还是下一组无法从版面确定，` +
      '已按各组行数相近取一种分法；请核对这些行的类别',
  }];
}
