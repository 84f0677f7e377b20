import type { DocumentIssue, Indicator } from '../domain/index.ts';
import type { ColumnRole } from './table-header.ts';
import { rowDoubts } from './table-row-doubts.ts';

/** What becomes of the rows a reading's checks doubt (table-row-doubts.ts): set aside, or named. */

/** Why each row is doubted, undefined for the rows the checks vouch for. */
type Reasons = ReadonlyArray<string | undefined>;
type Rows = readonly Indicator[];

export interface SetAside {
  readonly kept: Indicator[];
  readonly issues: DocumentIssue[];
}

/** The rows of one reading without those it cannot vouch for, which become `table-unread` issues. */
export function setAsideDoubtfulRows(caption: string, roles: readonly ColumnRole[], rows: readonly Indicator[]): SetAside {
  const reasons = rowDoubts(roles, rows);
  const issues = rowRangeIssues('table-unread', caption, rows, reasons, '，未作为指标读入；这些行的格在转成文本时可能被打乱，请对照原文件核对');
  return { kept: rows.filter((_, k) => reasons[k] === undefined), issues };
}

/**
 * The same doubts about a reading by another reader: its rows are kept (they line up with what was printed
 * far more often than pdftotext's reading order), each run of doubted rows is named in a `table-row-doubt`
 * issue, so that no row the checks doubt reaches the user unannounced.
 */
export function doubtedRows(caption: string, roles: readonly ColumnRole[], rows: readonly Indicator[]): DocumentIssue[] {
  return rowRangeIssues('table-row-doubt', caption, rows, rowDoubts(roles, rows), '；请对照原文件核对这些行');
}

/** A warning for each run of doubted rows: `第 a–b 行：表格“…”的 n 行没有把握读对（why）`, then their `outcome`. */
function rowRangeIssues(code: string, caption: string, rows: Rows, reasons: Reasons, outcome: string): DocumentIssue[] {
  return runsOf(rows, reasons).map(([from, to]) => {
    const [first, last] = [rows[from].line, rows[to - 1].line];
    const range = first === last ? `第 ${first} 行` : `第 ${first}–${last} 行`;
    return {
      code, severity: 'warning', line: first, excerpt: rows[from].name,
      message: `${range}：表格“${caption}”的 ${to - from} 行没有把握读对（${reasons[from]}）${outcome}`,
    };
  });
}

/** Runs [from, to) of consecutive doubted rows. */
function runsOf(rows: Rows, reasons: Reasons): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let k = 0; k < rows.length; k++) {
    if (reasons[k] === undefined) continue;
    let end = k;
    while (end + 1 < rows.length && reasons[end + 1] !== undefined) end++;
    runs.push([k, end + 1]);
    k = end;
  }
  return runs;
}
