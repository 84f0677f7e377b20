import type { DocumentIssue, SourceLine, SourceTable } from '../domain/index.ts';
import { cellText, createGrid, filledOn, fullWidthText, type Grid, lineOfRow } from './source-table-grid.ts';
import { piecedGroups } from './source-table-groups.ts';
import { continuesAcrossPage } from './source-table-split-rows.ts';
import { type GridHeader, readGridHeader, rowKey } from './source-table-header.ts';
import { readNotes, type RowCells } from './table-body.ts';
import { type ColumnRole, isHeaderCell } from './table-header.ts';
import { type Cell, isNoteStart } from './table-lines.ts';

/** A grid read as an indicator table: what readRows consumes, and where the table and its notes end. */
export interface GridBody {
  readonly header: GridHeader;
  /** roles for readRows: groups are given as heading rows (a name alone), so no column is the category */
  readonly roles: readonly ColumnRole[];
  readonly rows: RowCells[];
  readonly notes: readonly Cell[];
  /** index (into the lines) of the first line after the table and its notes */
  readonly end: number;
  readonly issues: DocumentIssue[];
  /** the group of the last row (a table continued on the next page starts in it) */
  readonly lastGroup: string | null;
}

/** Columns whose merged cell (预期性 or % over several rows) belongs to every row it covers. */
const SHARED_ROLES: ReadonlySet<ColumnRole> = new Set(['unit', 'attribute', 'baseline', 'target', 'actual', 'annual', 'other']);

/**
 * Reads a table whose grid the reader knew (Word, HTML, ruled PDF). The header is its top rows; a
 * group cell merged over rows is the group of each of them and a row of one cell across the table
 * is a group heading; the header repeated further down (a page break in an exported file) is
 * skipped; notes (注：…) inside the last rows or after the table are read. Undefined when the header
 * is not an indicator table's.
 */
export function readSourceTable(
  lines: readonly SourceLine[], table: SourceTable, above: Partial<Carried> = {}, periodEnd: number | null = null,
): GridBody | undefined {
  const grid = createGrid(table);
  const header = readGridHeader(grid, periodEnd) ?? continuedHeader(grid, above.header);
  if (!header) return undefined;
  const categoryAt = header.roles.indexOf('category');
  const nameAt = header.roles.indexOf('name');
  const rows: RowCells[] = [];
  const notes: Cell[] = [];
  const issues: DocumentIssue[] = [];
  // a full-width row is a section's group; a group cell (merged or not) a group until the next one
  const pieced = piecedGroups(grid, bodyRows(grid, header), categoryAt, above.group ?? null);
  let heading = above.group ?? null;
  let category: string | null = null;
  let emitted: string | null = null;
  const pageOf = (line: number) => lines[indexOfLine(lines, line)]?.position.page ?? null;
  for (let r = header.bodyStart; r < grid.rowCount; r++) {
    const across = fullWidthText(grid, r);
    if (filledOn(grid, r).length === 0 || isRepeatedHeader(grid, r, header)) continue;
    if (across !== undefined && isNoteStart(across)) notes.push({ text: across, line: lineOfRow(grid, r) });
    if (across !== undefined) {
      if (!isNoteStart(across)) [heading, category] = [across, null];
      continue;
    }
    const printedGroup = groupCell(grid, r, categoryAt);
    if (mergedFromRepeatedHeader(grid, r, categoryAt, header)) issues.push(groupFromHeader(grid, r));
    else category = pieced ? pieced.get(r) ?? null : printedGroup || category;
    const group = category ?? heading;
    const row = rowCells(grid, r, header.roles);
    const numbered = numberAsGroup(row, header.roles, printedGroup);
    if (numbered) issues.push(numbered);
    const last = rows.at(-1);
    if (group === emitted && continuesAcrossPage(row, last, nameAt, categoryAt, pageOf)) {
      rows[rows.length - 1] = last!.map((cell, c) => (c === nameAt ? { ...cell, text: cell.text + row[nameAt].text } : cell));
      continue;
    }
    if (group !== null && group !== emitted) rows.push(headingRow(header.roles, nameAt, group, lineOfRow(grid, r)));
    emitted = group ?? emitted;
    if (row[nameAt].text === '' && row.some((cell, c) => c !== categoryAt && cell.text !== '')) issues.push(unnamedRow(row));
    rows.push(categoryAt >= 0 ? row.map((cell, c) => (c === categoryAt ? { ...cell, text: '' } : cell)) : row);
  }
  const after = readNotes(lines, indexOfLine(lines, table.lastLine) + 1);
  const roles = header.roles.map((role) => (role === 'category' ? 'other' : role));
  return { header, roles, rows, notes: [...notes, ...after.notes], end: after.end, issues, lastGroup: emitted };
}

/** The body's rows as the loop above reads them: data rows, and null for a row across the table (a group heading). */
function bodyRows(grid: Grid, header: GridHeader): (number | null)[] {
  const rows: (number | null)[] = [];
  for (let r = header.bodyStart; r < grid.rowCount; r++) {
    if (filledOn(grid, r).length === 0 || isRepeatedHeader(grid, r, header)) continue;
    const across = fullWidthText(grid, r);
    if (across === undefined) rows.push(r);
    else if (!isNoteStart(across)) rows.push(null);
  }
  return rows;
}

