import type { DocumentIssue, Indicator, SourceLine } from '../domain/index.ts';
import { readBlankSeparated } from './table-blank-cells.ts';
import type { TableBody } from './table-body.ts';
import { readGrid } from './table-grid.ts';
import { readLineCells } from './table-line-cells.ts';
import { type ColumnRole, isHeaderCell, readHeader } from './table-header.ts';
import { headerSetAtTop } from './table-header-alignment.ts';
import { gridSeparator, isBlank, isHeading } from './table-lines.ts';
import { readNoteContext } from './table-notes.ts';
import { cleanPageFurniture } from './table-page-furniture.ts';
import { type ColumnMeasure, isBlockEnd, projectColumns } from './table-projection.ts';
import { readReadingOrder } from './table-reading-order.ts';
import { readRows } from './table-rows.ts';
import { splitGluedUnits } from './table-glued-units.ts';
import { doubtedRows, setAsideDoubtfulRows } from './table-row-doubt-issues.ts';
import { confidenceOf, plausibleRows, weighReading } from './table-score.ts';
import { joinRuledRows } from './table-segments.ts';
import { segmentSingleSpaceRows } from './table-single-spaces.ts';
import { readStacked } from './table-stacked.ts';
import { targetOfPeriod } from './table-period-target.ts';

/** One way of reading the lines after a caption, with what it read and how well that explains them. */
export interface TableReading {
  readonly segmenter: string;
  readonly body: TableBody;
  readonly roles: readonly ColumnRole[];
  readonly indicators: Indicator[];
  readonly issues: DocumentIssue[];
  readonly confidence: number;
}

/** A line ending a sentence: prose, never a table's header. */
const SENTENCE_END = /[。；]\s*$/;

/** The confidence below which the readers in column order leave the table to table-reading-order.ts. */
const READING_ORDER_BELOW = 0.9;

/** Lines a candidate looks at after a caption; a table with its notes is far shorter. */
const WINDOW_LINES = 400;

/**
 * Reads the table that starts at `from` (the line after its caption) every way it may be printed —
 * TAB or space-split grid and one cell per line (readGrid, readStacked), column extents from a
 * whitespace projection, pipes and box rules, single-space rows, one cell per line with blank lines
 * between cells or standing for merged places — and ranks the readings by confidence (table-score.ts). Ties keep the earlier reader.
 * `atEdge`: whether a line of `lines` may stand at a page's top or foot (pageEdges, found once per document).
 */
