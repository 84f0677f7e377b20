import type { DocumentIssue, SourceLine } from '../domain/index.ts';
import { alignRow, isIssue, readNotes, ROW_NUMBER, type RowCells, type TableBody } from './table-body.ts';
import { isSeqCell, isUnitCell, isValueCell, NUMBERED_NAME } from './table-cell-types.ts';
import { endsRow, groupRow, isGroupRowAt, isNumberedGroupLabel } from './table-group-rows.ts';
import { type ColumnRole, isHeaderCell, readHeader } from './table-header.ts';
import { type Cell, isBlank, isCellPiece, isNoteStart } from './table-lines.ts';
import { chooseStackedHeader } from './table-stacked-header.ts';
import { fitRows } from './table-typed-rows.ts';

interface StackedCell extends Cell {
  /** a blank line stands before it: rows start here */
  readonly afterBlank: boolean;
}

/**
 * One cell per line: each cell on its own line (TAB-indented in Word exports), rows separated by
 * blank lines; an unindented short line continues the cell above it (城镇 / 功能, 经 / 济 / 强).
 * Without TABs every short line is a cell and blank lines separate rows.
 */
export function readStacked(lines: readonly SourceLine[], start: number): TableBody | undefined {
  const indented = lines.slice(start, start + 8).some((l) => l.text.startsWith('\t'));
  const { cells, stop } = readCells(lines, start, indented);
  const most = countHeaderCells(cells);
  const { count: headerCount, header, twoLines } = chooseStackedHeader(cells, most, most >= cells.length || cells[most].afterBlank);
  const roles = readHeader(header)?.roles;
  if (!roles) return undefined;
  const rows: RowCells[] = [];
  const issues: DocumentIssue[] = [];
  for (const part of splitAtGroupRows(cells.slice(headerCount), roles)) {
    if (!Array.isArray(part)) {
      rows.push(groupRow(part, roles));
      continue;
    }
    for (const block of toBlocks(part)) readBlock(block, roles, rows, issues);
  }
  const { notes, end } = readNotes(lines, stop);
  return { header, headerLine: lines[start].line, rows, notes, end, issues, ...(twoLines ? { headerSetAtTop: true } : {}) };
}

function readBlock(block: readonly StackedCell[], roles: readonly ColumnRole[], rows: RowCells[], issues: DocumentIssue[]): void {
  // a block as wide as the header is one whole row; a shorter or longer one lost or joined cells
  const typed = block.length === roles.length ? undefined : fitRows(block, roles, true, '');
  if (typed) {
    rows.push(...typed);
    return;
  }
  for (const chunk of splitBlock(block, roles.length, roles)) {
    const row = alignRow(chunk, roles, chunk[0].line);
    if (isIssue(row)) issues.push(row);
    else rows.push(row);
  }
}

/** The body cut at its full-width group rows (table-group-rows.ts): runs of row cells, and group rows. */
function splitAtGroupRows(body: readonly StackedCell[], roles: readonly ColumnRole[]): Array<StackedCell[] | StackedCell> {
  const parts: Array<StackedCell[] | StackedCell> = [[]];
  body.forEach((cell, i) => {
    const rowStart = cell.afterBlank || endsRow(body, i - 1, roles);
    if (isGroupRowAt(body, i, roles, rowStart)) parts.push(cell, []);
    else (parts.at(-1) as StackedCell[]).push(cell);
  });
  return parts.filter((p) => !Array.isArray(p) || p.length > 0);
}

function readCells(lines: readonly SourceLine[], start: number, indented: boolean): { cells: StackedCell[]; stop: number } {
  const cells: StackedCell[] = [];
  let afterBlank = true;
  let i = start;
  for (; i < lines.length; i++) {
    const { text, line } = lines[i];
    if (isNoteStart(text)) break;
    if (indented && text.startsWith('\t')) {
      cells.push({ text: text.trim(), line, afterBlank });
      afterBlank = false;
    } else if (isBlank(text)) {
      afterBlank = true;
    } else if (indented && cells.length > 0 && isCellPiece(text, 8)) {
      const last = cells.pop()!;
      cells.push({ ...last, text: last.text + text.trim() });
      afterBlank = false;
    } else if (!indented && (isCellPiece(text, 40) || groupRowFollows(lines, i))) {
      cells.push({ text: text.trim(), line, afterBlank });
      afterBlank = false;
    } else break;
  }
  return { cells, stop: i };
}

/**
 * A numbered group label (一、空间底线) reads as a heading; it is a group row of the table when a row
 * starts on the next line: a row number, a numbered name, or a name followed by its unit or a value.
 */
function groupRowFollows(lines: readonly SourceLine[], i: number): boolean {
  if (!isNumberedGroupLabel(lines[i].text)) return false;
  const [next, after] = [lines[i + 1]?.text.trim() ?? '', lines[i + 2]?.text.trim() ?? ''];
  if (isSeqCell(next) || NUMBERED_NAME.test(next)) return true;
  return isCellPiece(next, 40) && (isUnitCell(after) || isValueCell(after));
}

/** Header cells come first; the header ends at the first non-header cell or at a blank line once complete. */
function countHeaderCells(cells: readonly StackedCell[]): number {
  let n = 0;
  while (n < cells.length && isHeaderCell(cells[n].text) && !isNumberedGroupLabel(cells[n].text)) {
    if (n >= 2 && cells[n].afterBlank && readHeader(cells.slice(0, n).map((c) => c.text))) break;
    n++;
  }
  return n;
}

function toBlocks(cells: readonly StackedCell[]): StackedCell[][] {
  const blocks: StackedCell[][] = [];
  for (const cell of cells) {
    if (cell.afterBlank || blocks.length === 0) blocks.push([cell]);
    else blocks.at(-1)!.push(cell);
  }
  return blocks;
}

/**
 * A block holding several rows (no blank lines between them) is cut after each 属性 cell, or before
 * each numbered name (1．…), or every `width` cells.
 */
function splitBlock(block: readonly StackedCell[], width: number, roles: readonly string[]): StackedCell[][] {
  if (block.length <= width) return [[...block]];
  const attributeLast = roles.at(-1) === 'attribute';
  if (!attributeLast && block.filter((c) => ROW_NUMBER.test(c.text)).length >= 2) return splitAtNames(block, width - 1 - roles.indexOf('name'));
  const chunks: StackedCell[][] = [[]];
  for (const cell of block) {
    const current = chunks.at(-1)!;
    current.push(cell);
    const full = attributeLast ? /^(?:预期性|约束性)$/.test(cell.text.replace(/\s/g, '')) : current.length === width;
    if (full) chunks.push([]);
  }
  return chunks.filter((c) => c.length > 0);
}

/**
 * Rows start at numbered names. After a name come its `values` cells; cells beyond them, before the
 * next name, are pieces of the next row's group (城市 / 功能). Fewer cells mean dropped empty ones.
 */
function splitAtNames(block: readonly StackedCell[], values: number): StackedCell[][] {
  const rows: StackedCell[][] = [];
  let lead: StackedCell[] = [];
  let current: StackedCell[] | undefined;
  let nameAt = 0;
  const close = () => {
    if (!current) return;
    const after = current.length - nameAt - 1;
    const spill = Math.max(0, after - values);
    rows.push(current.slice(0, current.length - spill));
    lead = current.slice(current.length - spill);
  };
  for (const cell of block) {
    if (ROW_NUMBER.test(cell.text)) {
      close();
      current = [...lead, cell];
      nameAt = lead.length;
      lead = [];
    } else if (current) current.push(cell);
    else lead.push(cell);
  }
  close();
  return rows;
}
