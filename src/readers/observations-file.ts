import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type ExcelJS from 'exceljs';
import { invalidInput, milestoneWords, notFound, parseObservedValue, valueRefusal, type Observation } from '../domain/index.ts';
import { canonicalWording } from '../domain/catalog/index.ts';
import { decodeText } from './decode-text.ts';
import { parseCsv, type RawRecord } from './parse-csv.ts';

export { parseCsv, type RawRecord } from './parse-csv.ts';

/** One readable row of an observations file (observations-csv.md). */
export interface ObservationRow extends Observation {
  /** 1-based row in the file, header included (the line a CSV record starts on) */
  readonly row: number;
  /** a 预计 value that a final one for the same region, indicator and year replaces: keep as history */
  readonly superseded: boolean;
  /** the version of the stored value this row replaces (0: none yet), from a `version` column; null when not given */
  readonly version: number | null;
}

/** A row that cannot be read: where, and why in Chinese. */
export interface RowProblem {
  readonly row: number;
  readonly column: string;
  readonly reason: string;
}

export interface ObservationsFile {
  readonly rows: ObservationRow[];
  readonly problems: RowProblem[];
}

const columns = ['region', 'indicator', 'year', 'value', 'unit', 'source_title', 'source_url', 'quote', 'note', 'version'] as const;
type Column = (typeof columns)[number];
const required: Column[] = ['region', 'indicator', 'year', 'value'];
const headerAliases: Record<string, Column> = {
  地区: 'region', 区域: 'region', 行政区: 'region', 指标: 'indicator', 指标名称: 'indicator', 年份: 'year', 年度: 'year',
  数值: 'value', 值: 'value', 单位: 'unit', 来源: 'source_title', 来源标题: 'source_title', 来源网址: 'source_url',
  链接: 'source_url', 原文: 'quote', 引文: 'quote', 备注: 'note', 说明: 'note', 版本: 'version', 所替换版本: 'version',
};

/**
 * Reads an observations CSV (UTF-8 with or without BOM, or GB18030; RFC 4180) or XLSX (first sheet)
 * and checks each row: required cells, a number or milestone word, a year, shares within 0–100,
 * duplicates (allowed only when one of the two is 预计). Problems are data; only a file that cannot
 * be read at all is refused (AppError).
 */
export async function readObservationsFile(path: string): Promise<ObservationsFile> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw notFound(`找不到观测数据文件 ${path}，请检查路径`);
    throw invalidInput(`无法读取观测数据文件 ${path}（${error.code ?? error.message}）`);
  });
  const records = extname(path).toLowerCase() === '.xlsx' ? await xlsxRecords(bytes, basename(path)) : csvRecords(bytes, basename(path));
  return readRecords(records);
}

function csvRecords(bytes: Uint8Array, file: string): RawRecord[] {
  const decoded = decodeText(bytes);
  if (!decoded) throw invalidInput(`${file} 不是文本 CSV 文件；请另存为 CSV（UTF-8 或 GB18030）或 XLSX`);
  return parseCsv(decoded.text);
}

async function xlsxRecords(bytes: Uint8Array, file: string): Promise<RawRecord[]> {
  // loaded when a workbook is read: exceljs would otherwise sit in the server's memory from its start
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (cause) {
    throw invalidInput(`${file} 不是有效的 XLSX 文件（${(cause as Error).message}）；请用 Excel 另存为 .xlsx 或 CSV`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalidInput(`${file} 没有工作表`);
  const records: RawRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) cells.push(cellText(row.getCell(c).value));
    if (cells.some((x) => x.trim() !== '')) records.push({ row: rowNumber, cells });
  });
  return records;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return String(value.getFullYear());
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
  return '';
}

/** Checks records (header first) into rows and located problems. */
export function readRecords(records: readonly RawRecord[]): ObservationsFile {
  if (records.length === 0) return { rows: [], problems: [{ row: 1, column: '', reason: '文件为空：第一行应为表头 region,indicator,year,value,…' }] };
  const [header, ...body] = records;
  const index = headerIndex(header.cells);
  const missing = required.filter((c) => index[c] === undefined);
  if (missing.length) {
    return { rows: [], problems: missing.map((c) => ({ row: header.row, column: c, reason: `缺少必填列 ${c}；表头应含 region,indicator,year,value` })) };
  }
  const rows: ObservationRow[] = [];
  const problems: RowProblem[] = [];
  for (const record of body) {
    const get = (c: Column) => (index[c] === undefined ? '' : (record.cells[index[c]!] ?? '').trim());
    const result = readRow(record.row, get);
    if ('reason' in result) problems.push(result);
    else rows.push(result);
  }
  return markDuplicates(rows, problems);
}

function headerIndex(cells: readonly string[]): Partial<Record<Column, number>> {
  const index: Partial<Record<Column, number>> = {};
  cells.forEach((raw, i) => {
    const name = raw.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '_');
    const column = (columns as readonly string[]).includes(name) ? (name as Column) : headerAliases[name];
    if (column && index[column] === undefined) index[column] = i;
  });
  return index;
}

function readRow(row: number, get: (c: Column) => string): ObservationRow | RowProblem {
  for (const column of required) {
    if (get(column) === '') return { row, column, reason: `${column} 为空，此列必填` };
  }
  const yearText = get('year').normalize('NFKC').replace(/年$/, '');
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!(year >= 1949 && year <= 2100)) return { row, column: 'year', reason: `“${get('year')}”不是年份，应写四位年份如 2021` };
  const value = parseObservedValue(get('value'));
  if (!value) {
    return { row, column: 'value', reason: `“${get('value')}”不是数字，也不是里程碑词（${milestoneWords.join('、')}）` };
  }
  const indicator = get('indicator');
  const unit = get('unit') || null;
  const refusal = value.value === null ? null : valueRefusal({ indicator, unit }, value.value);
  if (refusal) return { row, column: 'value', reason: refusal };
  const versionText = get('version').normalize('NFKC');
  if (versionText !== '' && !/^\d{1,9}$/.test(versionText)) {
    return { row, column: 'version', reason: `“${get('version')}”不是版本号：应为所替换数值的版本（整数，新值填 0），可用 plantrack history 查看` };
  }
  const opt = (c: Column) => get(c) || null;
  return {
    row, region: get('region'), indicator, year, ...value, unit, note: opt('note'),
    sourceTitle: opt('source_title'), sourceUrl: opt('source_url'), quote: opt('quote'), superseded: false,
    version: versionText === '' ? null : Number(versionText),
  };
}

const isPreliminary = (r: ObservationRow) => /预计/.test(r.note ?? '');

/** Same region, indicator and year twice: an error unless exactly one is 预计 (then it is history). */
function markDuplicates(rows: ObservationRow[], problems: RowProblem[]): ObservationsFile {
  const seen = new Map<string, number>();
  const kept: ObservationRow[] = [];
  for (const row of rows) {
    const key = `${row.region.normalize('NFKC').replace(/\s+/g, '')}|${canonicalWording(row.indicator)}|${row.year}`;
    const earlier = seen.get(key);
    if (earlier === undefined) { seen.set(key, kept.length); kept.push(row); continue; }
    const other = kept[earlier];
    if (isPreliminary(other) !== isPreliminary(row)) {
      if (isPreliminary(other)) kept[earlier] = { ...other, superseded: true };
      kept.push(isPreliminary(row) ? { ...row, superseded: true } : row);
    } else {
      problems.push({ row: row.row, column: 'year', reason: `与第 ${other.row} 行重复（同一地区、指标和年份）；请删去一行，或在预计值的 note 列注明“预计”` });
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { rows: kept, problems };
}
