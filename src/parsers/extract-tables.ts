import type { DocumentIssue, Indicator, IndicatorTable, SourceLine, SourceTable } from '../domain/index.ts';
import { appendGridTable } from './source-table-append.ts';
import { planGridTables } from './source-table-caption.ts';
import { readCandidates } from './table-candidates.ts';
import { readHeader } from './table-header.ts';
import { BARE_TABLE_LABEL, TABLE_LABEL } from './table-label.ts';
import { fold, gridSeparator, isBlank, isHeading } from './table-lines.ts';
import { blankPageBreaks } from './table-page-breaks.ts';
import { printsFontSpaces } from './table-font-spaces.ts';
import { findRunningHeaders, pageEdges, withoutPageNumber } from './table-page-furniture.ts';
import { withRoleCache } from './header-role-cache.ts';
import { ambiguity, unreadCells, unreadLines, unreadRows, unreadValues } from './table-doubts.ts';

export interface ExtractedTables {
  readonly tables: IndicatorTable[];
  readonly indicators: Indicator[];
  readonly issues: DocumentIssue[];
}

/**
 * Finds indicator tables (caption, header, rows, notes) in a plan's lines. Tables whose grid the
 * reader knew (`grids`: Word, HTML, ruled PDF) are read from the grid (source-table*.ts). `periodEnd`, the
 * plan's last year, tells a 2035 target column from a 2035 outlook (table-period-target.ts). Pure; never throws.
 */
export const extractTables = (
  source: readonly SourceLine[], grids?: readonly SourceTable[], periodEnd: number | null = null,
): ExtractedTables => withRoleCache(() => readTables(source, grids, periodEnd));

function readTables(
  source: readonly SourceLine[], grids: readonly SourceTable[] | undefined, periodEnd: number | null,
): ExtractedTables {
  const tables: IndicatorTable[] = [];
  const indicators: Indicator[] = [];
  const issues: DocumentIssue[] = [];
  const running = findRunningHeaders(source);
  const fontSpaces = printsFontSpaces(source);
  const gridTables = planGridTables(source, grids, isCaption, periodEnd);
  // page numbers, running headers and repeated headers inside a table are blank lines for the text readers
  const lines = blankPageBreaks(source, running, isCaption);
  const atEdge = pageEdges(lines);
  for (let i = 0; i < lines.length; i++) {
    const grid = gridTables.get(lines[i].line);
    if (grid) {
      appendGridTable({ tables, indicators, issues }, grid);
      i = Math.max(i, grid.body.end - 1);
      continue;
    }
    const captionLine = withoutPageNumber(lines[i].text.trim());
    const captioned = isCaption(captionLine);
    if (!captioned && !startsUncaptionedTable(lines, i)) continue;
    const title = captioned ? titleLine(lines, i) : undefined;
    const from = captioned ? (title ?? i) + 1 : i;
    const continued = CONTINUED.test(captionLine) ? tables.at(-1) : undefined;
    const printed = title === undefined ? captionLine : `${captionLine} ${lines[title].text.trim()}`;
    const caption = continued?.caption ?? (captioned ? printed : uncaptionedName(lines, i));
    const [best, second] = readCandidates(lines, from, caption, running, atEdge, source, periodEnd, fontSpaces);
    if (!captioned && !best?.indicators.length) continue;
    if (!best) {
      issues.push(...unreadTable(lines, from, lines[i]));
      continue;
    }
    if (!captioned) issues.push(uncaptioned(lines[i], best.indicators.length));
    if (best.indicators.length === 0) {
      const unread = best.issues.filter((x) => x.code === 'table-unread');
      issues.push(...(unread.length ? unread : [emptyTable(lines[i])]));
      continue;
    }
    if (continued) tables.pop();
    const count = (continued?.rows ?? 0) + best.indicators.length;
    const runnerUp = ambiguity(best, second, lines[i]);
    const doubted = runnerUp.length > 0 || best.issues.some((x) => x.code === 'table-ambiguous');
    const confidence = Math.min(best.confidence, continued?.confidence ?? 1, doubted ? AMBIGUOUS_CONFIDENCE : 1);
    const kind = readHeader(best.body.header)!.kind;
    tables.push(continued ? { ...continued, rows: count, confidence } : { caption, kind, line: lines[i].line, rows: count, confidence });
    indicators.push(...best.indicators);
    // the reading-order reader names the pieces it leaves itself; its rows' lines need not stand near their values
    const accounted = best.segmenter === 'reading-order' || best.issues.some((x) => x.code === 'table-unread');
    const skipped = accounted ? [] : unreadRows(lines, i + 1, best.body.end, best.indicators, lines[i]);
    issues.push(...best.issues, ...runnerUp, ...skipped, ...unreadLines(lines, best.body.end, lines[i]));
    i = Math.max(i, best.body.end - 1);
  }
  return { tables, indicators, issues };
}

