import type { SourceLine } from '../domain/index.ts';
import { parseValue } from './parse-value.ts';
import { isUnitCell } from './table-cell-types.ts';
import { HEADER_WORD_CHARS, isHeaderCell } from './table-header.ts';
import { centredAnchors, mergeCentredBands } from './table-centred-bands.ts';
import { headerOverColumns } from './table-header-order.ts';
import { findDrifted, placeDrifted } from './table-projection-drift.ts';
import { continuesHeaderWord, repeatedHeaderEnd, straddlesHeaderLine } from './table-projection-header-tail.ts';
import { splitUnitColumn } from './table-projection-units.ts';
import { carryPageTail } from './table-projection-page-tail.ts';
import { repeatedHeaderLines } from './table-projection-repeats.ts';
import { type Extent, type Piece, printedColumns, rulesOf, splitAtGaps } from './table-projection-gaps.ts';
import { isBlank, isHeading, isNoteStart, isWide } from './table-lines.ts';


/**
 * How a line's columns are counted: one slot per character (`pdftotext -layout`), or display width
 * (a text editor's alignment, where a CJK character or a full-width space takes two).
 */
export type ColumnMeasure = 'chars' | 'display';

const NO_COLUMNS = new Uint8Array(0);


/**
 * Column extents from a whitespace projection (the layout text of `pdftotext -layout`, or rows padded
 * with full-width spaces): the character columns that some data row covers are cells, the columns no
 * data row covers are the rules between them. Every line is then cut at those extents, so an empty
 * cell stays empty in its place instead of shifting the cells after it. Header lines above the first
 * data row are merged column by column (序 / 号, 2020年 / 基数); a header piece over several columns
 * (“十四五”目标 over 2025年 | 年均[累计]) heads each of them. Returns TAB-joined lines (header on the
 * first header line, other header lines blank), or undefined when the block is not space-aligned.
 * `pageStarts`: the lines that start a page (a form feed), where page furniture has been cleaned away.
 */
export function projectColumns(
  lines: readonly SourceLine[], measure: ColumnMeasure = 'chars', pageStarts: ReadonlySet<number> = new Set(),
): Projection | undefined {
  const breaks = lines.flatMap((l, i) => (i > 0 && (pageStarts.has(l.line) || l.text.startsWith('\f')) ? [i] : []));
  return (breaks.length ? projectPages(lines, breaks, measure) : undefined) ?? projectPage(lines, measure);
}

interface Projection {
  readonly lines: SourceLine[];
  readonly header: number;
  /** the lines that hold a row's values */
  readonly anchors: readonly boolean[];
  /** the header's cells, spaces aside, joined by | */
  readonly headerWords?: string;
  /** the lines of a header printed again below the first rows (a page break), blanked */
  readonly repeats: readonly boolean[];
}

/**
 * `pdftotext -layout` lays out each page on its own (form feeds part them): a table continued under its
 * repeated header stands in columns of its own there. Each page is projected apart; the pages must make
 * as many columns as the first, else the block is projected as one.
 */
function projectPages(lines: readonly SourceLine[], breaks: readonly number[], measure: ColumnMeasure): Projection | undefined {
  const bounds = [0, ...breaks, lines.length];
  const first = projectPage(lines.slice(0, breaks[0]), measure);
  if (!first) return undefined;
  const columns = first.lines[first.header].text.split('\t').length;
  const out = { lines: [...first.lines], anchors: [...first.anchors], repeats: [...first.repeats] };
  for (let p = 1; p + 1 < bounds.length; p++) {
    const pageLines = lines.slice(bounds[p], bounds[p + 1]);
    const fits = (page: Projection | undefined) => page && page.lines[page.header].text.split('\t').length === columns;
    // a header printed again may stand off its columns: a column it alone heads is none the first page had
    const page = [false, true]
      .map((dataOnly) => projectPage(pageLines, measure, first.headerWords, dataOnly)).find(fits);
    if (!page) return undefined;
    if (measure === 'chars') carryPageTail(out, page, page.header);
    out.lines.push(...page.lines.map((l, i) => (i <= page.header ? { ...l, text: '' } : l)));
    out.anchors.push(...page.anchors);
    out.repeats.push(...page.repeats.map((r, i) => r || i <= page.header));
  }
  return { lines: out.lines, header: first.header, anchors: out.anchors, repeats: out.repeats };
}

