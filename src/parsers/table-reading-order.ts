import type { DocumentIssue, SourceLine } from '../domain/index.ts';
import type { RowCells, TableBody } from './table-body.ts';
import { canOpenName, isAttributeCell, isDashCell, isGroupCell, isSeqCell, isUnitCell, isValueCell, joinValuePieces } from './table-cell-types.ts';
import { type ColumnRole, readHeader } from './table-header.ts';
import { type Cell, displayWidth, isHeading, isNoteStart } from './table-lines.ts';
import { fillCentredGroups, type GroupLabel } from './table-reading-order-groups.ts';
import { withoutPageFurniture } from './table-reading-order-pages.ts';
import { headerPieces, isHeaderPiece, readPiecesHeader } from './table-reading-order-header.ts';
import { createRowFitter, hasWideText, type RowFit } from './table-reading-order-row.ts';
import { type DoubtedRow, type RowDoubt, rowDoubtIssues } from './table-reading-order-doubts.ts';
import { columnOfBlock, fillBlocks, type HeadedBlock, takeHeadedBlocks } from './table-reading-order-blocks.ts';
import { missingTargets, tailHoles } from './table-reading-order-gaps.ts';
import { rowsFromColumnBlocks } from './table-reading-order-columns.ts';
import { fillSeqs, takeSeqBlocks } from './table-reading-order-seqs.ts';
import { type FilledTail, fillTail, findTail, MAX_TAIL_COLUMNS, type TableTail } from './table-reading-order-tail.ts';

/**
 * A ruled table (LibreOffice, Word) as `pdftotext` without -layout prints it: every cell on a line of
 * its own or a few side by side, row after row, each row in reading order (table-reading-order-row.ts),
 * a merged 类别 cell once, centred over its rows. The header's pieces give the columns
 * (table-reading-order-header.ts); the body is cut into rows at the least total cost of fitting each
 * row, which a dynamic programme over the cells finds.
 */

/** A line this long, or a sentence, is prose after the table. */
const MAX_CELL_CHARS = 40;
/** Lines of a header's upper pieces that may belong to the first row instead (its wrapped cells' heads). */
const HEAD_LINES = 3;
/** What a merged 类别 label between rows costs, and a piece that no row explains. */
const LABEL_COST = 0.3;
const STRAY_COST = 3;
/** What a line that reads as a header piece costs when read as a row's: the header goes on while it can. */
const HEADER_PIECE_COST = 0.5;
/** A merged 类别 label wrapped between rows is short (城镇化质 / 量). */
const MAX_LABEL_CHARS = 8;
/** Lines of the body that tell where the header ends. */
const SAMPLE_LINES = 24;

/**
 * Header pieces a table has at least (名称, 单位, a value): those printed before the body, and those of
 * its tail (the narrow columns' heads print with their cells after the next heading).
 */
const MIN_HEADER_PIECES = 3;

/** Lines a table and its header take at most. */
const WINDOW_LINES = 400;

/** A printed line and its index among the lines the reader was given. */
interface Printed extends SourceLine {
  readonly index: number;
}

/**
 * Reads the table whose header starts within a few lines of `from` (the line after its caption).
 * Blank lines carry nothing here: pdftotext sets them between blocks of text, not between rows.
 */
export function readReadingOrder(source: readonly SourceLine[], from: number, running: ReadonlySet<string>): TableBody | undefined {
  const lines: Printed[] = withoutPageFurniture(source.slice(from, from + WINDOW_LINES), running)
    .flatMap((l, k) => (l.text ? [{ ...l, index: from + k }] : []));
  const windowEnd = from + Math.min(WINDOW_LINES, source.length - from);
  const breaks = source.slice(from, windowEnd).flatMap((l) => (l.text.startsWith('\f') ? [l.line] : []));
  if (lines.length === 0 || lines[0].index > from + 3) return undefined;
  // rows printed column by column (table-reading-order-columns.ts) are a second reading of the lines
  const roles = rolesOf(lines, breaks);
  const columnar = roles && rowsFromColumnBlocks(lines, roles);
  // so are the lines without the columns printed as headed blocks (table-reading-order-blocks.ts)
  const headed = takeHeadedBlocks(lines, extentOf(lines, breaks));
  const nameWidth = widestName(lines);
  const readings = [
    ...[lines, ...(columnar ? [columnar] : [])].flatMap((l) => readPrinted(l, windowEnd, breaks, [], nameWidth) ?? []),
    ...(headed ? [readPrinted(headed.lines, windowEnd, breaks, headed.blocks, nameWidth)].flatMap((r) => r ?? []) : []),
  ];
  return cheapest(readings)?.body;
}

