import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { invalidInput } from '../domain/index.ts';
import type { RawRecord } from '../readers/index.ts';
import type { Sql } from '../storage/database.ts';
import { listObservations } from './observations.ts';
import { formatObservedValue } from './observation-value.ts';
import { getPlanIndicators } from './show-plan.ts';

/**
 * The 填报表 users fill in Excel: one row per plan indicator, one column per year of the plan
 * period, with unit, printed baseline and target shown. Everything but the year cells is locked.
 * importObservationsFile recognises the layout by its header (地区, 指标, 单位, 基期, 目标, years)
 * and reads each filled year cell as one observation.
 */
const fixedHeader = ['地区', '指标', '单位', '基期', '目标'] as const;
const title = (plan: string) => `${plan} 监测数据填报表`;
/** A hidden sheet with the version of every value the 填报表 shows, so a re-import cannot overwrite a newer one. */
const versionSheet = '版本';

/** The years a 填报表 has columns for; either end defaults to the plan period's. */
export interface TemplateYears {
  readonly from?: number;
  readonly to?: number;
}

/** The longest year range one 填报表 takes: two plan periods side by side. */
const maxYears = 15;

export async function writeObservationTemplate(sql: Sql, planRef: string, path: string, range?: TemplateYears): Promise<{ rows: number; years: number[] }> {
  if (extname(path).toLowerCase() !== '.xlsx') throw invalidInput(`填报表只能写成 .xlsx 文件，收到 ${path}`);
  const template = await buildObservationTemplate(sql, planRef, range);
  await writeFile(path, template.bytes);
  return { rows: template.rows, years: template.years };
}

/** The 填报表 of a plan as .xlsx bytes, for the plan's period or the years asked for. */
export async function buildObservationTemplate(sql: Sql, planRef: string, range?: TemplateYears): Promise<{ bytes: Buffer; rows: number; years: number[]; fileName: string }> {
  const { plan, indicators } = await getPlanIndicators(sql, planRef);
  if (!plan.regionFullName) throw invalidInput(`规划 #${plan.id} 没有识别出地区，无法生成填报表：请先用 plantrack correct 补上地区`);
  const start = range?.from ?? plan.periodStart ?? (plan.baseYear ?? 2020) + 1;
  const end = range?.to ?? plan.periodEnd ?? start + 4;
  if (end < start || end - start + 1 > maxYears) {
    throw invalidInput(`填报表的年份范围 ${start}–${end} 无效：起始年不能晚于结束年，且最多 ${maxYears} 年`, { field: 'to' });
  }
  const years = Array.from({ length: end - start + 1 }, (_, i) => start + i);
  const rows = indicators.filter((i) => i.tableKind !== 'completion');
  const stored = await listObservations(sql, { region: plan.regionFullName });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('填报', { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  const versions = workbook.addWorksheet(versionSheet, { state: 'veryHidden' });
  sheet.addRow([title(plan.title ?? plan.sourceFile)]);
  sheet.addRow([...fixedHeader, ...years.map(String)]);
  versions.addRow(['每个年份单元格所显示数值的版本（0：尚无数值）；导入时据此发现他人在此期间的修改']);
  versions.addRow([...fixedHeader, ...years.map(String)]);
  for (const i of rows) {
    const found = years.map((year) => stored.find((o) => o.year === year && (o.indicatorKey === i.catalogId || o.indicatorName === i.name)));
    const values = found.map((o) => (o ? (o.comparator || o.milestone ? formatObservedValue(o) : o.value) : null));
    sheet.addRow([plan.regionFullName, i.name, i.unit ?? '', i.baseline?.raw ?? '', i.target?.raw ?? '', ...values]);
    versions.addRow([plan.regionFullName, i.name, '', '', '', ...found.map((o) => o?.version ?? 0)]);
  }
  await versions.protect('', {});
  layout(sheet, years.length, rows.length);
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  const fileName = `${plan.title ?? plan.sourceFile}-填报表-${years[0]}-${years[years.length - 1]}.xlsx`.replace(/[\\/:*?"<>|]/g, '');
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), rows: rows.length, years, fileName };
}

function layout(sheet: ExcelJS.Worksheet, yearCount: number, rowCount: number): void {
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.getRow(2).font = { bold: true };
  sheet.getRow(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  sheet.columns.forEach((column, index) => { column.width = index === 1 ? 36 : index === 0 ? 16 : 10; });
  for (let r = 3; r < 3 + rowCount; r += 1) {
    for (let c = fixedHeader.length + 1; c <= fixedHeader.length + yearCount; c += 1) {
      sheet.getCell(r, c).protection = { locked: false };
      sheet.getCell(r, c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9E5' } };
    }
  }
}

/**
 * The filled cells of a 填报表 as records of the observations columns (region, indicator, year,
 * value, unit), with the row each came from; undefined when the first sheet is not a 填报表.
 */
export async function readTemplateRecords(path: string): Promise<RawRecord[] | undefined> {
  if (extname(path).toLowerCase() !== '.xlsx') return undefined;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    return undefined;
  }
  const sheet = workbook.worksheets[0];
  const headerRow = sheet ? findHeader(sheet) : undefined;
  if (!sheet || headerRow === undefined) return undefined;
  const header = textCells(sheet.getRow(headerRow));
  const yearColumns = header.map((h, c) => [c, h] as const).filter(([c, h]) => c >= fixedHeader.length && /^\d{4}$/.test(h));
  const versions = workbook.getWorksheet(versionSheet);
  const records: RawRecord[] = [{ row: headerRow, cells: ['region', 'indicator', 'unit', 'year', 'value', 'version'] }];
  sheet.eachRow((row, number) => {
    if (number <= headerRow) return;
    const cells = textCells(row);
    const shown = versions ? textCells(versions.getRow(number)) : [];
    for (const [c, year] of yearColumns) {
      if ((cells[c] ?? '').trim() !== '') records.push({ row: number, cells: [cells[0], cells[1], cells[2], year, cells[c], shown[c] ?? ''] });
    }
  });
  return records;
}

function findHeader(sheet: ExcelJS.Worksheet): number | undefined {
  for (let r = 1; r <= Math.min(5, sheet.rowCount); r += 1) {
    const cells = textCells(sheet.getRow(r));
    if (fixedHeader.every((h, i) => cells[i] === h) && /^\d{4}$/.test(cells[fixedHeader.length] ?? '')) return r;
  }
  return undefined;
}

function textCells(row: ExcelJS.Row): string[] {
  const cells: string[] = [];
  for (let c = 1; c <= row.cellCount; c += 1) cells.push(row.getCell(c).text?.trim() ?? '');
  return cells;
}
