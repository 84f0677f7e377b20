import type { DocumentIssue, Indicator } from '../domain/index.ts';
import type { ColumnRole } from './table-header.ts';
import { rowDoubts } from './table-row-doubts.ts';

/** What becomes of the rows a reading's checks doubt (table-row-doubts.ts): set aside, or named. */

export interface SetAside {
  readonly kept: Indicator[];
  readonly issues: DocumentIssue[];
}

/** The rows of one reading without those it cannot vouch for, which become `table-unread` issues. */
export function setAsideDoubtfulRows(caption: string, roles: readonly ColumnRole[], rows: readonly Indicator[]): SetAside {
  const reasons = rowDoubts(roles, rows);
  return { kept: rows.filter((_, k) => reasons[k] === undefined), issues: runsOf(rows, reasons).map(([from, to]) =>
    unreadIssue(caption, rows.slice(from, to), reasons[from]!)) };
}

/** Runs [from, to) of consecutive doubted rows. */
function runsOf(rows: readonly Indicator[], reasons: ReadonlyArray<string | undefined>): Array<[number, number]> {
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

/**
 * The same doubts about a reading by another reader: its rows are kept (they line up with what was printed
 * far more often than pdftotext's reading order), each run of doubted rows is named in a `table-row-doubt`
 * issue, so that no row the checks doubt reaches the user unannounced.
 */
export function doubtedRows(caption: string, roles: readonly ColumnRole[], rows: readonly Indicator[]): DocumentIssue[] {
  const reasons = rowDoubts(roles, rows);
  return runsOf(rows, reasons).map(([from, to]) => {
    const [first, last] = [rows[from].line, rows[to - 1].line];
    const range = first === last ? `第 ${first} 行` : `第 ${first}–${last} 行`;
    return {
      code: 'table-row-doubt', severity: 'warning', line: first, excerpt: rows[from].name,
      message: `${range}：表格“${caption}”的 ${to - from} 行没有把握读对（${reasons[from]}）；请对照原文件核对这些行`,
    };
  });
}

function unreadIssue(caption: string, rows: readonly Indicator[], reason: string): DocumentIssue {
  const [first, last] = [rows[0].line, rows.at(-1)!.line];
  const range = first === last ? `第 ${first} 行` : `第 ${first}–${last} 行`;
  return {
    code: 'table-unread', severity: 'warning', line: first, excerpt: rows[0].name,
    message: `${range}：表格“${caption}”的 ${rows.length} 行没有把握读对（${reason}），未作为指标读入；` +
      '这些行的格在转成文本时可能被打乱，请对照原文件核对',
  };
}
