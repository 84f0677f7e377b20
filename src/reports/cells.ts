import { finalColumns, indicatorColumns, warningLabel } from './labels.ts';
import type { CompletionRow, GapRow, IndicatorRow, Report, ReportSummary } from './report.ts';

/** The printed cells of one indicator row, in the order of indicatorColumns. */
export const indicatorCells = (r: IndicatorRow): string[] => [
  r.category, r.name, r.unit, r.baseline, r.target, r.attribute, r.latest, r.annualTarget, r.completion, r.timeProgress, r.label, warningLabel(r.warning),
];

/** The printed cells of one row of the plan's 完成情况 table, in the order of finalColumns. */
export const finalCells = (r: IndicatorRow): string[] => [
  r.category, r.name, r.unit, r.baseline, r.target, r.attribute, r.actual, r.completion, r.label, warningLabel(r.warning),
];

export interface IndicatorTable {
  readonly columns: readonly string[];
  readonly rows: string[][];
  /** where the status and the warning stand, for shading */
  readonly statusColumn: number;
  readonly warningColumn: number;
  /** relative column widths in Word */
  readonly weights: readonly number[];
}

/** Section 二's table: indicator progress while the period runs; the plan's 完成情况 table at its end. */
export function indicatorTableOf(report: Report): IndicatorTable {
  if (report.kind === 'final') {
    return {
      columns: finalColumns, rows: report.indicators.map(finalCells), statusColumn: finalColumns.indexOf('完成情况'),
      warningColumn: finalColumns.indexOf('预警'), weights: [8, 21, 5, 8, 8, 6, 14, 8, 8, 8],
    };
  }
  return {
    columns: indicatorColumns, rows: report.indicators.map(indicatorCells), statusColumn: indicatorColumns.indexOf('评估状态'),
    warningColumn: indicatorColumns.indexOf('预警'),
    // twips at 9 pt: 属性, 完成进度 and 预警 hold their words on one line (预期性, -126.7%, 黄色预警)
    weights: [1150, 2308, 600, 850, 850, 800, 1500, 1700, 1200, 950, 1100, 950],
  };
}

/** The printed cells of one gap row, in the order of gapColumns. */
export const gapCells = (g: GapRow): string[] => [g.name, g.attribute, g.label, g.latest, g.target, g.gap, g.neededPace, g.explanation];

/** The printed cells of one completion row, in the order of completionColumns. */
export const completionCells = (c: CompletionRow): string[] => [c.name, c.unit, c.target, c.actual, c.label];

/** Completion rows grouped under their table's caption, in document order. */
export function byTable(rows: readonly CompletionRow[]): { caption: string; rows: CompletionRow[] }[] {
  const groups = new Map<string, CompletionRow[]>();
  for (const row of rows) groups.set(row.table, [...(groups.get(row.table) ?? []), row]);
  return [...groups].map(([caption, grouped]) => ({ caption, rows: grouped }));
}

/** 项数 by status, only the statuses that occur, plus the warnings. */
export function countCells(summary: ReportSummary): string[][] {
  const rows = summary.counts.filter((c) => c.count > 0).map((c) => [c.label, String(c.count)]);
  rows.push(['合计', String(summary.total)]);
  if (summary.warnings.red + summary.warnings.yellow > 0) rows.push(['其中预警', `红色${summary.warnings.red}项，黄色${summary.warnings.yellow}项`]);
  return rows;
}
