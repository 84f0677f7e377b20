import type { SourceLine } from '../domain/index.ts';
import { joinValuePieces } from './table-cell-types.ts';
import { type ColumnRole, isHeaderCell, readHeader } from './table-header.ts';
import { isLowerHeaderLine, joinHeaderPieces } from './table-header-pieces.ts';
import { isHeading, isNoteStart } from './table-lines.ts';
import { segmentSingleSpaces } from './table-segments.ts';
import { fitRows } from './table-typed-rows.ts';

const pieces = (text: string) => text.trim().split(/[ \t\u3000]+/).filter(Boolean);

/**
 * `pdftotext` without -layout: the cells of a row separated by single spaces, an empty cell leaving
 * no trace, a name possibly split by spaces (优于 III 类水比例). The header line's cells give the columns;
 * every row line is fitted to them by type (table-typed-rows.ts) and rejoined with TABs, empty cells
 * in place. Lines that do not fit (a wrapped piece, a heading) are split at every space, as printed.
 */
export function segmentSingleSpaceRows(lines: readonly SourceLine[], headerAt: number): SourceLine[] {
  const split = lines.map(segmentSingleSpaces);
  const upper = pieces(lines[headerAt]?.text ?? '');
  const lower = headerAt + 1 < lines.length ? pieces(lines[headerAt + 1].text) : [];
  const roles = readHeader(upper)?.roles;
  const joined = lowerHeaderLine(upper, lower);
  const header = joined ?? upper;
  const columns = joined ? readHeader(joined)?.roles : roles;
  if (!columns) return split;
  const end = tableEnd(lines, headerAt + 1);
  const fitted = lines.map((line, i) => (i > headerAt && i < end ? fitLine(line, columns) : undefined));
  const out = fitted.map((row, i) => row ?? split[i]);
  if (rowsPrintTheirGroups(fitted, columns)) placeNamePieces(out, fitted, headerAt, end, columns.indexOf('name'));
  out[headerAt] = { ...lines[headerAt], text: header.join('\t') };
  if (joined) out[headerAt + 1] = { ...lines[headerAt + 1], text: '' };
  return out;
}

/**
 * The header's second line (单位 （2020年） 5年): fewer pieces than the first, short, not a row; joined
 * to the first line's columns (table-header-pieces.ts) when that gives an indicator header.
 */
function lowerHeaderLine(upper: readonly string[], lower: readonly string[]): string[] | undefined {
  if (lower.length === 0 || lower.length >= upper.length || lower.some((p) => p.length > 10)) return undefined;
  const joined = joinHeaderPieces(upper, lower);
  if (!joined || !isLowerHeaderLine(upper, lower, joined)) return undefined;
  return readHeader(joined)?.roles.includes('name') ? joined : undefined;
}

function fitLine(line: SourceLine, roles: readonly ColumnRole[]): SourceLine | undefined {
  const texts = joinValuePieces(pieces(line.text));
  if (texts.length < 2 || texts.every(isHeaderCell)) return undefined;
  const [row] = fitRows(texts.map((text) => ({ text, line: line.line })), roles, false) ?? [];
  // a row shows more than words: a number, a unit, a class or its row number
  const shown = row?.some((cell, k) => cell.text !== '' && roles[k] !== 'name' && roles[k] !== 'category' && roles[k] !== 'other');
  return row && shown ? { ...line, text: row.map((c) => c.text).join('\t') } : undefined;
}

/** Rows end at a heading, a note or a sentence: no line after that is fitted. */
function tableEnd(lines: readonly SourceLine[], from: number): number {
  const ends = (text: string) => isHeading(text) || isNoteStart(text) || /[。；;]$/.test(text.trim());
  const at = lines.findIndex((l, i) => i >= from && ends(l.text));
  return at < 0 ? lines.length : at;
}

/**
 * Rows that print their group in their own 类别 cell (创新投入 1 全社会研发投入… on a group's first row):
 * the table has no group rows, so a lone piece between rows is no group label.
 */
function rowsPrintTheirGroups(fitted: readonly (SourceLine | undefined)[], roles: readonly ColumnRole[]): boolean {
  const at = roles.indexOf('category');
  return at >= 0 && fitted.some((row) => row !== undefined && row.text.split('\t')[at] !== '');
}

/**
 * A lone piece of words between rows (业收入比重 under …研发经费支出占营) is then a piece of a wrapped name:
 * it goes to the name column, where the wrapped names are read (table-wrapped-names.ts).
 */
function placeNamePieces(out: SourceLine[], fitted: readonly (SourceLine | undefined)[], headerAt: number, end: number, nameAt: number): void {
  for (let i = headerAt + 1; i < end && nameAt > 0; i++) {
    const words = pieces(out[i].text);
    if (fitted[i] || words.length !== 1 || isHeaderCell(words[0]) || /\d/.test(words[0])) continue;
    out[i] = { ...out[i], text: '\t'.repeat(nameAt) + words[0] };
  }
}