/** What a table continued from the page before takes from it. */
export interface Carried {
  /** the header of the table above, for a part printed without one */
  readonly header: GridHeader;
  /** the group of its last row, for rows printed before any group label */
  readonly group: string | null;
}

/** A part of a table printed without its header (a ruled PDF table on its next page) reads under the header above. */
function continuedHeader(grid: Grid, header: GridHeader | undefined): GridHeader | undefined {
  return header && header.texts.length === grid.columnCount ? { ...header, bodyStart: 0, titles: [] } : undefined;
}

/** One text per column: a cell merged down from a row above counts for this row too (but a name or number does not). */
function rowCells(grid: Grid, row: number, roles: readonly ColumnRole[]): RowCells {
  const line = lineOfRow(grid, row);
  return roles.map((role, column) => {
    const cell = grid.at(row, column);
    if (!cell || cell.column !== column) return { text: '', line };
    if (cell.row === row || SHARED_ROLES.has(role)) return { text: cellText(cell), line: cell.line };
    return { text: '', line };
  });
}

/** A row holding only a group's name: readRows gives it as the group of the rows below. */
const headingRow = (roles: readonly ColumnRole[], nameAt: number, group: string, line: number): RowCells =>
  roles.map((_, c) => ({ text: c === nameAt ? group : '', line }));

/** The group cell covering a row, white space removed ('' when empty or the table has no group column). */
const groupCell = (grid: Grid, row: number, categoryAt: number): string =>
  (categoryAt >= 0 ? cellText(grid.at(row, categoryAt)).replace(/\s+/g, '') : '');

/**
 * The header printed again further down (a page break in an exported file): a row equal to a header
 * row, or one whose cells are header cells, at least two of them as printed in the header above them.
 */
function isRepeatedHeader(grid: Grid, row: number, header: GridHeader): boolean {
  const key = rowKey(grid, row);
  if (header.rowKeys.includes(key)) return true;
  const printed = new Set(header.rowKeys.flatMap((k) => k.split('|')));
  const cells = key.split('|');
  const repeated = cells.filter((cell) => printed.has(cell)).length;
  return repeated >= 2 && filledOn(grid, row).every((cell) => isHeaderCell(cellText(cell)));
}

/**
 * Whether the row's group cell is merged down from a header printed again after a page break: Word
 * leaves a group cell merged (vMerge continue) under the repeated 类别, which would make 类别 the group.
 */
function mergedFromRepeatedHeader(grid: Grid, row: number, categoryAt: number, header: GridHeader): boolean {
  const cell = categoryAt >= 0 ? grid.at(row, categoryAt) : undefined;
  return cell !== undefined && cell.row < row && cell.row >= header.bodyStart && isRepeatedHeader(grid, cell.row, header);
}

function groupFromHeader(grid: Grid, row: number): DocumentIssue {
  const line = lineOfRow(grid, row);
  const excerpt = filledOn(grid, row).map(cellText).join(' | ');
  return {
    code: 'table-row-doubt', severity: 'warning', line, excerpt,
    message: `第 ${line} 行：表格行的类别单元格与分页后重复的表头合并，无法确定所属类别，暂按上一行的类别读入；请对照原文件核对`,
  };
}

function indexOfLine(lines: readonly SourceLine[], line: number): number {
  if (lines[line - 1]?.line === line) return line - 1;
  const found = lines.findIndex((l) => l.line === line);
  return found >= 0 ? found : lines.length - 1;
}

/**
 * A group cell holding a bare row number while the row's 序号 cell is empty: the number was pushed into the
 * group column (a ruled PDF whose page turn left a column line undrawn), so the row's group and number are
 * in doubt.
 */
function numberAsGroup(row: RowCells, roles: readonly ColumnRole[], group: string): DocumentIssue | undefined {
  const seqAt = roles.indexOf('seq');
  if (seqAt < 0 || !/^\d{1,3}$/.test(group) || row[seqAt].text !== '') return undefined;
  const line = row.find((cell) => cell.text !== '')?.line ?? row[0].line;
  return {
    code: 'table-row-doubt', severity: 'warning', line, excerpt: row.map((cell) => cell.text).join(' | '),
    message: `第 ${line} 行：类别一格是数字“${group}”而序号一格是空的，序号可能落进了类别列；请对照原文件核对这一行`,
  };
}

function unnamedRow(row: RowCells): DocumentIssue {
  const excerpt = row.map((cell) => cell.text).join(' | ');
  const line = row.find((cell) => cell.text !== '')?.line ?? row[0].line;
  return {
    code: 'table-row-unnamed', severity: 'warning', line, excerpt,
    message: `第 ${line} 行：表格行有数值但指标名称一格是空的，未读入；请检查该行是否与上一行合并了名称单元格`,
  };
}