/**
 * `headerBefore`: the header cells of the table's first page (Projection.headerWords), for a page that prints them
 * again; `dataOnly`: the columns are those the rows print, none is added for a header piece over no row's cells.
 */
function projectPage(
  lines: readonly SourceLine[], measure: ColumnMeasure, headerBefore = '', dataOnly = false,
): Projection | undefined {
  const pieces = lines.map((l) => (l.text.includes('\t') ? [] : piecesOf(l.text, measure)));
  // a list of indicators without values (城市体检) prints a unit in its rows; a header may print one too (（%）)
  const units = !pieces.some((p, i) => isDataLine(lines[i].text, p));
  const firstData = pieces.findIndex((p, i) => isDataLine(lines[i].text, p, units));
  if (firstData < 0 || lines.some((l) => l.text.includes('\t'))) return undefined;
  const header = lines.findIndex((l, i) => i < firstData && !isBlank(l.text));
  if (header < 0) return undefined;
  const body = bodyStart(lines, pieces, header, firstData, headerBefore);
  const printedHeader = lines.slice(header, body).map((l) => l.text).join('').replace(/\s+/g, '');
  const texts = lines.map((l) => l.text);
  const repeated = repeatedHeaderLines(texts, pieces, body, printedHeader, (i) => repeatsHeader(texts[i], pieces[i], printedHeader));
  const rowAt = lines.flatMap((l, i) => (i >= firstData && pieces[i].length >= 2 && !repeated[i] ? [i] : []));
  const wide = measure === 'display';
  // pdftotext -layout (one slot per character, padded with ASCII spaces) alone sets tight columns one space apart
  const pdftotextLike = !wide && !lines.some((l) => l.text.includes('\u3000'));
  const rowText = (r: number) => lines[rowAt[r]].text;
  const rowPieces = rowAt.map((i) => pieces[i]);
  const drifted = pdftotextLike ? findDrifted(rowText, rowPieces, wide) : new Set<number>();
  const kept = rowAt.flatMap((_, r) => (drifted.has(r) ? [] : [r]));
  const printed = printedColumns((r) => rowText(kept[r]), kept.map((r) => rowPieces[r]), wide);
  // a cell wrapped onto a line of its own starts where its column starts (12 城市… beside 单位地区… below it)
  if (pdftotextLike) lines.forEach((_, i) => i >= body && !repeated[i] && pieces[i].length === 1 && (printed.starts[pieces[i][0].start] = 1));
  const covered = rulesOf(printed, pdftotextLike);
  const headerLines = lines.slice(header, body).map((l) => l.text);
  const dataExtents = projectExtents(covered);
  const ordered = pdftotextLike ? headerOverColumns(headerLines, dataExtents) : undefined;
  const found = ordered?.extents ??
    (dataOnly ? dataExtents : withHeaderOnlyColumns(dataExtents, pieces.slice(header, body), headerLines));
  const lineAt = (i: number) => ({ text: lines[i].text, pieces: pieces[i] });
  const extents = pdftotextLike
    ? splitUnitColumn(found, lines.flatMap((_, i) => (i >= body && !repeated[i] ? [lineAt(i)] : [])), headerLines.map((_, j) => lineAt(header + j)))
    : found;
  if (extents.length < 3) return undefined;
  const placed = (i: number) => {
    const r = rowAt.indexOf(i);
    const cells = drifted.has(r) ? placeDrifted(rowText, rowPieces, kept, r, extents) : undefined;
    return cells?.map((p) => (p ? lines[i].text.slice(p.from, p.to).trim() : ''));
  };
  const cells = lines.map((line, i) => (i < body || repeated[i] ? []
    : placed(i) ?? cut(line.text, splitAtGaps(line.text, pieces[i], covered, wide), extents, false)));
  const data = lines.map((l, i) => i >= body && !repeated[i] && isDataLine(l.text, pieces[i], units));
  // pieces on lines of no row's values (预期 / 性, 下达考核目 约束 / 标 性) may be halves of cells centred on a row
  const centring = cells.some((c, i) => i >= body && !data[i] && c.some(Boolean));
  const anchors = centring ? centredAnchors(cells, data) : data;
  // on a page after the first, pieces above its first row may end the row before the break: carryPageTail centres them
  if (centring && !(headerBefore && pdftotextLike)) mergeCentredBands(cells, anchors);
  const out = lines.map((line, i) => ({ ...line, text: cells[i].join('\t') }));
  const headerCells = extents.map(() => '');
  for (let i = header; i < body; i++) {
    // pdftotext sets two header words one space apart too (编号 指标): each word heads the columns it stands over
    const words = pdftotextLike ? joinStrays(lines[i].text, splitAtGaps(lines[i].text, pieces[i], NO_COLUMNS, false), extents) : pieces[i];
    cut(lines[i].text, words, extents, true).forEach((text, k) => (headerCells[k] += text));
  }
  out[header] = { ...lines[header], text: (ordered?.header ?? headerCells).join('\t') };
  const headerWords = out[header].text.split('\t').map((c) => c.replace(/\s+/g, '')).join('|');
  return { lines: out, header, anchors, headerWords, repeats: lines.map((_, i) => i >= body && repeated[i]) };
}

