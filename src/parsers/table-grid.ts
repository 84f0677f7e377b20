import type { DocumentIssue, SourceLine } from '../domain/index.ts';
import { parseValue } from './parse-value.ts';
import { alignRow, isIssue, readNotes, ROW_NUMBER, type RowCells, type TableBody } from './table-body.ts';
import { isHeaderLine, readGridHeader } from './table-grid-header.ts';
import { readHeader } from './table-header.ts';
import { TABLE_LABEL } from './table-label.ts';
import { isValuelessRow } from './table-valueless-rows.ts';
import { type Cell, isBlank, isCellPiece, isHeading, isNoteStart, splitCells } from './table-lines.ts';
import {
  leanOf, namePieceRun, type NameWidth, ownersOfPieces, type PieceLean, type PieceOwners, rowName, tableLean, widestName,
} from './table-wrapped-names.ts';

/**
 * Grid layout: a whole row on one line, cells split by TABs (docx/html/pdf readers, or spaces from
 * a PDF's layout text). A line holding one short piece continues the group or the name above it.
 */
export function readGrid(lines: readonly SourceLine[], start: number, separator: 'tab' | 'spaces', above = ''): TableBody | undefined {
  const { header, next } = readGridHeader(lines, start, separator, above);
  const roles = readHeader(header)?.roles;
  if (!roles) return undefined;
  let i = next;
  const rows: RowCells[] = [];
  const issues: DocumentIssue[] = [];
  let pending: Cell | undefined;
  const nameAt = roles.indexOf('name');
  const width = widestName(lines, next, nameAt);
  let lean = separator === 'tab' ? tableLean(lines, next, nameAt, width, isNamePieceLine) : undefined;
  let undecidedUntil = -1;
  for (; i < lines.length; i++) {
    const { text, line } = lines[i];
    if (isBlank(text)) continue;
    if (isNoteStart(text)) break;
    if (isPageFurniture(text) || (isHeaderLine(text, separator) && splitCells(text, separator).filter(Boolean).length >= 2)) continue;
    const cells = splitCells(text, separator).map((t) => ({ text: t, line }));
    const filled = cells.filter((c) => c.text !== '');
    if ((BOX_OR_CHAPTER.test(text.trim()) || TABLE_LABEL.test(text.trim())) && filled.length < 3) break;
    // a run the widths cannot tell is read line by line below (and not looked at again from its next line)
    const run = separator === 'tab' && i >= undecidedUntil ? readNamePieces(lines, i, rows, roles, width, lean) : undefined;
    if (run && !run.owners) undecidedUntil = run.next;
    const wrapped = run?.owners;
    if (run && wrapped) {
      lean = leanOf(wrapped, lean);
      const last = wrapped.above.length ? rows.pop()! : undefined;
      if (last) rows.push(withCell(last, nameAt, last[nameAt].text + joinText(wrapped.above)));
      if (wrapped.below.length) pending = { text: joinText(wrapped.below), line: wrapped.below[0].line };
      i = run.next - 1;
      continue;
    }
    if (isGroupHeading(filled, text, rows.at(-1), roles)) {
      rows.push(roles.map((role) => ({ text: role === 'name' ? filled[0].text : '', line })));
      continue;
    }
    if (isHeading(text) && filled.length < 3) break;
    if (rows.length > 0 && isContinuation(filled, text) && !isValuelessRow(cells, roles)) {
      if (leadsNextRow(filled, cells, roles, rows.at(-1)!, lines[nextText(lines, i)]?.text, separator)) pending = filled[0];
      else rows.push(...placePieces(rows.pop()!, filled, cells.indexOf(filled[0]), roles));
    } else if (filled.length >= 2 || (filled.length === 1 && ROW_NUMBER.test(filled[0].text))) {
      const row = alignRow(cells, roles, line);
      if (isIssue(row)) issues.push(row);
      else rows.push(pending ? withLeadingName(row, pending, roles.indexOf('name')) : row);
      pending = undefined;
    } else break;
  }
  const { notes, end } = readNotes(lines, i);
  return { header, headerLine: lines[start].line, rows: mergeSpilledRows(rows, roles), notes, end, issues };
}

