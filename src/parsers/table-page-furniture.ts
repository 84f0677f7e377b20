import type { SourceLine } from '../domain/index.ts';
import { isHeaderCell } from './table-header.ts';

/**
 * What a page break leaves inside a table in printed text: page numbers (— 14 —, 第14页), running
 * headers (the plan's title at the top of every page), and, in `pdftotext` output, the page number
 * glued to the first text of the next page (14上海市…, 16一级 二级 …, 13表1 …).
 */

/** A line of its own holding a page number: — 12 —, - 12 -, · 12 ·, 12, 第 12 页, 第12页 共40页, 12/40. */
const PAGE_NUMBER = /^[-—–－·•\s]*(?:第\s*)?\d{1,4}(?:\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\s*\/\s*\d{1,4})?[-—–－·•\s]*$/;

/** 2015 alone on a line is the top half of a header cell (2015 / 年), never a page: no plan has 1900 pages. */
const YEAR = /^(?:19|20)\d{2}$/;

export const isPageNumber = (text: string): boolean => PAGE_NUMBER.test(text.trim()) && !YEAR.test(text.trim());

/** The shortest text a running header has (a plan's short title); shorter repeated lines are cells. */
const RUNNING_HEADER_MIN_CHARS = 8;

/** Lines printed twice or more with nothing else on them (page headers and footers), page number removed. */
export function findRunningHeaders(lines: readonly SourceLine[]): ReadonlySet<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const atEdge = pageEdges(lines);
  for (const [i, { text }] of lines.entries()) {
    if (!atEdge(i)) continue;
    const key = withoutPageNumber(text.trim());
    // a table's header printed again on every page has several cells: it is read (and skipped) as a header
    if (key.length < RUNNING_HEADER_MIN_CHARS || key.length > 60 || /[。；]$/.test(key) || key.split(/\s+/).length > 2 || !/[\u4e00-\u9fff]/.test(key)) continue;
    // 2025 年目标 over two tables' headers near a page's top is the upper half of a header cell, not a page header
    if (!seen.has(key)) seen.add(key);
    else if (!isHeaderCell(key.replace(/\s+/g, '')) || !isHeaderLine(lines[i + 1]?.text ?? '')) repeated.add(key);
  }
  return repeated;
}

/** 序号   指标名称    计量单位: a table's header line, two or more header words apart. */
const isHeaderLine = (text: string) => text.trim().split(/\s{2,}|\u3000+/).filter((cell) => isHeaderCell(cell)).length >= 2;

/** Lines a page header or footer may stand on: near a form feed where the text has them (pdftotext). */
const PAGE_EDGE_LINES = 3;

/**
 * Where the text marks its pages (a form feed starts each page), a running header or footer stands within a few
 * lines of a page's start or end; without form feeds, within a few lines of a page number (— 12 —, 12, 14某市…,
 * 某市…  14). A line repeated elsewhere (a table printed twice, its wrapped names alike: 单位地区生产总值 over two
 * rows) is text.
 */
export function pageEdges(lines: readonly SourceLine[]): (i: number) => boolean {
  const feeds = lines.flatMap((l, i) => (l.text.startsWith('\f') ? [i] : []));
  const edges = feeds.length ? [0, ...feeds, lines.length] : lines.flatMap((l, i) => (printsPageNumber(l.text) ? [i] : []));
  const near = new Uint8Array(lines.length);
  for (const f of edges) near.fill(1, Math.max(0, f - PAGE_EDGE_LINES), f + PAGE_EDGE_LINES);
  return (i) => near[i] === 1;
}

const printsPageNumber = (text: string) => {
  const trimmed = text.trim();
  return trimmed !== '' && (isPageNumber(trimmed) || withoutPageNumber(trimmed) !== trimmed || titleBesideNumber(trimmed) !== undefined);
};

/** 14上海市… → 上海市…: a 1–3 digit page number glued to CJK text (never to a number or a unit). */
export function withoutPageNumber(text: string): string {
  const glued = /^\f?(\d{1,3})(?=[\u4e00-\u9fff“"（(《])/.exec(text);
  return glued ? text.slice(glued[0].length) : text.replace(/^\f/, '');
}

/**
 * A line with a page number glued in front of a caption (13表1 …) or of a repeated header (16序号 类别 …)
 * loses the number; page numbers and running headers become blank lines (blank lines never end a table).
 * `atPageEdge`: the line may stand at a page's top or foot (pageEdges).
 */
export function cleanPageFurniture(line: SourceLine, running: ReadonlySet<string>, atPageEdge = true): SourceLine {
  const trimmed = line.text.trim();
  // a bare number far from every page's edge (99 under 99% in a wrapped cell) is a cell, not a page number
  const pageNumber = isPageNumber(trimmed) && (atPageEdge || !/^\d+$/.test(trimmed));
  if (pageNumber || running.has(withoutPageNumber(trimmed))) return { ...line, text: '' };
  const bare = withoutPageNumber(trimmed);
  if (bare === trimmed) return line.text.startsWith('\f') ? { ...line, text: line.text.slice(1) } : line;
  const pieces = bare.split(/\s+/);
  const header = pieces.length >= 2 && pieces.filter(isHeaderCell).length >= pieces.length - 1;
  return /^表\s*[0-9０-９]/.test(bare) || header ? { ...line, text: bare } : line;
}

/** The start or the end of a line holding PAGE_NUMBER as its first or last piece. */
const pageNumberAtAnEnd = /^[-—–－·•\s]*(?:第\s*)?\d|(?:\d|页)[-—–－·•\s]*$/;

/** 某市…纲要      14, 14      某市…纲要: the running header and the page number on one line, the header's text. */
function titleBesideNumber(text: string): string | undefined {
  // a cheap look before splitting (every line is asked): a page number stands at one end of the line
  if (!pageNumberAtAnEnd.test(text)) return undefined;
  const pieces = text.trim().split(/\s{2,}|\u3000+/);
  if (pieces.length !== 2) return undefined;
  const title = isPageNumber(pieces[0]) ? pieces[1] : isPageNumber(pieces[1]) ? pieces[0] : undefined;
  return title !== undefined && title.length >= RUNNING_HEADER_MIN_CHARS && /[\u4e00-\u9fff]/.test(title) ? title : undefined;
}

/**
 * The lines (indices) that print a running header beside the page number, as `pdftotext -layout` does
 * when both stand at the top of a page: the same text beside two page numbers or more, or alone elsewhere.
 */
export function findTitledPageNumbers(lines: readonly SourceLine[], running: ReadonlySet<string>): ReadonlySet<number> {
  const titles = new Map<string, number[]>();
  lines.forEach(({ text }, i) => {
    // a page number stands at one end of a line of spaces (never TABs): a cheap look before splitting
    if (text.length > 100 || text.includes('\t') || !/\d\s*[-—–－·•页]?\s*$|^\s*[-—–－·•第]?\s*\d/.test(text)) return;
    const title = titleBesideNumber(text);
    if (title) titles.set(title, [...(titles.get(title) ?? []), i]);
  });
  const once = [...titles].filter(([, at]) => at.length === 1);
  const alone = once.length ? new Set(lines.map((l) => (l.text.length <= 80 ? l.text.trim() : ''))) : running;
  const found = new Set<number>();
  for (const [title, at] of titles) if (at.length >= 2 || running.has(title) || alone.has(title)) at.forEach((i) => found.add(i));
  return found;
}
