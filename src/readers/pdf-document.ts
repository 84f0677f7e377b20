import type { SourceTable } from '../domain/index.ts';
import { joinText } from './pdf-paragraphs.ts';
import { runningKey, type PageText, type Running } from './pdf-lines.ts';
import { continueTable, sameColumns } from './pdf-continued-table.ts';
import type { PageTable } from './pdf-ruled-tables.ts';
import { sourceTable, tableLines } from './pdf-table-lines.ts';
import { brokenRowTail, joinTail } from './pdf-broken-row.ts';

/** The lines of a whole PDF with their pages, and the tables among them. */
export interface DocumentText {
  readonly lines: { text: string; readonly page: number }[];
  readonly tables: SourceTable[];
}

/**
 * A line at the top (or bottom) of this share of the pages, and of two at least, is a running
 * header (or footer) printed by the page layout, not text of the plan. A third leaves room for odd
 * and even pages printing different ones (the plan's title and the chapter's).
 */
const RUNNING_SHARE = 0.3;

/** The running headers and footers: the same first (last) line, page numbers aside, on many pages. */
export function findRunning(pages: readonly PageText[]): Running {
  const count = (texts: (string | undefined)[]) => {
    const counts = new Map<string, number>();
    for (const key of texts.flatMap((text) => (text === undefined ? [] : [runningKey(text)]))) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const least = Math.max(2, RUNNING_SHARE * pages.length);
    return new Set([...counts].filter(([, n]) => n >= least).map(([key]) => key));
  };
  return { headers: count(pages.map((p) => p.top)), footers: count(pages.map((p) => p.bottom)) };
}

/**
 * Pages whose lone top or bottom number is no page number: page numbers go up one a page, so a
 * number counts as the page's only when another page prints one in step with it (N on page p, N + k
 * on page p + k). A value of a table row that the page turn left alone at a page's edge has none.
 */
export function pagesWithLoneCells(pages: readonly PageText[]): Set<number> {
  const offsets = pages.map((page, p) => new Set(page.pageNumbers.map((n) => n - p)));
  const inStep = (p: number, n: number) => offsets.some((set, q) => q !== p && set.has(n - p));
  return new Set(pages.flatMap((page, p) => (page.pageNumbers.some((n) => !inStep(p, n)) ? [p] : [])));
}

/**
 * Puts the pages' lines one after the other: a paragraph broken by the page turn is one line, at
 * the page where it starts; a ruled table whose rows go on at the top of the next page, under the
 * same columns, is one table (see continueTable).
 */
export function joinPages(pages: readonly { readonly page: number; readonly text: PageText }[]): DocumentText {
  const lines: DocumentText['lines'][number][] = [];
  const tables: { first: number; table: PageTable }[] = [];
  let previous: PageText | undefined;
  for (const { page, text } of pages) {
    let skip = 0;
    let pageTables = text.tables;
    let pageLines = text.lines;
    const open = tables.at(-1);
    const head = pageTables[0];
    if (previous?.runsOn && text.carriesOn && lines.length) {
      lines[lines.length - 1].text = joinText(lines.at(-1)!.text, text.lines[0]);
      skip = 1;
    } else if (open && head?.first === 0 && endsLines(open, lines.length) && sameColumns(open.table, head.table)) {
      open.table = continueTable(open.table, head.table);
      // the last row above may have taken the ends of a row the page turn broke
      const rows = tableLines(open.table);
      rows.slice(0, lines.length - open.first).forEach((row, k) => (lines[open.first + k].text = row));
      lines.push(...rows.slice(lines.length - open.first).map((line) => ({ text: line, page })));
      skip = head.table.rowCount;
      pageTables = pageTables.slice(1);
    } else if (lines.length && !pageTables.some((t) => t.first <= 1)) {
      const tail = brokenRowTail(lines.map((l) => l.text), pageLines);
      if (tail >= 0) {
        lines[lines.length - 1].text = joinTail(lines.at(-1)!.text, pageLines[tail]);
        pageLines = pageLines.filter((_, k) => k !== tail);
        pageTables = pageTables.map((t) => ({ ...t, first: t.first - 1 }));
      }
    }
    const offset = lines.length - skip;
    for (const { first, table } of pageTables) tables.push({ first: first + offset, table });
    for (const line of pageLines.slice(skip)) lines.push({ text: line, page });
    previous = text;
  }
  return { lines, tables: tables.map(({ first, table }) => sourceTable(table, first)) };
}

/** The table's last row is the last line so far: nothing (but page numbers, running lines) came after it. */
const endsLines = (open: { first: number; table: PageTable }, count: number) =>
  open.first + open.table.rowCount === count;
