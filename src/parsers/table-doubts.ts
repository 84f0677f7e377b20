import type { DocumentIssue, Indicator, SourceLine } from '../domain/index.ts';
import type { TableReading } from './table-candidates.ts';
import { explainsLess, readsSameText } from './table-reading-coverage.ts';
import { isDashCell, isValueCell } from './table-cell-types.ts';
import { isHeaderCell } from './table-header.ts';
import { confidenceOf, weighReading } from './table-score.ts';
import { isBlank, isHeading, isNoteStart } from './table-lines.ts';

/**
 * A runner-up this close to the best reading, and reading other rows, makes the table ambiguous: the
 * best is kept and the user is told which other reading came near. (Scores of right and wrong
 * readings of the development fixtures lie ≥ 0.1 apart.)
 */
const AMBIGUITY_MARGIN = 0.05;

export function ambiguity(best: TableReading, second: TableReading | undefined, caption: SourceLine): DocumentIssue[] {
  if (!second || best.confidence - second.confidence > AMBIGUITY_MARGIN || sameRows(best, second)) return [];
  // a runner-up that leaves out part of what the best read is a worse reading of the same print, not another one
  if (explainsLess(second.indicators, best.indicators)) return [];
  if (positionsDecide(best, second) || (gluesAcrossGaps(second) && !gluesAcrossGaps(best))) return [];
  if (betterWhereTheyDiffer(best, second)) return [];
  const excerpt = caption.text.trim();
  return [{
    code: 'table-ambiguous', severity: 'warning', line: caption.line, excerpt,
    message: `第 ${caption.line} 行：表格“${excerpt}”有两种相近的读法（${best.segmenter} ${best.confidence}，` +
      `${second.segmenter} ${second.confidence}），已取前者；请核对该表各行的列是否对齐`,
  }];
}

/**
 * Splitting lines at runs of spaces (the grid reader on untabbed text) loses where each piece stands: an
 * empty cell leaves no trace and a lone piece on a line of its own (a name's wrapped tail) may read as a
 * group row. The projection read the same characters by their columns, so where the two put them in
 * different cells the positions decide.
 */
const positionsDecide = (best: TableReading, second: TableReading) =>
  best.segmenter.startsWith('projection') && second.segmenter === 'grid' && readsSameText(best.indicators, second.indicators);

/** A value read across a run of spaces (2.3      >7): two printed cells taken as one, a misreading of the columns. */
const gluesAcrossGaps = (reading: TableReading) =>
  reading.indicators.some((i) => [i.baseline, i.target, i.actual, i.annualGrowth].some((v) => v !== null && /\S(?:\s{2,}|\t)\S/.test(v.raw.trim())));

/**
 * Two readings agree on most rows; a table's score dilutes how they differ by the rows they share. Scored on
 * the rows they read differently alone, a best reading clearly ahead (cells of the wrong type, a name with a
 * value glued on in the runner-up) leaves no doubt about those rows.
 */
function betterWhereTheyDiffer(best: TableReading, second: TableReading): boolean {
  const key = (i: Indicator | undefined) => JSON.stringify(i && [i.seq, i.category, i.name, i.unit, i.attributeRaw, i.baseline?.raw, i.target?.raw, i.actual?.raw, i.annualGrowth?.raw]);
  const rows = Math.max(best.indicators.length, second.indicators.length);
  const differ = Array.from({ length: rows }, (_, k) => k).filter((k) => key(best.indicators[k]) !== key(second.indicators[k]));
  const score = (r: TableReading) =>
    confidenceOf(weighReading(r.roles, differ.flatMap((k) => (r.indicators[k] ? [r.indicators[k]] : [])), []));
  return differ.length > 0 && score(best) - score(second) > AMBIGUITY_MARGIN;
}

const rowKey = (r: TableReading) => JSON.stringify(r.indicators.map((i) => [i.name, i.baseline?.raw, i.target?.raw, i.category]));
const sameRows = (a: TableReading, b: TableReading) => rowKey(a) === rowKey(b);

/**
 * Rows look tabular: three or more cells (TABs, wide spaces, bars) or four single-spaced tokens, with a
 * digit; the first line, a header, may have none (甲 | 乙 | 丙 over numbers is a table all the same).
 */
