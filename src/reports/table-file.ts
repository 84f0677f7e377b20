import ExcelJS from 'exceljs';

/**
 * How a column's cells are typed: text stays text; the others are numbers in the file (a real
 * numeric cell in XLSX, a bare number in CSV). `percent` holds a ratio (0.184) shown as 18.4 %.
 * `value` is an observed value: a number, or text where none is meant (<4, 建成).
 */
export type ColumnKind = 'text' | 'integer' | 'year' | 'number' | 'percent' | 'value';

export interface TableColumn {
  readonly header: string;
  readonly kind: ColumnKind;
  /** width in characters (Excel's unit); a default from the kind when missing */
  readonly width?: number;
}

export type TableCell = string | number | null;

/** A table the web shows, as it goes into a CSV or an XLSX sheet. */
export interface TableFile {
  /** the sheet's name (at most 31 characters in Excel) */
  readonly name: string;
  readonly columns: readonly TableColumn[];
  readonly rows: ReadonlyArray<readonly TableCell[]>;
  /** lines printed under the table in the sheet (sources, method); never in the CSV */
  readonly notes?: readonly string[];
}

const headerFill = 'FF1F4E78';
const defaultWidth: Record<ColumnKind, number> = { text: 16, integer: 8, year: 8, number: 12, percent: 10, value: 12 };

/** RFC 4180 CSV with a BOM (Excel opens it as UTF-8) and CRLF line ends; numbers unformatted. */
export function renderTableCsv(table: TableFile): string {
  const lines = [table.columns.map((c) => c.header), ...table.rows.map((row) => table.columns.map((_, i) => row[i] ?? null))];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(cell: TableCell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One workbook, a sheet per table. */
export async function renderTableXlsx(tables: readonly TableFile[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PlanTrack 规划监测';
  for (const table of tables) addTableSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A sheet with the header bold on a dark fill, frozen and filterable, numbers as numeric cells with
 * a format showing the decimals the column actually has (so 65.4945 is not shown as 65.49).
 */
export function addTableSheet(workbook: ExcelJS.Workbook, table: TableFile): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName(table.name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c, i) => ({ header: c.header, width: c.width ?? defaultWidth[c.kind], style: { numFmt: numberFormat(c, table.rows.map((r) => r[i] ?? null)) } }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => { cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: headerFill } }; });
  for (const row of table.rows) sheet.addRow(table.columns.map((c, i) => typedCell(c.kind, row[i] ?? null))).alignment = { vertical: 'top', wrapText: true };
  if (table.rows.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + table.rows.length, column: table.columns.length } };
  if (table.notes?.length) sheet.addRow([]);
  for (const note of table.notes ?? []) sheet.addRow([note]);
  return sheet;
}

/** A number column never holds text: a stray string (a printed "—") becomes an empty cell. */
function typedCell(kind: ColumnKind, cell: TableCell): TableCell {
  if (kind === 'text') return cell === null ? null : String(cell);
  if (kind === 'value' && typeof cell === 'string') return cell;
  return typeof cell === 'number' && Number.isFinite(cell) ? cell : null;
}

function numberFormat(column: TableColumn, cells: readonly TableCell[]): string | undefined {
  if (column.kind === 'text') return '@';
  if (column.kind === 'year') return '0';
  if (column.kind === 'integer') return '#,##0';
  const decimals = Math.max(0, ...cells.map((c) => (typeof c === 'number' ? decimalsOf(column.kind === 'percent' ? c * 100 : c) : 0)));
  const places = Math.min(decimals, 4);
  const base = places ? `#,##0.${'0'.repeat(places)}` : '#,##0';
  return column.kind === 'percent' ? `${base.replace('#,##', '')}%` : base;
}

const decimalsOf = (x: number): number => {
  const text = String(Number(x.toPrecision(12)));
  return text.includes('e') ? 4 : (text.split('.')[1]?.length ?? 0);
};

/** Excel refuses sheet names longer than 31 characters or with []:*?/\ in them. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