/**
 * A table printed without a caption (表…, …主要指标): a header line naming an indicator column (指标,
 * 指标名称 — a 项目名称 column lists projects) and a value column (目标, 2025年, 完成情况), split into three
 * or more cells, with a row of values right below.
 */
function startsUncaptionedTable(lines: readonly SourceLine[], at: number): boolean {
  const text = lines[at].text;
  // the name column's header says 指标: a cheap test first, as this runs on every line of the document
  if (!text.includes('指标') || isHeading(text.trim())) return false;
  const cells = cellsOf(text);
  const header = readHeader(cells);
  if (!header || header.kind === 'other' || cells.length < 3 || !/指标/.test(fold(cells[header.roles.indexOf('name')]!))) return false;
  const next = lines.slice(at + 1, at + 4).find((l) => !isBlank(l.text));
  return next !== undefined && /\d/.test(next.text) && cellsOf(next.text).length >= 3;
}

const cellsOf = (text: string) => text.trim().split(/\t|\s{2,}|[|│]/).map((c) => c.trim()).filter(Boolean);

/** The short line just above an uncaptioned table (全市发展的主要目标是：), else where it starts. */
function uncaptionedName(lines: readonly SourceLine[], at: number): string {
  const above = lines.slice(Math.max(0, at - 2), at).reverse().find((l) => !isBlank(l.text))?.text.trim();
  return above && above.length <= 60 && !isHeading(above) ? above : `第 ${lines[at].line} 行起的表格（无标题）`;
}

function uncaptioned(header: SourceLine, rows: number): DocumentIssue {
  return {
    code: 'table-no-caption', severity: 'warning', line: header.line, excerpt: header.text.trim(),
    message: `第 ${header.line} 行：表头前没有表题（表…、…主要指标），按表头读出 ${rows} 行指标；请核对这是否为规划的指标表`,
  };
}

/** What follows a caption no reading explains: tabular lines, cells one per line, or scattered values. */
function unreadTable(lines: readonly SourceLine[], from: number, caption: SourceLine): DocumentIssue[] {
  const unread = unreadLines(lines, from, caption);
  if (unread.length) return unread;
  const cells = unreadCells(lines, from, caption);
  return cells.length ? cells : unreadValues(lines, from, caption, isCaption);
}

/** 表1 alone on its line with the title on the next (“十四五”时期主要指标): the index of the title line. */
function titleLine(lines: readonly SourceLine[], at: number): number | undefined {
  if (!BARE_TABLE_LABEL.test(lines[at].text.trim())) return undefined;
  let next = at + 1;
  while (next < lines.length && next <= at + 2 && isBlank(lines[next].text)) next++;
  const text = lines[next]?.text ?? '';
  return next < lines.length && isCaption(text) && gridSeparator(text) === undefined && !text.startsWith('\t') ? next : undefined;
}

/**
 * A table read with a doubt the user must settle (a close runner-up reading, rows whose centred group
 * labels fit two groupings) stays below the line where `plantrack extract` asks for a check (DOUBTFUL_CONFIDENCE,
 * domain/table-doubt.ts), whatever its cells scored.
 */
const AMBIGUOUS_CONFIDENCE = 0.75;

/** 表2-1（续）: the same table after a page break; its rows join the table above. */
const CONTINUED = /^\s*表.*[（(]续[)）]\s*$/;
/** A table of contents entry: dot leaders or a trailing page number. */
const CONTENTS_ENTRY = /(?:\.{3,}|…|·{3,}|-{3,})|\s\d{1,3}$/;

/** 表2-1 …, or a short line naming 主要指标 (the header that must follow is checked by the readers). */
export function isCaption(text: string): boolean {
  if (text.length > 80 || (!text.includes('表') && !text.includes('指标'))) return false;
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > 60 || /[。，；,;]$/.test(trimmed) || CONTENTS_ENTRY.test(trimmed)) return false;
  return TABLE_LABEL.test(trimmed) || /主要.{0,4}指标|指标体系|指标表/.test(fold(trimmed));
}

function emptyTable(caption: SourceLine): DocumentIssue {
  return {
    code: 'table-empty', severity: 'warning', line: caption.line, excerpt: caption.text.trim(),
    message: `第 ${caption.line} 行：表格“${caption.text.trim()}”有表头但没有读到指标行；请检查表头下方的行是否为每格一行或以制表符分隔`,
  };
}