function isTabular(text: string, header = false): boolean {
  const trimmed = text.trim();
  if ((!header && !/\d/.test(trimmed)) || /[。；]$/.test(trimmed) || isHeading(trimmed) || isNoteStart(trimmed)) return false;
  const cells = trimmed.split(/\t|\s{2,}|[|│]/).filter((c) => c.trim()).length;
  return cells >= 3 || trimmed.split(/\s+/).length >= 4;
}

/** A line of a table's header: header words, or pieces of a header cell (2025 年目, 标), and no value. */
function isHeaderPiece(text: string): boolean {
  const cells = text.trim().split(/\s{2,}|\u3000+/).map((c) => c.replace(/\s+/g, ''));
  if (cells.length === 0 || /\d\.\d|[≥≤<>﹥]/.test(text)) return false;
  return cells.every((c) => isHeaderCell(c) || /^[\u4e00-\u9fff]{1,2}$/.test(c) || /^(?:19|20)\d{2}年?[\u4e00-\u9fff]{0,2}$/.test(c));
}

/** A cell wrapped onto a line of its own between rows (高新技术产业产值占规模以上工业产值): one short piece of words. */
const isWrappedCell = (text: string) => {
  const trimmed = text.trim();
  return trimmed.length <= 24 && !/\s{2,}|\t/.test(trimmed) && !/[。；，]/.test(trimmed) && !isHeading(trimmed) && !isNoteStart(trimmed);
};

/** Lines a table's readers stopped before: two or more tabular lines right there are reported, never dropped. */
const UNREAD_MIN_LINES = 2;

export function unreadLines(lines: readonly SourceLine[], from: number, caption: SourceLine): DocumentIssue[] {
  let i = from;
  while (i < lines.length && i < from + 3 && isBlank(lines[i].text)) i++;
  let last = -1;
  let count = 0;
  // the table's header printed again on the next page (pdftotext's form feed before 2025 年目 / 序号 指标名称 … / 标)
  let start = lines[i]?.text.startsWith('\f') ? i : lines.length;
  while (start < lines.length && start < i + 3 && (isBlank(lines[start].text) || isHeaderPiece(lines[start].text))) start++;
  if (start > i && start < lines.length && isTabular(lines[start].text)) i = start;
  for (let k = i; k < lines.length; k++) {
    if (isBlank(lines[k].text) || (count > 0 && isWrappedCell(lines[k].text))) continue;
    if (!isTabular(lines[k].text, count === 0)) break;
    count++;
    last = k;
  }
  if (count < UNREAD_MIN_LINES) return [];
  const range = `${lines[i].line}–${lines[last].line}`;
  return [{
    code: 'table-unread', severity: 'warning', line: lines[i].line, excerpt: lines[i].text.trim(),
    message: `第 ${range} 行：表格“${caption.text.trim()}”后有 ${count} 行像表格行，但没有一种读法能读出它们；` +
      '请检查这些行的分隔方式（制表符、对齐空格、竖线或每格一行）',
  }];
}

/**
 * A printed value of a row: a number that is no year of a header (2020年, （2020 年）), on a line that is
 * no page number (— 12 —, 第12页; a bare number may be a cell) nor a note.
 */
function holdsValue(text: string): boolean {
  const trimmed = text.trim();
  if (isNoteStart(trimmed) || isHeading(trimmed) || /^[—\-－·]\s*\d+\s*[—\-－·]$|^第\s*\d+\s*页$/.test(trimmed)) return false;
  return trimmed.replace(/(?:19|20)\d{2}\s*年/g, '').split(/\s+/).some((t) => /\d/.test(t) && isValueCell(t));
}

/**
 * Lines with values inside a table's block that no row read stands near: a row is printed over a few
 * lines (a wrapped name, cells above and below its values line, or one cell per line), so a line counts
 * as read within twice the usual distance between two rows' names (and a line) of a row's name.
 */