export function readCandidates(
  lines: readonly SourceLine[], from: number, caption: string, running: ReadonlySet<string>, atEdge: (i: number) => boolean,
  source: readonly SourceLine[] = lines, periodEnd: number | null = null, fontSpaces = false,
): TableReading[] {
  const window = lines.slice(from, from + WINDOW_LINES).map((l, k) => cleanPageFurniture(l, running, atEdge(from + k)));
  const start = window.findIndex((l) => !isBlank(l.text));
  // a heading (一、总体要求, 第二章) or a sentence (…见附表1。) right after the line is no header: that line
  // was a title naming 主要指标, not a caption (the table's own caption follows)
  if (start >= 0 && (isHeading(window[start].text) || SENTENCE_END.test(window[start].text))) return [];
  const bodies: Array<[string, TableBody | undefined]> = [['grid', readBody(lines, from)]];
  // a header printed again after a page break, which the projection blanks: a page break as much as a page number
  const repeatedHeaders = new Map<TableBody, readonly number[]>();
  if (start >= 0 && start < 4) {
    const shifted = (body: TableBody | undefined) => (body ? { ...body, end: body.end + from } : undefined);
    const piped = joinRuledRows(window);
    const pipedStart = firstText(piped);
    if (window.slice(start, start + 3).some((l) => /[|│┃║]/.test(l.text)) && isHeaderRow(piped[pipedStart].text)) {
      bodies.push(['pipes', shifted(readGrid(piped, pipedStart, 'tab'))]);
    }
    // on a tie the projection goes first where rows have no TAB: it keeps an empty cell in its place, which
    // splitting at runs of spaces cannot (a lone name piece then reads as a group of its own)
    const tabbed = window.slice(start, start + 12).some((l) => l.text.includes('\t'));
    const pageStarts = new Set(lines.slice(from, from + WINDOW_LINES).flatMap((l) => (l.text.startsWith('\f') ? [l.line] : [])));
    for (const measure of ['chars', 'display'] as const) {
      const projected = projectBlock(window, start, measure, pageStarts);
      const body = projected && shifted(readGrid(projected.lines, projected.header, 'tab'));
      if (body) bodies.splice(tabbed ? bodies.length : bodies.length - 1, 0, [`projection-${measure}`, body]);
      if (body) repeatedHeaders.set(body, projected.repeatedHeaders);
    }
    const spaced = isSpaced(window, start);
    const single = spaced ? undefined : segmentSingleSpaceRows(window, start);
    if (single && isHeaderRow(single[start].text)) bodies.push(['single-spaces', shifted(readGrid(single, start, 'tab'))]);
    for (const per of [2, 1] as const) bodies.push([`blank-cells-${per}`, readBlankSeparated(lines, from + start, per)]);
    bodies.push(['line-cells', readLineCells(lines, from + start)]);
  }
  const tabbed = start >= 0 && window.slice(start, start + 12).some((l) => l.text.includes('\t'));
  const typed = tabbed || (start >= 0 && alignedByHand(window, start));
  const topAligned = (segmenter: string, body: TableBody) =>
    typed || /^(?:pipes|blank-cells|line-cells)/.test(segmenter) || body.headerSetAtTop === true ||
    headerSetAtTop(lines, body, segmenter === 'single-spaces');
  const pageBreaks = new Set(lines.slice(from, from + WINDOW_LINES).flatMap((l, k) =>
    (isBlank(l.text) && !isBlank(source[from + k]?.text ?? '') ? [l.line] : [])));
  const readings = bodies.flatMap(([segmenter, body]) =>
    (body ? [weigh(segmenter, body, caption, periodEnd, fontSpaces, {
      topAligned: topAligned(segmenter, body), pageBreaks: new Set([...pageBreaks, ...repeatedHeaders.get(body) ?? []]),
    })] : []));
  // pdftotext's reading order is the last resort: asked only when no reader in column order explains the
  // lines well (it sets the columns in the usual order, which a header printed in order may contradict)
  const inOrder = Math.max(0, ...readings.map((r) => r.confidence));
  if (start >= 0 && start < 4 && inOrder < READING_ORDER_BELOW && !isSpaced(window, start)) {
    // the lines as printed: a name printed in two tables is no running header there
    const body = readReadingOrder(source, from, running);
    if (body) readings.push(weigh('reading-order', body, caption, periodEnd, fontSpaces));
  }
  // a reading that explains fewer of the rows another reading finds is less likely (√ keeps one lost row mild)
  const most = Math.max(1, ...readings.map((r) => plausibleRows(r.indicators)));
  const covered = readings.map((r) => ({ ...r, confidence: round(r.confidence * Math.sqrt(plausibleRows(r.indicators) / most)) }));
  const ranked = covered.sort((a, b) => b.confidence - a.confidence);
  if (ranked.length === 0) return ranked;
  const chosen = { ...ranked[0], indicators: splitGluedUnits(ranked[0].roles, ranked[0].indicators) };
  const best = chosen.segmenter === 'reading-order' ? withoutDoubts(chosen, caption) : withDoubts(chosen, caption);
  return [best, ...ranked.slice(1)];
}

/** Any other reader's rows are kept, those the same checks doubt named in an issue (table-row-doubts.ts). */
function withDoubts(reading: TableReading, caption: string): TableReading {
  return { ...reading, issues: [...reading.issues, ...doubtedRows(caption, reading.roles, reading.indicators)] };
}

/**
 * pdftotext's reading order is the one reading that may cut a row from other rows' pieces: the rows it
 * cannot vouch for are set aside with an issue (table-row-doubts.ts).
 */
function withoutDoubts(reading: TableReading, caption: string): TableReading {
  const { kept, issues } = setAsideDoubtfulRows(caption, reading.roles, reading.indicators);
  return { ...reading, indicators: kept, issues: [...reading.issues, ...issues] };
}

