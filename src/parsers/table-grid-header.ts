import type { SourceLine } from '../domain/index.ts';
import { HEADER_WORD_CHARS, isHeaderCell, readHeader, splitGluedHeader } from './table-header.ts';
import { isBlank, splitCells } from './table-lines.ts';
import { alignSpannedHeader, spreadSpanningCells } from './table-spanned-header.ts';

/** The header line, the header lines below it (基数 | 目标) merged column by column, and PDF pieces. */
export function readGridHeader(
  lines: readonly SourceLine[], start: number, separator: 'tab' | 'spaces', above: string,
): { header: string[]; next: number } {
  let header = splitCells(lines[start].text, separator);
  let below = '';
  let i = start + 1;
  const extendsHeader = (text: string) =>
    !isBlank(text) && !isNamePiece(text, separator) && (isHeaderLine(text, separator) || continuesHeaderWords(header, text, separator));
  for (; i < lines.length && extendsHeader(lines[i].text); i++) {
    const more = splitCells(lines[i].text, separator);
    if (more.length === 1) below += more[0];
    else header = alignSpannedHeader(header, more) ?? spreadSpanningCells(header, more) ?? header.map((h, k) => h + (more[k] ?? '')).concat(more.slice(header.length));
  }
  header = splitGluedHeader(placeHeaderPieces(header, above + below));
  if (rowsHaveGroupColumn(lines, i, separator, header)) header = ['类别', ...header];
  return { header, next: i };
}

/** A number, a dash or a comparison alone: a row's value, never the tail of a header word. */
const VALUE_ONLY = /^[-—–~<>≥≤﹥﹤.%\d\s]+$/;

/** 一、 / （一）: a group row's number */
const NUMBERED_LABEL = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])/;

const BRACKETED = /^[（(][^（()）]*[)）]$/;

/**
 * A line of header-word tails, each under a header cell it completes (指标 / 名称, 计量 / 单位, 202 / 5年,
 * as a header cell too narrow for its word wraps): no piece is a value, none but a bracket (（2020年）) is
 * longer than a header word, each joined to the word above is a header word, and the joined header reads.
 */
function continuesHeaderWords(header: readonly string[], text: string, separator: 'tab' | 'spaces'): boolean {
  const more = splitCells(text, separator);
  const pieces = more.flatMap((p, k) => (p === '' ? [] : [{ p, k }]));
  if (pieces.length === 0 || more.length > header.length) return false;
  const tails = pieces.every(({ p, k }) =>
    (p.length <= HEADER_WORD_CHARS || BRACKETED.test(p)) && !VALUE_ONLY.test(p) && !NUMBERED_LABEL.test(p) && header[k] !== '' && isHeaderCell(header[k] + p));
  // one piece under a whole header word (指标 over 经济发展) is a group row, unless a bracket (（%）)
  const lone = pieces.length === 1 && isHeaderCell(header[pieces[0].k]) && !BRACKETED.test(pieces[0].p);
  return tails && !lone && readHeader(header.map((h, k) => h + (more[k] ?? ''))) !== undefined;
}

/**
 * A PDF prints a two-line header cell (指标 / 属性) above and below the header line, which leaves its
 * column empty there: the pieces fill the last empty header cell. Trailing empty cells are dropped.
 */
function placeHeaderPieces(header: readonly string[], pieces: string): string[] {
  const placed = [...header];
  const empty = placed.findLastIndex((h) => h === '');
  if (pieces && empty >= 0) placed[empty] = pieces;
  while (placed.length > 0 && placed.at(-1) === '') placed.pop();
  return placed;
}

/** A lone piece longer than a header word (PM2.5年均浓 over 度): the start of the first row's wrapped name. */
function isNamePiece(text: string, separator: 'tab' | 'spaces'): boolean {
  const cells = splitCells(text, separator).filter(Boolean);
  return cells.length === 1 && cells[0].length > HEADER_WORD_CHARS && !/^[（(].*[)）]$/.test(cells[0]);
}

/** Header lines: below the first (基数 | 目标) they extend it; repeated after a page break they are skipped. */
export function isHeaderLine(text: string, separator: 'tab' | 'spaces'): boolean {
  const cells = splitCells(text, separator).filter(Boolean);
  return cells.length > 0 && cells.every(isHeaderCell);
}

/** Rows one cell wider than a header without a group column carry the group in front. */
function rowsHaveGroupColumn(lines: readonly SourceLine[], from: number, separator: 'tab' | 'spaces', header: readonly string[]): boolean {
  if (readHeader(header)?.roles.includes('category')) return false;
  const widths = lines.slice(from, from + 8).filter((l) => !isBlank(l.text)).map((l) => splitCells(l.text, separator).length);
  return widths.some((w) => w === header.length + 1) && widths.every((w) => w <= header.length + 1);
}