/**
 * Where the body starts: lines of one piece just above the first row, where one of its cells of words
 * starts, are the leading pieces of its wrapped name (printed before the line that holds its values) — unless a
 * short header word (a header cell printed over two lines).
 */
function bodyStart(lines: readonly SourceLine[], pieces: readonly Piece[][], header: number, firstData: number, headerBefore: string): number {
  const words = (text: string) => /[\u4e00-\u9fff]{2}/.test(text) || !isValueLike(text);
  const row = lines[firstData].text;
  const starts = new Set(pieces[firstData].filter((p) => words(row.slice(p.from, p.to))).map((p) => p.start));
  if (isUpperHalf(pieces, firstData)) return firstData - 1;
  const repeated = headerBefore ? repeatedHeaderEnd(lines, pieces, header, firstData, headerBefore) : firstData;
  if (repeated < firstData) return repeated;
  let start = firstData;
  for (let i = firstData - 1; i > header; i--) {
    if (isBlank(lines[i].text)) continue;
    const only = pieces[i].length === 1 ? pieces[i][0] : undefined;
    const text = only ? lines[i].text.slice(only.from, only.to) : '';
    if (!only || !starts.has(only.start) || (isHeaderCell(text) && text.length <= HEADER_WORD_CHARS)) break;
    if (continuesHeaderWord(lines, pieces, header, i, headerBefore) || straddlesHeaderLine(pieces, lines, header, i)) break;
    start = i;
  }
  return start;
}

/**
 * The line just above the first row holds the upper half of its two-line cells (预期 above, 性 below,
 * centred on the values line): each piece stands over a piece of the line below the row and over none
 * of the row's own.
 */
function isUpperHalf(pieces: readonly Piece[][], firstData: number): boolean {
  const [above, row, below] = [pieces[firstData - 1], pieces[firstData], pieces[firstData + 1]];
  if (!above?.length || !below?.length) return false;
  return above.every((p) => below.some((q) => overlap(p, q) > 0) && !row.some((q) => overlap(p, q) > 0));
}

/** Runs of text split at TABs, full-width spaces, or two or more spaces (a linear scan). */
function piecesOf(text: string, measure: ColumnMeasure = 'chars'): Piece[] {
  const pieces: Piece[] = [];
  let from = -1;
  let start = 0;
  let spaces = 0;
  let column = 0;
  const close = (to: number, end: number) => {
    pieces.push({ start, end, from, to });
    from = -1;
  };
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    const width = ch !== undefined && measure === 'display' && isWide(ch.charCodeAt(0)) ? 2 : 1;
    const hard = ch === undefined || ch === '\t' || ch === '\u3000' || ch === '\f' || ch === '\r';
    if (ch === ' ' || ch === '\u00a0') {
      spaces++;
      if (spaces === 2 && from >= 0) close(i - 1, column - 1);
    } else if (hard) {
      if (from >= 0) close(i - spaces, column - spaces);
      spaces = 0;
    } else {
      if (from < 0) (from = i), (start = column);
      spaces = 0;
    }
    column += width;
  }
  return joinBrackets(text, pieces);
}