export function unreadRows(
  lines: readonly SourceLine[], from: number, end: number, rows: readonly Indicator[], caption: SourceLine,
): DocumentIssue[] {
  const at = rows.map((r) => r.line).sort((a, b) => a - b);
  const gaps = at.slice(1).map((line, k) => line - at[k]).sort((a, b) => a - b);
  const reach = 2 * (gaps[Math.floor(gaps.length / 2)] ?? 1) + 1;
  const unread = lines.slice(from, end)
    .filter((l) => holdsValue(l.text) && !at.some((line) => Math.abs(line - l.line) <= reach) && l.line > at[0]! - reach * 4);
  if (unread.length < UNREAD_MIN_LINES) return [];
  const [first, last] = [unread[0], unread.at(-1)!];
  return [{
    code: 'table-unread', severity: 'warning', line: first.line, excerpt: first.text.trim(),
    message: `第 ${first.line}–${last.line} 行：表格“${caption.text.trim()}”中有 ${unread.length} 行数值没有读成指标行；` +
      '请核对这些行（跨页、换行或列未对齐的行可能被漏读）',
  }];
}

/**
 * Short cells one per line after a caption, a quarter of them values: a table printed one cell per line
 * (its header's pieces come first, so the sample reaches past a header of a dozen pieces).
 */
const CELL_CHARS = 16;
const CELL_LINES = 8;
const MIN_VALUES = 4;
const SAMPLE_LINES = 30;

/** A caption no reading explains, followed by lines of short cells with values: reported, never dropped. */
export function unreadCells(lines: readonly SourceLine[], from: number, caption: SourceLine): DocumentIssue[] {
  const sample = lines.slice(from, from + SAMPLE_LINES * 2).filter((l) => !isBlank(l.text)).slice(0, SAMPLE_LINES);
  const cells = sample.filter((l) => [...l.text.trim()].length <= CELL_CHARS && !/[。；]$/.test(l.text.trim()));
  const values = cells.filter((l) => holdsValue(l.text) || isDashCell(l.text.trim()));
  if (cells.length < CELL_LINES || values.length < MIN_VALUES || values.length * 4 < cells.length) return [];
  const [first, last] = [sample[0], sample.at(-1)!];
  return [{
    code: 'table-unread', severity: 'warning', line: first.line, excerpt: first.text.trim(),
    message: `第 ${first.line}–${last.line} 行起：表格“${caption.text.trim()}”后是逐格成行的表格内容，但没有一种读法能读出它们；` +
      '请检查这些行（PDF 转文本时表格的格可能被打乱）',
  }];
}

/**
 * A line with a value printed as a table cell: not prose (。，；), and not a numbered heading or list
 * item whose only number opens it (1  总则, 2.1 规划应…); a line of values alone counts.
 */
function holdsCellValue(text: string): boolean {
  if (/[。，；,;]/.test(text) || !holdsValue(text)) return false;
  const tokens = text.replace(/(?:19|20)\d{2}\s*年/g, '').split(/\s+/).filter(Boolean);
  const isValue = (t: string) => /\d/.test(t) && isValueCell(t);
  return tokens.slice(1).some(isValue) || tokens.every(isValue);
}

/** How far after a caption its unread values are looked for: a table of wrapped cells spans many lines. */
const VALUE_WINDOW = 80;
const MIN_VALUE_LINES = 3;

/**
 * A caption no reading explains, followed (before the next heading or caption) by lines holding printed
 * values: the table's cells were too wrapped or scattered to read (narrow columns in a PDF's layout text,
 * 预期/性 over two lines). Reported with the lines' range, never dropped.
 */
export function unreadValues(
  lines: readonly SourceLine[], from: number, caption: SourceLine, isCaption: (text: string) => boolean,
): DocumentIssue[] {
  const values: SourceLine[] = [];
  for (let k = from, seen = 0; k < lines.length && seen < VALUE_WINDOW; k++) {
    const text = lines[k].text.trim();
    if (isBlank(text)) continue;
    if (isHeading(text) || isCaption(text)) break;
    seen++;
    if (holdsCellValue(text)) values.push(lines[k]);
  }
  if (values.length < MIN_VALUE_LINES) return [];
  const [first, last] = [values[0], values.at(-1)!];
  return [{
    code: 'table-unread', severity: 'warning', line: first.line, excerpt: first.text.trim(),
    message: `第 ${first.line}–${last.line} 行：表格“${caption.text.trim()}”后有 ${values.length} 行数值，但没有一种读法能把它们读成指标行；` +
      '请检查这些行（单元格换行过多或列未对齐），或改用 Word/PDF 原件导入',
  }];
}