const cheapest = (readings: readonly Reading[]) =>
  readings.reduce<Reading | undefined>((a, r) => (a && a.cost <= r.cost ? a : r), undefined);

function readPrinted(
  lines: readonly Printed[], windowEnd: number, breaks: readonly number[], blocks: readonly HeadedBlock[], nameWidth: number,
): Reading | undefined {
  // the 序号 column printed as a block is a second reading: kept when its numbers match the rows that lack one;
  // the block may number every row (the column is left out of the rows) or the first rows only
  const firstEnd = lines.findIndex((l) => endsTable(l.text));
  const taken = takeSeqBlocks(lines, firstEnd < 0 ? lines.length : firstEnd);
  const numbered = (taken.seqs.length > 0 ? (['every', 'first'] as const) : []).flatMap((seqBlock) => {
    const read = readLines(taken.lines, windowEnd, breaks, blocks, nameWidth, seqBlock);
    const rows = read && fillSeqs(read.body.rows, read.roles, taken.seqs);
    return read && rows ? [{ ...read, body: { ...read.body, rows } }] : [];
  });
  return cheapest(numbered) ?? readLines(lines, windowEnd, breaks, blocks, nameWidth);
}

/** Where the table's lines end: at its tail's end (table-reading-order-tail.ts), or where the body ends. */
function extentOf(lines: readonly Printed[], breaks: readonly number[]): number {
  const stop = bodyEnd(lines, 0);
  const last = findTail(lines, stop, endsTable, splitLine, breaks)?.lines.at(-1);
  return last ? lines.findIndex((l) => l.line === last.line) + 1 : stop;
}

/** The columns the header's pieces (and those of a tail) name. */
function rolesOf(lines: readonly Printed[], breaks: readonly number[]): readonly ColumnRole[] | undefined {
  let headerEnd = 0;
  while (headerEnd < lines.length && headerPieces(lines[headerEnd].text).every(isHeaderPiece)) headerEnd++;
  const tail = findTail(lines, bodyEnd(lines, headerEnd), endsTable, splitLine, breaks);
  const header = readPiecesHeader([...lines.slice(0, headerEnd).flatMap((l) => headerPieces(l.text)), ...(tail?.pieces ?? [])]);
  return header && readHeader(header)?.roles;
}

interface Reading {
  readonly body: TableBody;
  readonly roles: readonly ColumnRole[];
  readonly cost: number;
}

/**
 * The table read from its printed lines, with its tail (table-reading-order-tail.ts) given to its last
 * 0…3 columns: each choice is a reading, the least costly wins (a tail left unread costs as stray pieces).
 * The tail may also hold the columns of the last page's rows only (a page break inside the table: the
 * rows above it print all their cells in place). `seqBlock`: the 序号 column was printed apart, the
 * rows are fitted without it.
 */
