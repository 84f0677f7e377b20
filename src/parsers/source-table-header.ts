import type { TableKind } from '../domain/index.ts';
import { parseValue } from './parse-value.ts';
import { cellText, filledOn, fullWidthText, type Grid } from './source-table-grid.ts';
import { type ColumnRole, guessRole, isHeaderCell, readHeader, yearOf } from './table-header.ts';
import { fold } from './table-lines.ts';
import { targetOfPeriod } from './table-period-target.ts';
import { groupWordMakesTargets } from './table-spanned-header.ts';

/** The header a grid's top rows make, merged per column, with each column's role. */
export interface GridHeader {
  /** one text per column: the header cells above it, top to bottom (“十四五”目标 + 2025年) */
  readonly texts: readonly string[];
  readonly roles: readonly ColumnRole[];
  readonly kind: TableKind;
  /** the first row after the header */
  readonly bodyStart: number;
  /** the header rows as printed (fold-compared to find the header repeated further down) */
  readonly rowKeys: readonly string[];
  /** full-width rows above the header (a title or 单位：… printed inside the table) */
  readonly titles: readonly string[];
}

/** Header rows beyond this many are taken to be data (real plans print one to three). */
const MAX_HEADER_ROWS = 4;
/** A lower header cell under a spanned one (一级 under 指标) is a short label: longer text is data. */
const SUB_HEADER_CHARS = 12;

/**
 * The top rows made of header-like cells are the header: a cell naming a column (类别, 指标, 2020年,
 * 年均增长, 属性 …), or, below a header cell spanning several columns, a short label (一级 | 二级
 * under 指标). Each column's header is its cells top to bottom; roles come from readHeader.
 * Undefined when the header does not read as an indicator table's.
 */
export function readGridHeader(grid: Grid, periodEnd: number | null = null): GridHeader | undefined {
  const titles: string[] = [];
  let top = 0;
  for (; top < grid.rowCount && top < MAX_HEADER_ROWS; top++) {
    const title = fullWidthText(grid, top);
    if (title === undefined) break;
    titles.push(title);
  }
  let end = top;
  while (end < grid.rowCount && end - top < MAX_HEADER_ROWS && isHeaderRow(grid, end, top)) end++;
  if (end === top) return undefined;
  const texts = Array.from({ length: grid.columnCount }, (_, c) => columnHeader(grid, c, top, end));
  const own = texts.map((_, c) => columnHeader(grid, c, top, end, false));
  const header = readHeader(groupWordMakesTargets(texts, own) ? own : texts);
  if (!header) return undefined;
  const roles = targetOfPeriod(texts, settlePeriods(texts, header.roles), periodEnd);
  const kind = roles === header.roles ? header.kind : kindOf(roles);
  const rowKeys = Array.from({ length: end - top }, (_, k) => rowKey(grid, top + k));
  return { texts, roles, kind, bodyStart: end, rowKeys, titles };
}

/** The row's filled cells as one comparable text (a header repeated after a page break matches it). */
export const rowKey = (grid: Grid, row: number): string =>
  filledOn(grid, row).map((cell) => `${cell.column}:${fold(cellText(cell))}`).join('|');

function isHeaderRow(grid: Grid, row: number, top: number): boolean {
  const filled = filledOn(grid, row);
  if (fullWidthText(grid, row) !== undefined || filled.length === 0) return false;
  const named = filled.filter((cell) => isHeaderCell(cellText(cell)));
  // the first row may hold a column no role names (责任单位, 备注说明): it only must not hold data
  if (row === top) return named.length >= 2 && filled.every((cell) => named.includes(cell) || isLabel(cellText(cell)));
  return filled.every((cell) => named.includes(cell) || isSubHeader(grid, cell.column, cellText(cell), row, top));
}

/** A short text that is no value and no numbered name: a column's label. */
const isLabel = (text: string): boolean =>
  text.length <= SUB_HEADER_CHARS && parseValue(text).value === null && !/^\s*[0-9０-９]+\s*[.．、]/.test(text);

function isSubHeader(grid: Grid, column: number, text: string, row: number, top: number): boolean {
  if (!isLabel(text)) return false;
  for (let r = top; r < row; r++) {
    const above = grid.at(r, column);
    if (above && above.row === r && above.colspan > 1) return true;
  }
  return false;
}

/**
 * A column's header cells top to bottom. A cell spanning columns heads each of them only where
 * labels stand below it (“十四五”目标 over 2025年 | 年均增长); with nothing below, its first column.
 */
function columnHeader(grid: Grid, column: number, top: number, end: number, groups = true): string {
  let text = '';
  for (let r = top; r < end; r++) {
    const cell = grid.at(r, column);
    if (!cell || (cell.row !== r && r !== top)) continue;
    const below = labelBelow(grid, column, r + cell.rowspan, end);
    if (cell.colspan > 1 && below && !groups) continue;
    if (column === cell.column || below) text += cellText(cell);
  }
  return text;
}

function labelBelow(grid: Grid, column: number, from: number, end: number): boolean {
  for (let r = from; r < end; r++) {
    const cell = grid.at(r, column);
    if (cell && cell.row === r && cellText(cell) !== '') return true;
  }
  return false;
}

const VALUE_ROLES: readonly ColumnRole[] = ['target', 'baseline', 'actual', 'annual'];

/**
 * “十三五”规划 (目标 | 完成情况) beside “十四五” (2025年): the target is the latest period's; an earlier
 * period's target is not this plan's, and what that period achieved is the baseline.
 */
function settlePeriods(texts: readonly string[], roles: readonly ColumnRole[]): readonly ColumnRole[] {
  const years = texts.map((text, c) => (VALUE_ROLES.includes(roles[c]) || roles[c] === 'other' ? yearOf(text) : undefined));
  const known = years.filter((y): y is number => y !== undefined);
  if (known.length === 0) return roles;
  const latest = Math.max(...known);
  const targetAt = roles.indexOf('target');
  const latestAt = years.findIndex((y, c) => y === latest && (roles[c] === 'baseline' || roles[c] === 'other'));
  if (targetAt < 0 || years[targetAt] === undefined || years[targetAt]! >= latest || latestAt < 0) return roles;
  const settled = [...roles];
  settled[targetAt] = 'other';
  settled[latestAt] = 'target';
  settled.forEach((role, c) => {
    if (role === 'actual' && (years[c] ?? latest) < latest && !settled.includes('baseline')) settled[c] = 'baseline';
  });
  return settled;
}

const kindOf = (roles: readonly ColumnRole[]): TableKind =>
  roles.includes('actual') ? 'completion' : roles.includes('target') ? 'targets' : 'other';
