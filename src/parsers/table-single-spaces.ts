import type { SourceLine } from '../domain/index.ts';
import { joinValuePieces } from './table-cell-types.ts';
import { isHeaderCell, readHeader } from './table-header.ts';
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
  const roles = readHeader(pieces(lines[headerAt]?.text ?? ''))?.roles;
  if (!roles) return split;
  return lines.map((line, i) => (i > headerAt ? fitLine(line, roles) : undefined) ?? split[i]);
}

function fitLine(line: SourceLine, roles: Parameters<typeof fitRows>[1]): SourceLine | undefined {
  const texts = joinValuePieces(pieces(line.text));
  if (texts.length < 2 || texts.every(isHeaderCell)) return undefined;
  const [row] = fitRows(texts.map((text) => ({ text, line: line.line })), roles, false) ?? [];
  // a row shows more than words: a number, a unit, a class or its row number
  const shown = row?.some((cell, k) => cell.text !== '' && roles[k] !== 'name' && roles[k] !== 'category' && roles[k] !== 'other');
  return row && shown ? { ...line, text: row.map((c) => c.text).join('\t') } : undefined;
}