function readLines(
  lines: readonly Printed[], windowEnd: number, breaks: readonly number[], blocks: readonly HeadedBlock[], nameWidth: number,
  seqBlock?: 'every' | 'first',
): Reading | undefined {
  let headerEnd = 0;
  while (headerEnd < lines.length && headerPieces(lines[headerEnd].text).every(isHeaderPiece)) headerEnd++;
  const stop = bodyEnd(lines, headerEnd);
  const tail = findTail(lines, stop, endsTable, splitLine, breaks);
  if (headerEnd + (tail?.pieces.length ?? 0) < MIN_HEADER_PIECES) return undefined;
  const tailed = tail && tail.cells.length > 0 ? tail : undefined;
  const end = stop < lines.length ? lines[stop].index : windowEnd;
  let best: Reading | undefined;
  // the tail's columns are left empty in every row, or in those the rows leave them empty
  const endLine = stop < lines.length ? lines[stop].line : Infinity;
  const lastBreak = breaks.filter((b) => b > lines[headerEnd]?.line && b < endLine).at(-1);
  const plain = [
    { k: 0, dropped: 0 },
    ...(tailed ? [1, 2, 3].flatMap((k) => [{ k, dropped: 0 }, { k, dropped: k }, ...(lastBreak ? [{ k, dropped: k, fromLine: lastBreak }] : [])]) : []),
  ].filter(({ k }) => k <= MAX_TAIL_COLUMNS) as Choice[];
  // a headed block may hold a column for every row, or for the rows of the last page only
  const choices: Choice[] = blocks.length > 0 && lastBreak
    ? [...plain, ...plain.map((c) => ({ ...c, blocksBelow: true }))] : [...plain];
  for (let c = 0; c < choices.length; c++) {
    const { k, dropped, fromLine, blocksBelow } = choices[c];
    const read = readBody(lines, headerEnd, stop, tail?.pieces ?? [], (roles, header) => {
      const own = blocks.map((b) => columnOfBlock(b, header, roles)).filter((j) => j >= 0);
      return {
        all: [...(seqBlock === 'every' ? [roles.indexOf('seq')] : []), ...(blocksBelow ? [] : own)],
        free: seqBlock === 'first' ? [roles.indexOf('seq')] : [],
        tail: [...roles.map((_, j) => j).slice(roles.length - dropped), ...(blocksBelow ? own : [])],
        fromLine: fromLine ?? (blocksBelow ? lastBreak : undefined),
        nameWidth,
      };
    });
    if (!read) continue;
    if (c === 0 && tailed) choices.push(...lastRowsChoices(read.rows, tailed.cells.length));
    const filled = tailed && k > 0 ? fillTail(read.rows, read.roles, tailed.cells, k) : undefined;
    if (tailed && k > 0 && !filled) continue;
    const fromBlocks = blocks.length > 0
      ? fillBlocks(filled?.rows ?? read.rows, read.roles, read.header, blocks) : undefined;
    if (blocks.length > 0 && !fromBlocks) continue;
    const cost = read.cost + (filled ? filled.cost : tailed ? STRAY_COST * tailed.cells.length : 0) +
      (fromBlocks?.cost ?? 0);
    const body = {
      header: read.header, headerLine: lines[0].line, notes: [], end,
      rows: fromBlocks?.rows ?? filled?.rows ?? read.rows,
      issues: [
        ...(tailed && !filled ? [unreadTail(tailed)] : []), ...unreadStrays(read.strays),
        ...rowDoubtIssues([
          ...read.doubts, ...(filled ? [...holesOf(filled), ...tailHoles(fromBlocks?.rows ?? filled.rows, read.roles, k, read.doubts)] : []),
        ].sort((a, b) => a.line - b.line)),
        ...missingTargets(read.roles, lines[0]),
      ],
    };
    if (!best || cost < best.cost) best = { body, roles: read.roles, cost };
  }
  return best;
}

/**
 * The tail may hold its columns for the last rows only, the rows above printing theirs in place (the
 * narrow column of a table's upper rows prints beside them, of the lower ones after the next heading):
 * for each number of tail columns, the rows the tail's cells would fill (its first cell may be the 序号
 * of the first of them) are read without those columns, from the line where the first of them starts in
 * a reading without the tail.
 */
function lastRowsChoices(rows: readonly RowCells[], cells: number): Choice[] {
  return [1, 2, 3].filter((k) => k <= MAX_TAIL_COLUMNS).flatMap((k) => [cells / k, (cells - 1) / k].flatMap((count) => {
    if (!Number.isInteger(count) || count < 1 || count >= rows.length) return [];
    const fromLine = Math.min(...rows[rows.length - count].filter((cell) => cell.text).map((cell) => cell.line));
    return Number.isFinite(fromLine) ? [{ k, dropped: k, fromLine }] : [];
  }));
}