const OPENING = /[[〔【]/g;
const CLOSING = /[\]〕】]/g;
const opens = (text: string) => (text.match(OPENING)?.length ?? 0) > (text.match(CLOSING)?.length ?? 0);

/**
 * [ 24.64     ]: `pdftotext` spreads a bracketed cell over its width; a piece that only closes the bracket the
 * piece before it opened is that piece's end.
 */
function joinBrackets(text: string, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const before = out.at(-1);
    const closing = /^[\]〕】]+$/.test(text.slice(p.from, p.to));
    if (before && closing && opens(text.slice(before.from, before.to))) out[out.length - 1] = { ...before, to: p.to, end: p.end };
    else out.push(p);
  }
  return out;
}

const ATTRIBUTE = /^(?:预期性|约束性)$/;

function isValueLike(text: string): boolean {
  if (isHeaderCell(text)) return false;
  if (ATTRIBUTE.test(text) || /^[—–\-－/]+$/.test(text)) return true;
  const value = parseValue(text);
  // 计量单 202: a header word and the first digits of a year, one space apart — no value says 计量单 before its number
  return value.value !== null && !(/^[\u4e00-\u9fff]/.test(text) && value.comparator === 'eq');
}

/** 2020 or 202 over 年基数 / 5年, 0 年 under 202: a year of a header word split over two lines, not a value. */
const YEAR_PIECE = /^(?:(?:19|20)\d{1,2}|\d{1,2} ?年)$/;

/**
 * A row of the table: at least two pieces, one of them a number, a dash or 预期性/约束性 (or, with `units`, a unit) — and not a
 * header line (主要 | 计量 | 基期值 | 202 | 指标, 计量 | 单位 | （2020年） | 5年: more header words than numbers, or
 * half of it header words; 202 and 5年 are pieces of 2025年).
 */
function isDataLine(text: string, pieces: readonly Piece[], units = false): boolean {
  const words = pieces.map((p) => text.slice(p.from, p.to));
  const values = words.filter((w) => ATTRIBUTE.test(w) || (units && isUnitCell(w)) || (isValueLike(w) && !YEAR_PIECE.test(w))).length;
  const headerWords = words.filter((w) => isHeaderCell(w) && !ATTRIBUTE.test(w)).length;
  const mostlyHeader = headerWords * 2 >= words.length && headerWords === values;
  return pieces.length >= 2 && values > 0 && headerWords <= values && !mostlyHeader;
}

/**
 * A header printed again after a page break: mostly header words of the table's own header, no value
 * (完成市下达 | 预期, the upper halves of a row's two-line cells, reads as header words but was never printed
 * in the header).
 */
function repeatsHeader(text: string, pieces: readonly Piece[], printedHeader: string): boolean {
  const words = pieces.map((p) => text.slice(p.from, p.to));
  const headerWords = words.filter((w) => isHeaderCell(w) && printedHeader.includes(w.replace(/\s+/g, ''))).length;
  return words.length >= 2 && headerWords >= 2 && headerWords * 2 > words.length && !words.some(isValueLike);
}

function projectExtents(covered: Uint8Array): Extent[] {
  const width = covered.length - 1;
  const extents: Extent[] = [];
  let start = -1;
  for (let c = 0; c <= width; c++) {
    if (covered[c] && start < 0) start = c;
    if (!covered[c] && start >= 0) extents.push({ start, end: c }), (start = -1);
  }
  return extents;
}

/**
 * A header piece over no data (a column no row fills, such as an empty 属性) is a column of its own —
 * unless the column nearest to it has no header over it: then `pdftotext` set the header a few
 * characters off its column (计量单位 right of %, 平方米), and the header goes with that column.
 */