/** A 专栏 title or a 章/节 heading ends a table; 一、经济发展 may still be a group heading row. */
const BOX_OR_CHAPTER = /^(?:[【\[]?专栏|第[一二三四五六七八九十百零〇\d]+\s*(?:[篇章节]|部分))/;

/** The caption of the next table (表2-2 …) ends this one; 表6（续） is page furniture, skipped above. */

/** Where a PDF table crosses a page: a page number (— 12 —) or the caption repeated with （续）. */
function isPageFurniture(text: string): boolean {
  const trimmed = text.trim();
  return /^[-—–]\s*\d{1,4}\s*[-—–]$/.test(trimmed) || (/^表/.test(trimmed) && /[（(]续[)）]\s*$/.test(trimmed));
}

/** 经济发展 on a row of its own, in a table without a group column: the group of the rows below. */
function isGroupHeading(filled: readonly Cell[], text: string, last: RowCells | undefined, roles: readonly string[]): boolean {
  if (roles.includes('category') || filled.length !== 1 || ROW_NUMBER.test(filled[0].text)) return false;
  const piece = filled[0].text;
  if (piece.length > 16 || /[。；;，,]/.test(piece) || /^第.+[章节篇]/.test(piece) || isNoteStart(piece)) return false;
  if (parseValue(filled[0].text).value !== null) return false;
  if (!last) return true;
  const nameAt = roles.indexOf('name');
  const lastHasValues = last.some((c, k) => k !== nameAt && c.text !== '');
  return lastHasValues && !/[（()）%\d]/.test(piece) && !/[（(][^）)]*$/.test(last[nameAt].text);
}

/** One or two short pieces with no value among them, not a numbered name: the rest of cells printed above. */
function isContinuation(filled: readonly Cell[], text: string): boolean {
  if (filled.length === 0 || filled.length > 2 || !isCellPiece(text.replace(/\s+/g, ' '), 30)) return false;
  if (ROW_NUMBER.test(filled[0].text)) return false;
  return filled.every((c) => { const v = parseValue(c.text); return v.value === null && v.text !== null && !/^(?:预期性|约束性)$/.test(v.text); });
}

/**
 * Pieces under a row: two pieces are the group's and the name's; a lone piece continues the name when it
 * looks like one (a bracket, a digit, an open bracket above, the name column) and the group otherwise.
 */
function placePieces(last: RowCells, pieces: readonly Cell[], index: number, roles: readonly string[]): RowCells[] {
  const nameAt = roles.indexOf('name');
  const categoryAt = roles.indexOf('category');
  const appendName = (row: RowCells, piece: Cell) => withCell(row, nameAt, row[nameAt].text + piece.text);
  const groupRow = (piece: Cell) => roles.map((_, k) => ({ text: k === categoryAt ? piece.text : '', line: piece.line }));
  if (pieces.length === 2 && categoryAt >= 0) return [appendName(last, pieces[1]), groupRow(pieces[0])];
  const piece = pieces[0];
  // 万元/ above 人 in the unit (or another value) column: the rest of that cell
  if (index !== nameAt && index !== categoryAt && index >= 0 && index < roles.length && last[index].text) {
    return [withCell(last, index, last[index].text + piece.text)];
  }
  const openBracket = /[（(][^）)]*$/.test(last[nameAt].text);
  const nameLike = index === nameAt || openBracket || /[（()）%\d]/.test(piece.text) || categoryAt < 0;
  return nameLike ? [appendName(last, piece)] : [last, groupRow(piece)];
}

/**
 * A name piece alone on its line, just above a row whose name cell is filled, starts that row's name
 * (a PDF centres a row's values on its second line) — unless it closes a bracket left open above or
 * holds a bracket itself (人）, （%）, 量（件）: those end the name above).
 */
function leadsNextRow(filled: readonly Cell[], cells: readonly Cell[], roles: readonly string[], last: RowCells,
  next: string | undefined, separator: 'tab' | 'spaces'): boolean {
  const nameAt = roles.indexOf('name');
  if (filled.length !== 1 || cells.indexOf(filled[0]) !== nameAt || next === undefined || /[（()）\[\]【】]/.test(filled[0].text)) return false;
  if (/[（(][^）)]*$/.test(last[nameAt].text)) return false;
  const below = splitCells(next, separator);
  const values = below.filter((c, k) => k !== nameAt && c !== '' && parseValue(c).value !== null).length;
  return values > 0 && (below[nameAt] ?? '') !== '' && !ROW_NUMBER.test(below[nameAt]);
}

function previousText(lines: readonly SourceLine[], i: number): number {
  let k = i - 1;
  while (k > 0 && isBlank(lines[k].text)) k--;
  return k;
}

function nextText(lines: readonly SourceLine[], i: number): number {
  let k = i + 1;
  while (k < lines.length && isBlank(lines[k].text)) k++;
  return k;
}

/** A run of name-only lines whose widths tell which row each piece belongs to (table-wrapped-names.ts). */
function readNamePieces(lines: readonly SourceLine[], i: number, rows: readonly RowCells[], roles: readonly string[],
  width: NameWidth, lean: PieceLean | undefined): { owners: PieceOwners | undefined; next: number } | undefined {
  const nameAt = roles.indexOf('name');
  const run = namePieceRun(lines, i, nameAt, isNamePieceLine);
  if (run.pieces.length === 0) return undefined;
  const belowName = rowName(lines[run.next]?.text, nameAt);
  // the name's last printed piece above (a joined name is longer than the width it wrapped at)
  const previous = lines[previousText(lines, i)]?.text ?? '';
  const above = rows.length > 0 ? splitCells(previous, 'tab')[nameAt] ?? '' : undefined;
  const groupColumn = roles.indexOf('category');
  const namesOnly = groupColumn >= 0 && groupColumn < nameAt;
  return { owners: ownersOfPieces(above, run.pieces, belowName, width, lean, namesOnly), next: run.next };
}

const isNamePieceLine = (filled: readonly Cell[], text: string) =>
  isContinuation(filled, text) || isWordsPiece(filled[0].text);

/** Words in the name column that read as a number only by their digits (PM2.5年均浓): a name piece. */
const isWordsPiece = (text: string) =>
  /[\u4e00-\u9fff]{2}/.test(text) && isCellPiece(text, 30) && !ROW_NUMBER.test(text) && !/^(?:预期性|约束性)$/.test(text);

const joinText = (cells: readonly Cell[]) => cells.map((c) => c.text).join('');

const withLeadingName = (row: RowCells, lead: Cell, nameAt: number): RowCells =>
  row.map((cell, k) => (k === nameAt ? { text: lead.text + cell.text, line: lead.line } : cell));

const withCell = (row: RowCells, at: number, text: string): RowCells =>
  row.map((cell, k) => (k === at ? { ...cell, text } : cell));

const VALUE_ROLES = new Set(['baseline', 'target', 'actual', 'annual', 'growth', 'attribute', 'unit']);

/**
 * A PDF may print a row's (numbered) name on one line and its values, or the name's end with them, on
 * the next: join them. A row number in its own 序号 column marks the first line the same way; a piece
 * of a centred group label on either line (创新 / 投入) is joined too.
 */
function mergeSpilledRows(rows: readonly RowCells[], roles: readonly string[]): RowCells[] {
  const nameAt = roles.indexOf('name');
  const seqAt = roles.indexOf('seq');
  const categoryAt = roles.indexOf('category');
  const valuesOf = (row: RowCells) => row.filter((c, k) => VALUE_ROLES.has(roles[k]) && c.text !== '');
  const joined = (k: number) => k === nameAt || k === categoryAt;
  // a group piece pushed into the 序号 column by a short row (投入 under 创新 2) is the group's
  const groupPiece = (row: RowCells) => (seqAt >= 0 && categoryAt >= 0 && !/\d/.test(row[seqAt].text) ? row[seqAt].text : '');
  const merged: RowCells[] = [];
  for (const row of rows) {
    const last = merged.at(-1);
    const othersEmpty = row.every((c, k) => joined(k) || VALUE_ROLES.has(roles[k]) || c.text === '' || (k === seqAt && groupPiece(row)));
    const numberedAbove = seqAt >= 0 && last !== undefined && /\d/.test(last[seqAt].text) && !/\d/.test(row[seqAt].text);
    const wrapped = ROW_NUMBER.test(last?.[nameAt].text ?? '') || row[nameAt].text === '' || numberedAbove;
    if (last && last[nameAt].text && wrapped && valuesOf(last).length === 0 && valuesOf(row).length > 0 && othersEmpty && !ROW_NUMBER.test(row[nameAt].text)) {
      const piece = groupPiece(row);
      merged[merged.length - 1] = last.map((cell, k) => {
        if (k === categoryAt) return { ...cell, text: cell.text + row[k].text + piece };
        if (k === nameAt) return { ...cell, text: cell.text + row[k].text };
        return row[k].text && !(k === seqAt && piece) ? row[k] : cell;
      });
    } else merged.push(row);
  }
  return merged;
}