/** The header (its end tried on the first rows) and the rows, fitted without the `dropped` columns. */
function readBody(
  lines: readonly Printed[], headerEnd: number, stop: number, tailPieces: readonly string[],
  dropped: (roles: readonly ColumnRole[], header: readonly string[]) => Dropped,
): ({ header: string[]; roles: readonly ColumnRole[] } & CutRows) | undefined {
  const sample = Math.min(stop, headerEnd + SAMPLE_LINES);
  let best: { cost: number; end: number; header: string[]; roles: readonly ColumnRole[] } | undefined;
  // fewer lines only where the tail's pieces make up the header's (each end tried costs a fit of the sample)
  const least = headerEnd >= MIN_HEADER_PIECES ? MIN_HEADER_PIECES : Math.max(1, MIN_HEADER_PIECES - tailPieces.length);
  for (let end = headerEnd; end >= Math.max(least, headerEnd - HEAD_LINES); end--) {
    const header = readPiecesHeader([...lines.slice(0, end).flatMap((l) => headerPieces(l.text)), ...tailPieces]);
    const roles = header && readHeader(header)?.roles;
    if (!header || !roles) continue;
    const read = cutPages(lines.slice(end, sample).flatMap(splitLine), roles, dropped(roles, header));
    const cost = read && read.cost + HEADER_PIECE_COST * (headerEnd - end);
    if (read && (!best || cost! < best.cost)) best = { cost: cost!, end, header, roles };
  }
  const read = best &&
    cutPages(lines.slice(best.end, stop).flatMap(splitLine), best.roles, dropped(best.roles, best.header));
  return best && read && { header: best.header, roles: best.roles, ...read };
}

/** Rows whose tail run lacked a cell (a dropped -): each row's first line and cells, as a `hole` doubt. */
function holesOf(filled: FilledTail): DoubtedRow[] {
  return filled.doubted.flatMap((r) => {
    const printed = filled.rows[r].filter((cell) => cell.text);
    return printed.length ? [{ doubt: 'hole' as const, line: Math.min(...printed.map((c) => c.line)), excerpt: printed.map((c) => c.text).join(' ') }] : [];
  });
}

function unreadTail(tail: TableTail): DocumentIssue {
  const [first, last] = [tail.lines[0], tail.lines.at(-1)!];
  return {
    code: 'table-unread', severity: 'warning', line: first.line, excerpt: first.text.trim(),
    message: `第 ${first.line}–${last.line} 行：表格之后隔着标题或正文又有 ${tail.cells.length} 个像表格单元格的短行，` +
      '无法与表格的行列对上（PDF 转文本时右侧的列可能被放到了后面）；请核对这些列的数值',
  };
}

/** Pieces inside the table that no row explains: named with their lines, never dropped unsaid. */
function unreadStrays(strays: readonly Cell[]): DocumentIssue[] {
  if (strays.length === 0) return [];
  const [first, last] = [strays[0], strays.at(-1)!];
  const range = first.line === last.line ? `第 ${first.line} 行` : `第 ${first.line}–${last.line} 行`;
  return [{
    code: 'table-unread', severity: 'warning', line: first.line, excerpt: strays.map((c) => c.text).join(' '),
    message: `${range}：表格中有 ${strays.length} 个格（${strays.slice(0, 6).map((c) => c.text).join(' ')}）对不上任何一行，` +
      '未读入；PDF 转文本时这些格可能离开了所在的行，请核对相邻行的数值',
  }];
}

/**
 * The widest piece of the body that can be a name, as printed (a reading that joins a wrapped name's lines
 * makes wider ones): a name printed on one line, or a wrapped name's first line, fills the name column.
 */
function widestName(lines: readonly Printed[]): number {
  let headerEnd = 0;
  while (headerEnd < lines.length && headerPieces(lines[headerEnd].text).every(isHeaderPiece)) headerEnd++;
  const body = lines.slice(headerEnd, bodyEnd(lines, headerEnd)).flatMap(splitLine);
  return Math.max(0, ...body.flatMap((c) => (canOpenName(c.text) && hasWideText(c.text) ? [displayWidth(c.text)] : [])));
}

function bodyEnd(lines: readonly SourceLine[], from: number): number {
  let i = from;
  while (i < lines.length && !endsTable(lines[i].text)) i++;
  return i;
}

