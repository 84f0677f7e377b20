import ExcelJS from 'exceljs';
import type { CompletionStatus, PlanEvaluation, ProgressStatus } from '../domain/index.ts';
import { summaryLine } from '../evaluation/index.ts';
import { addTableSheet, type TableFile } from '../reports/index.ts';
import { completionTable, indicatorsTable } from './export-tables.ts';

/** Fill colours (ARGB) evaluators recognise: green on course, amber behind, red going backwards. */
const statusFill: Record<ProgressStatus | CompletionStatus, string> = {
  achieved: 'FFC6EFCE', ahead: 'FFC6EFCE', 'on-track': 'FFDDEBF7', lagging: 'FFFFEB9C', regressing: 'FFFFC7CE',
  'no-data': 'FFEDEDED', 'not-assessable': 'FFEDEDED', 'not-achieved': 'FFFFC7CE',
};
const warningFill = { red: 'FFFF0000', yellow: 'FFFFC000' } as const;

/**
 * The evaluation as an Excel workbook, the way evaluators pass it on: a 指标评估 sheet (and a
 * 完成情况 sheet when the plan has a completion table) whose numbers are numeric cells with number
 * formats, header frozen, the status cells coloured by status and the 预警 cells by colour.
 */
export async function renderEvaluationWorkbook(evaluation: PlanEvaluation, categories?: ReadonlyMap<string, string | null>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PlanTrack 规划监测';
  const indicators = indicatorsTable(evaluation, categories);
  const table: TableFile = { ...indicators, notes: [`${indicators.notes?.[0] ?? ''}；${summaryLine(evaluation)}`, ...(indicators.notes ?? []).slice(1)] };
  const sheet = addTableSheet(workbook, table);
  const statusColumn = columnOf(table, '评估结果');
  const warningColumn = columnOf(table, '预警');
  evaluation.indicators.forEach((e, i) => {
    fill(sheet.getRow(i + 2).getCell(statusColumn), statusFill[e.status]);
    if (e.warning) fill(sheet.getRow(i + 2).getCell(warningColumn), warningFill[e.warning]);
  });
  if (evaluation.completion.length) {
    const completion = completionTable(evaluation);
    const done = addTableSheet(workbook, completion);
    evaluation.completion.forEach((c, i) => fill(done.getRow(i + 2).getCell(columnOf(completion, '结果')), statusFill[c.status]));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The 1-based column of a header. */
const columnOf = (table: TableFile, header: string) => table.columns.findIndex((c) => c.header === header) + 1;

function fill(cell: ExcelJS.Cell, argb: string): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}
