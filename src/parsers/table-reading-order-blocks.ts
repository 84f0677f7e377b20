import type { SourceLine } from '../domain/index.ts';
import type { RowCells } from './table-body.ts';
import {
  isAttributeCell, isDashCell, isOutcomeWords, isUnitCell, isValueCell, joinValuePieces,
} from './table-cell-types.ts';
import type { ColumnRole } from './table-header.ts';
import { type Cell, fold } from './table-lines.ts';
import { headerPieces, isHeaderPiece, namesColumn, roleOfPieces } from './table-reading-order-header.ts';
import { placeCost } from './table-reading-order-row.ts';

/**
 * `pdftotext` without -layout reads a narrow column of a ruled table as a flow of its own: its header
 * cell and the cells below it print together, one a line, with no blank line between (2015 / 年 / 2160 /
 * 42.1 / 58.7, 指标属性 / 预期性 / 预期性), before the rows, among them or after the next heading. Such a
 * headed block says which column its cells are (the header cell names it) and that they are that
 * column's cells for rows one below the other: taken out, the rows are read without that column, and
 * the block's cells go back, in order, to the rows left empty there — when they are exactly as many.
 */

/** Two cells under a header cell already make a column: a lone cell may be a row's. */
const MIN_CELLS = 2;
/** A header cell wraps over three lines at most (2025 / 年目 / 标). */
const MAX_HEAD_LINES = 3;
const YEAR = /(?:19|20)\d\d/;
const VALUE_ROLES = new Set<ColumnRole>(['baseline', 'target', 'actual', 'annual', 'growth']);

export interface HeadedBlock {
  /** the header cell's pieces */
  readonly pieces: readonly string[];
  /** the column's cells, for rows one below the other */
  readonly cells: readonly Cell[];
}

/** A printed line and its index among the document's lines: consecutive indices are one block. */
interface IndexedLine extends SourceLine {
  readonly index: number;
}

type Kind = 'value' | 'attribute' | 'unit';

/** The lines without the cells of the headed blocks in lines[0, stop) (their header pieces stay), and those blocks. */
export function takeHeadedBlocks<T extends IndexedLine>(
  lines: readonly T[], stop: number,
): { lines: T[]; blocks: HeadedBlock[] } | undefined {
  const kept: T[] = [];
  const blocks: HeadedBlock[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i + 1;
    while (j < lines.length && lines[j].index === lines[j - 1].index + 1) j++;
    const found = i < stop ? headedBlock(lines.slice(i, Math.min(j, stop))) : undefined;
    if (found) {
      kept.push(...lines.slice(i, i + found.headLines), ...lines.slice(Math.min(j, stop), j));
      blocks.push(found.block);
    } else kept.push(...lines.slice(i, j));
    i = j;
  }
  return blocks.length > 0 ? { lines: kept, blocks } : undefined;
}

/** A run of lines: one header cell (pieces, one naming a column), then that column's cells only. */
function headedBlock(run: readonly SourceLine[]): { headLines: number; block: HeadedBlock } | undefined {
  for (let h = 1; h <= MAX_HEAD_LINES && run.length - h >= MIN_CELLS; h++) {
    const pieces = run.slice(0, h).flatMap((l) => headerPieces(l.text));
    if (!pieces.every(isHeaderPiece) || pieces.filter(namesColumn).length > 1) return undefined;
    const kind = kindOf(pieces);
    if (!kind) continue;
    const cells = run.slice(h).map(cellOf);
    if (cells.every((c) => c && fits(kind, c.text))) return { headLines: h, block: { pieces, cells: cells as Cell[] } };
  }
  return undefined;
}

function kindOf(pieces: readonly string[]): Kind | undefined {
  const role = roleOfPieces(pieces);
  if (role === 'attribute' || role === 'unit') return role;
  if (role ? VALUE_ROLES.has(role) : YEAR.test(fold(pieces.join('')))) return 'value';
  return undefined;
}

function cellOf(line: SourceLine): Cell | undefined {
  const tokens = joinValuePieces(line.text.trim().split(/\s+/));
  return tokens.length === 1 ? { text: tokens[0], line: line.line } : undefined;
}

function fits(kind: Kind, text: string): boolean {
  if (kind === 'attribute') return isAttributeCell(text);
  if (kind === 'unit') return isUnitCell(text) || isDashCell(text);
  return isValueCell(text) || isDashCell(text) || isOutcomeWords(text);
}

/** The column a block's header cell names: by its word, or a bare year by the column of that year. */
export function columnOfBlock(block: HeadedBlock, header: readonly string[], roles: readonly ColumnRole[]): number {
  const role = roleOfPieces(block.pieces);
  if (role === 'growth') return roles.findIndex((r) => r === 'growth' || r === 'annual');
  if (role) return roles.indexOf(role);
  const year = YEAR.exec(fold(block.pieces.join('')))?.[0];
  return year ? header.findIndex((word, j) => VALUE_ROLES.has(roles[j]) && word.includes(year)) : -1;
}

/**
 * The rows with each block's cells set, in order, in the rows empty in its column; undefined unless
 * every column's blocks hold exactly as many cells as its empty places.
 */
export function fillBlocks(
  rows: readonly RowCells[], roles: readonly ColumnRole[], header: readonly string[], blocks: readonly HeadedBlock[],
): { rows: RowCells[]; cost: number } | undefined {
  const byColumn = new Map<number, Cell[]>();
  for (const block of blocks) {
    const j = columnOfBlock(block, header, roles);
    if (j < 0) return undefined;
    byColumn.set(j, [...(byColumn.get(j) ?? []), ...block.cells]);
  }
  const out = rows.map((row) => [...row]);
  let cost = 0;
  for (const [j, cells] of byColumn) {
    const empty = out.flatMap((row, r) => (row[j]?.text ? [] : [r]));
    if (empty.length !== cells.length) return undefined;
    empty.forEach((r, k) => (out[r][j] = cells[k]));
    cost += cells.reduce((sum, cell) => sum + placeCost(roles[j], cell.text), 0);
  }
  return { rows: out, cost };
}