const endsTable = (text: string) => isHeading(text) || isNoteStart(text) || [...text].length > MAX_CELL_CHARS || /[。；;]$/.test(text);

const isTyped = (text: string) => isValueCell(text) || isUnitCell(text) || isAttributeCell(text) || isDashCell(text) || isSeqCell(text);

/** Spaces `pdftotext` sets between Chinese and Latin or digits (每千人口拥有 3 岁以下) are no part of the text. */
const unspace = (text: string) => text.trim().replace(/ +(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])|(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]) +/g, '');

/**
 * Cells side by side print on one line (〔5000〕 预期性, 2160 3500, 万元/人 14): a line of typed pieces
 * only is split into them, a class word at its end is split off; any other line is one cell.
 */
function splitLine(line: SourceLine): Cell[] {
  const text = line.text;
  if (!text) return [];
  const tokens = joinRepeatedNumber(joinValuePieces(text.split(/\s+/)));
  if (tokens.every(isTyped)) return tokens.map((t) => ({ text: t, line: line.line }));
  const last = tokens.at(-1)!;
  if (isAttributeCell(last)) return [{ text: unspace(tokens.slice(0, -1).join(' ')), line: line.line }, { text: last, line: line.line }];
  return [{ text: unspace(text), line: line.line }];
}

/** One number printed twice, with and without its %, is one cell (`99% 99`, read as 99 by parseValue). */
function joinRepeatedNumber(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const last = out.at(-1);
    const number = (t: string) => /^\d+(?:\.\d+)?%?$/.test(t) ? t.replace('%', '') : undefined;
    if (last !== undefined && number(last) !== undefined && number(last) === number(token) && last !== token) {
      out[out.length - 1] = `${last} ${token}`;
    } else out.push(token);
  }
  return out;
}

interface Step {
  readonly cost: number;
  readonly from: number;
  readonly to: number;
  readonly kind: 'row' | 'label' | 'stray';
  readonly cells?: readonly Cell[];
  /** printed lines of a row */
  readonly lines?: number;
  readonly fit?: RowFit;
}

function doubtsOf(best: readonly Step[], n: number, doubtOf: (fit: RowFit) => RowDoubt | undefined): DoubtedRow[] {
  const doubts: DoubtedRow[] = [];
  for (let i = n; i > 0; i = best[i].from) {
    const { fit, cells } = best[i];
    const doubt = fit && doubtOf(fit);
    const printed = cells?.filter((c) => c.text) ?? [];
    if (doubt && printed.length > 0) {
      doubts.unshift({ doubt, line: Math.min(...printed.map((c) => c.line)), excerpt: printed.map((c) => c.text).join(' ') });
    }
  }
  return doubts;
}

/** Columns printed elsewhere (the tail): in every row, or (`fromLine`) in the rows of the table's last page. */
/** Which tail columns a reading fills, and whether the headed blocks hold only the last page's rows. */
interface Choice {
  readonly k: number;
  readonly dropped: number;
  readonly fromLine?: number;
  readonly blocksBelow?: boolean;
}

interface Dropped {
  readonly all: readonly number[];
  readonly tail: readonly number[];
  readonly fromLine?: number;
  /** columns printed in place in some rows and elsewhere for the others (a 序号 block): skipped at no cost */
  readonly free: readonly number[];
  /** the widest name line as printed (table-reading-order-row.ts: how wide a wrapped name's first line is) */
  readonly nameWidth: number;
}

function cutPages(cells: readonly Cell[], roles: readonly ColumnRole[], dropped: Dropped): CutRows | undefined {
  const { all, tail, fromLine, free, nameWidth } = dropped;
  const split = fromLine === undefined ? 0 : cells.findIndex((c) => c.line >= fromLine);
  if (split <= 0) return cutWithout(cells, roles, [...all, ...tail], free, nameWidth);
  const [above, below] = [
    cutWithout(cells.slice(0, split), roles, all, free, nameWidth),
    cutWithout(cells.slice(split), roles, [...all, ...tail], free, nameWidth),
  ];
  return above && below && {
    cost: above.cost + below.cost, rows: [...above.rows, ...below.rows], strays: [...above.strays, ...below.strays],
    doubts: [...above.doubts, ...below.doubts],
  };
}