function withHeaderOnlyColumns(extents: readonly Extent[], headerPieces: readonly Piece[][], texts: readonly string[]): Extent[] {
  const all = [...extents];
  const headed = (e: Extent) => headerPieces.some((pieces) => pieces.some((p) => overlap(p, e) > 0));
  // 计〕 under 年均增长〔累: the wrapped end of a header cell standing over a column, not a column of its own
  const wrapsHeaderOfColumn = (piece: Piece, line: number) => headerPieces.some((pieces, j) => j !== line &&
    pieces.some((p) => p.start <= piece.start && p.end >= piece.end && extents.some((e) => overlap(p, e) > 0)));
  headerPieces.forEach((pieces, k) => pieces.forEach((piece, i) => {
    if (i > 0 && isSpacedOut(texts[k], pieces[i - 1], piece)) return;
    if (all.some((e) => overlap(piece, e) > 0) || wrapsHeaderOfColumn(piece, k)) return;
    const nearest = extents.reduce<Extent | undefined>((a, e) => (!a || overlap(piece, e) > overlap(piece, a) ? e : a), undefined);
    if (!nearest || headed(nearest)) all.push(piece);
  }));
  return all.sort((a, b) => a.start - b.start);
}

/** 指   标: the two characters of one header word spread over its cell (the second goes with the first). */
const isSpacedOut = (text: string, left: Piece, right: Piece) =>
  left.to - left.from === 1 && right.to - right.from === 1 && right.start - left.end <= 6 &&
  /[\u4e00-\u9fff]/.test(text[left.from]) && /[\u4e00-\u9fff]/.test(text[right.from]);

const overlap = (a: Extent, b: Extent) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** [ 24.64     ]: the run of spaces `pdftotext` spreads a bracketed cell with is layout, not text. */
const withoutSpread = (cell: string) => cell.replace(/(?<=[[〔【]) {2,}| {2,}(?=[\]〕】])/g, ' ');

/**
 * 2025 年目 / 标值: a header word over no column, one space after a digit (the font changes there), is the rest
 * of the word before it, not a column of its own or a piece of the next column's header.
 */
function joinStrays(text: string, words: readonly Piece[], extents: readonly Extent[]): Piece[] {
  const out: Piece[] = [];
  for (const w of words) {
    const before = out.at(-1);
    const stray = !extents.some((e) => overlap(w, e) > 0);
    if (before && stray && w.from === before.to + 1 && /\d/.test(text[before.to - 1])) out[out.length - 1] = { ...before, to: w.to, end: w.end };
    else out.push(w);
  }
  return out;
}

/** The line's text in each extent: a piece goes to the extent it overlaps most (a header piece to all it overlaps). */
function cut(text: string, pieces: readonly Piece[], extents: readonly Extent[], spanning: boolean): string[] {
  const cells: Array<Piece | undefined> = extents.map(() => undefined);
  let previous: { piece: Piece; column: number } | undefined;
  for (const piece of pieces) {
    const scores = extents.map((e) => overlap(piece, e));
    // a piece cut off at a single space that reaches no column is the rest of the cell before it (每千人口拥有 3 岁以下婴幼)
    const onward = !spanning && Math.max(...scores) <= 0 && previous && piece.from - previous.piece.to <= 1;
    const best = onward ? previous!.column : scores.indexOf(Math.max(...scores));
    previous = { piece, column: best };
    const targets = spanning && scores.filter((s) => s > 0).length > 1 ? scores.flatMap((s, k) => (s > 0 ? [k] : [])) : [best];
    for (const k of targets) {
      const had = cells[k];
      cells[k] = had ? { ...piece, from: Math.min(had.from, piece.from), to: Math.max(had.to, piece.to) } : piece;
    }
  }
  return cells.map((c) => (c ? withoutSpread(text.slice(c.from, c.to).trim()) : ''));
}

/** Where a projected block ends: a note, a heading, or a line of prose (a sentence without column gaps). */
export function isBlockEnd(text: string): boolean {
  const trimmed = text.trim();
  if (isNoteStart(trimmed)) return true;
  const pieces = piecesOf(text);
  if (isHeading(trimmed) && pieces.length < 3) return true;
  return pieces.length === 1 && (trimmed.length > 40 || /[。；]$/.test(trimmed));
}
