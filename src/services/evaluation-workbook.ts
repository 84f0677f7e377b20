import ExcelJS from 'exceljs';
import { phaseLabels, type CompletionStatus, type PlanEvaluation, type ProgressStatus } from '../domain/index.ts';
import { evaluationTables, summaryLine, type TextTable } from '../evaluation/index.ts';

/** Fill colours (ARGB) evaluators recognise: green on course, amber behind, red going backwards. */
const statusFill: Record<ProgressStatus | CompletionStatus, string> = {
  achieved: 'FFC6EFCE', ahead: 'FFC6EFCE', 'on-track': 'FFDDEBF7', lagging: 'FFFFEB9C', regressing: 'FFFFC7CE',
  'no-data': 'FFEDEDED', 'not-assessable': 'FFEDEDED', 'not-achieved': 'FFFFC7CE',
};
const warningFill = { red: 'FFFF0000', yellow: 'FFFFC000' } as const;
const headerFill = 'FF1F4E78';

/**
 * The evaluation as an Excel workbook, the way evaluators pass it on: a 指标评估 sheet (and a
 * 完成情况 sheet when the plan has a completion table), header row styled and frozen, the status
 * cells coloured by status and the 预警 cells by colour.
 */
export async function renderEvaluationWorkbook(evaluation: PlanEvaluation): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PlanTrack 规划监测';
  const tables = evaluationTables(evaluation);
  const { statusColumn, warningColumn } = tables.indicators;
  const widths = evaluation.phase === 'final' ? [6, 28, 10, 8, 14, 14, 20, 10, 10, 6, 60] : [6, 28, 10, 8, 14, 14, 14, 10, 10, 8, 14, 6, 12, 10, 60];
  const sheet = addSheet(workbook, '指标评估', tables.indicators, widths);
  evaluation.indicators.forEach((e, i) => {
    fill(sheet.getRow(i + 2).getCell(statusColumn + 1), statusFill[e.status]);
    if (e.warning) fill(sheet.getRow(i + 2).getCell(warningColumn + 1), warningFill[e.warning]);
  });
  sheet.addRow([]);
  sheet.addRow([`${evaluation.plan.title ?? ''} 评估基准年${evaluation.asOf}年（${phaseLabels[evaluation.phase]}），方法 ${evaluation.method}；${summaryLine(evaluation)}`]);
  for (const notice of evaluation.notices) sheet.addRow([`说明：${notice}`]);
  if (evaluation.completion.length) {
    const done = addSheet(workbook, '完成情况', tables.completion, [6, 36, 10, 14, 14, 10]);
    evaluation.completion.forEach((c, i) => fill(done.getRow(i + 2).getCell(6), statusFill[c.status]));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, name: string, table: TextTable, widths: number[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.header.map((header, i) => ({ header, width: widths[i] ?? 12 }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => fill(cell, headerFill));
  for (const row of table.rows) sheet.addRow(row).alignment = { vertical: 'top', wrapText: true };
  return sheet;
}

function fill(cell: ExcelJS.Cell, argb: string): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}