/** Rows fitted to the columns but `dropped` (printed elsewhere), which are left empty. */
function cutWithout(
  cells: readonly Cell[], roles: readonly ColumnRole[], dropped: readonly number[], free: readonly number[], nameWidth: number,
): CutRows | undefined {
  if (dropped.some((j) => j < 0 || roles[j] === 'name')) return undefined;
  const kept = roles.map((_, j) => j).filter((j) => !dropped.includes(j));
  const read = cutRows(cells, kept.map((j) => roles[j]), new Set(free.map((j) => kept.indexOf(j))), roles.includes('other') ? 0 : nameWidth);
  return read && {
    cost: read.cost, strays: read.strays, doubts: read.doubts,
    rows: read.rows.map((row) => roles.map((_, j) => (kept.includes(j) ? row[kept.indexOf(j)] : { text: '', line: row[0]?.line ?? 0 }))),
  };
}

/** best[i]: the least cost of reading cells[0, i) as whole rows, labels between them and stray pieces. */
interface CutRows {
  readonly cost: number;
  readonly rows: RowCells[];
  /** pieces no row explains */
  readonly strays: readonly Cell[];
  /** rows whose cells fit more than one way, or may have lost a cell */
  readonly doubts: readonly DoubtedRow[];
}

function cutRows(cells: readonly Cell[], roles: readonly ColumnRole[], free: ReadonlySet<number>, nameWidth: number): CutRows | undefined {
  const n = cells.length;
  const longest = roles.length + 4;
  const grouped = roles.includes('category');
  const best: Step[] = [{ cost: 0, from: 0, to: 0, kind: 'row' }];
  const fitRow = createRowFitter(cells, roles, free, nameWidth);
  const label = cells.map((c) => grouped && isGroupCell(c.text));
  for (let i = 1; i <= n; i++) {
    let step: Step = { cost: best[i - 1].cost + STRAY_COST, from: i - 1, to: i, kind: 'stray' };
    for (let j = i - 1; j >= Math.max(0, i - longest); j--) {
      if (!(best[j].cost < step.cost)) continue;
      if (i - j <= 2 && label[j] && label[i - 1] && (i - j === 1 || [...cells[j].text + cells[i - 1].text].length <= MAX_LABEL_CHARS) && best[j].cost + LABEL_COST < step.cost) {
        step = { cost: best[j].cost + LABEL_COST, from: j, to: i, kind: 'label' };
      }
      const fit = fitRow(j, i);
      if (fit && best[j].cost + fit.cost < step.cost) step = { cost: best[j].cost + fit.cost, from: j, to: i, kind: 'row', cells: fit.cells, lines: fit.lines, fit };
    }
    best.push(step);
  }
  if (!Number.isFinite(best[n].cost) || n === 0) return undefined;
  const strays: Cell[] = [];
  for (let i = n; i > 0; i = best[i].from) if (best[i].kind === 'stray') strays.unshift(cells[i - 1]);
  return { cost: best[n].cost, rows: rowsOf(best, cells, roles), strays, doubts: doubtsOf(best, n, fitRow.doubtOf) };
}

function rowsOf(best: readonly Step[], cells: readonly Cell[], roles: readonly ColumnRole[]): RowCells[] {
  const steps: Step[] = [];
  for (let i = cells.length; i > 0; i = best[i].from) steps.unshift(best[i]);
  const rows: RowCells[] = [];
  const heights: number[] = [];
  const labels: GroupLabel[] = [];
  const at = roles.indexOf('category');
  for (const step of steps) {
    if (step.kind === 'row' && step.cells) {
      if (at >= 0 && step.cells[at].text) labels.push({ text: step.cells[at].text, at: rows.length });
      rows.push(step.cells);
      heights.push(step.lines ?? 1);
    } else if (step.kind === 'label') {
      labels.push({ text: cells.slice(step.from, step.to).map((c) => c.text).join(''), at: rows.length - 0.5 });
    }
  }
  return at >= 0 ? fillCentredGroups(rows, labels, at, heights) : rows;
}

