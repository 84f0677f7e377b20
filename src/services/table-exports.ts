import type { EvaluationMethod } from '../domain/index.ts';
import { renderTableCsv, renderTableXlsx, type TableFile } from '../reports/index.ts';
import type { Database, Sql } from '../storage/database.ts';
import { compareIndicator } from './compare-indicator.ts';
import { listDepartmentTasks } from './department-tasks.ts';
import { evaluateStoredPlan } from './evaluate-plan.ts';
import { renderEvaluationWorkbook } from './evaluation-workbook.ts';
import { indicatorsTable, observationsTable, comparisonTable, searchTable, tasksTable } from './export-tables.ts';
import { listObservations } from './observations.ts';
import { searchPlans, type SearchOptions } from './search.ts';

export type TableFormat = 'csv' | 'xlsx';

/** A table as a download: its bytes, content type and a file name people recognise. */
export interface TableDownload {
  readonly bytes: Buffer;
  readonly contentType: string;
  readonly fileName: string;
}

const contentTypes: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

async function download(table: TableFile, format: TableFormat, name: string): Promise<TableDownload> {
  const bytes = format === 'csv' ? Buffer.from(renderTableCsv(table), 'utf8') : await renderTableXlsx([table]);
  return { bytes, contentType: contentTypes[format], fileName: fileName(`${name}.${format}`) };
}

const fileName = (name: string) => name.replace(/[\\/:*?"<>|\s]+/g, '_');

/** The plan page's table: indicators with status (XLSX: the coloured evaluation workbook, with the completion table). */
export async function exportPlanIndicators(db: Sql, plan: string, options: { method?: EvaluationMethod; asOf?: number }, format: TableFormat): Promise<TableDownload> {
  const result = await evaluateStoredPlan(db, plan, options);
  const categories = new Map(result.plan.indicators.map((i) => [i.name, i.category] as const));
  const name = `${result.evaluation.plan.title ?? `规划${plan}`}-指标评估-${result.evaluation.asOf}`;
  if (format === 'csv') return download(indicatorsTable(result.evaluation, categories), format, name);
  return { bytes: await renderEvaluationWorkbook(result.evaluation, categories), contentType: contentTypes.xlsx, fileName: fileName(`${name}.xlsx`) };
}

/** Current observations in the columns of observations-csv.md: what `observe --file` imports back. */
export async function exportObservations(db: Sql, filter: { region?: string; indicator?: string; year?: number }, format: TableFormat): Promise<TableDownload> {
  const rows = await listObservations(db, filter);
  return download(observationsTable(rows), format, ['监测数据', filter.region, filter.indicator, filter.year].filter(Boolean).join('-'));
}

export async function exportComparison(db: Sql, indicator: string, format: TableFormat): Promise<TableDownload> {
  return download(comparisonTable((await compareIndicator(db, indicator)).rows), format, `指标比较-${indicator}`);
}

export async function exportTasks(db: Database, department: string | undefined, format: TableFormat): Promise<TableDownload> {
  return download(tasksTable(await listDepartmentTasks(db, { department })), format, ['任务分解', department].filter(Boolean).join('-'));
}

export async function exportSearch(db: Sql, query: string, options: SearchOptions, format: TableFormat): Promise<TableDownload> {
  return download(searchTable((await searchPlans(db, query, options)).hits), format, `检索-${query}`);
}