function weigh(
  segmenter: string, body: TableBody, caption: string, periodEnd: number | null, fontSpaces: boolean,
  groups: { topAligned?: boolean; pageBreaks?: ReadonlySet<number> } = {},
): TableReading {
  const header = readHeader(body.header);
  const roles = header ? targetOfPeriod(body.header, header.roles, periodEnd) : [];
  const read = readRows({ caption, roles, rows: body.rows, context: readNoteContext(body.notes), fontSpaces, ...groups });
  const issues = [...body.issues, ...read.issues];
  // a header cell with a gap inside is two cells glued (2025年　　属性), and one header word over two
  // columns (计量单位 | 计量单位) a column the rows split in two: either counts as unread
  const glued = (k: number) => /\S(?:\u3000|\s{2})\s*\S/.test(body.header[k] ?? '');
  const doubled = (k: number) => k > 0 && body.header[k] !== '' && body.header[k] === body.header[k - 1];
  const readRoles = roles.map((role, k) => (glued(k) || doubled(k) ? 'other' : role));
  const confidence = header ? confidenceOf(weighReading(readRoles, read.indicators, issues)) : 0;
  return { segmenter, body, roles, indicators: read.indicators, issues, confidence };
}

/** A segmented first line that can be a header: three or more cells, most of them header words. */
function isHeaderRow(text: string): boolean {
  const cells = text.split('\t').filter((c) => c.trim());
  return cells.length >= 3 && cells.filter(isHeaderCell).length * 2 > cells.length;
}

/** pdftotext without -layout never prints a run of spaces or a TAB: where rows have them, other segmenters apply. */
const isSpaced = (window: readonly SourceLine[], start: number) =>
  tableBlock(window, start).some((l) => /\t|\S {2,}\S|\u3000/.test(l.text.trim()));

/**
 * Columns set apart by runs of full-width spaces (U+3000) on most of the table's first lines split into cells were aligned by
 * hand in an editor or word processor, which types a group's label on its first row: pdftotext pads
 * columns with ASCII spaces (table-projection.ts) and prints a merged cell's label where the PDF centred it.
 */
function alignedByHand(window: readonly SourceLine[], start: number): boolean {
  const split = tableBlock(window, start).map((l) => l.text.trim()).filter((text) => /\S(?:\s{2,}|\u3000)\s*\S/.test(text));
  return split.filter((text) => /\S ?\u3000+ ?\S/.test(text)).length * 2 > split.length;
}

/** The first lines of a table, up to a blank line (the next chapter's heading may be spaced). */
function tableBlock(window: readonly SourceLine[], start: number): SourceLine[] {
  const block = window.slice(start, start + 12);
  const blank = block.findIndex((l) => isBlank(l.text));
  return blank < 0 ? block : block.slice(0, Math.max(1, blank));
}

const round = (x: number) => Math.round(x * 100) / 100;

const firstText = (lines: readonly SourceLine[]) => Math.max(0, lines.findIndex((l) => !isBlank(l.text)));

/** The block up to its end (a note, a heading, prose) is projected; the lines after it stay as printed. */
function projectBlock(
  window: readonly SourceLine[], start: number, measure: ColumnMeasure, pageStarts: ReadonlySet<number>,
): { lines: SourceLine[]; header: number; repeatedHeaders: number[] } | undefined {
  let end = start + 1;
  while (end < window.length && !isBlockEnd(window[end].text)) end++;
  const projected = projectColumns(window.slice(start, end), measure, pageStarts);
  if (!projected) return undefined;
  return {
    lines: [...window.slice(0, start), ...projected.lines, ...window.slice(end)], header: start + projected.header,
    repeatedHeaders: projected.lines.filter((_, i) => projected.repeats[i]).map((l) => l.line),
  };
}

/**
 * Today's reading: the header must start within a few lines of the caption (a 单位：… line may stand
 * between). Short pieces just above a grid header line are the upper half of a header cell printed
 * over two lines.
 */
function readBody(lines: readonly SourceLine[], from: number): TableBody | undefined {
  let start = from;
  while (start < lines.length && start < from + 4 && (isBlank(lines[start].text) || /^单位\s*[:：]/.test(lines[start].text.trim()))) start++;
  if (start >= lines.length || start >= from + 4) return undefined;
  const separator = gridSeparator(lines[start].text);
  if (separator) return readGrid(lines, start, separator);
  const below = lines.slice(start + 1, start + 3).findIndex((l) => gridSeparator(l.text) !== undefined);
  const above = lines.slice(start, start + 1 + below).map((l) => l.text.trim());
  if (below >= 0 && above.every((piece) => piece === '' || (piece.length <= 10 && !piece.includes('\t')))) {
    const grid = readGrid(lines, start + 1 + below, gridSeparator(lines[start + 1 + below].text)!, above.join(''));
    if (grid) return grid;
  }
  return readStacked(lines, start);
}
