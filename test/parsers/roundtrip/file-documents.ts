import {
  Document, HeadingLevel, Packer, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign,
  VerticalMergeType, WidthType,
} from 'docx';
import type { Random } from './seeded-random.ts';
import { AFTER_TABLE } from './text-cases.ts';
import { displayWidth } from './text-families.ts';
import type { Grid } from './table-grid.ts';

/**
 * One section of a many-table document: a marker sentence (to tell the sections apart when reading
 * back), prose that moves the table down the page (so PDF page breaks fall at different rows), the
 * caption, the table, and the next chapter.
 */
export interface Section {
  readonly marker: string;
  readonly grid: Grid;
  readonly filler: readonly string[];
  /** the table is printed without borders, its cells padded */
  readonly borderless?: boolean;
}

export const markerOf = (index: number) => `（样表${index + 1}）`;

const FILLER = '坚持创新在现代化建设全局中的核心地位，深入实施创新驱动发展战略，加快建设现代化经济体系，推动经济高质量发展。';

/** Up to about a page of prose before a table, so that PDF page breaks fall at different rows. */
const MAX_FILLER_PARAGRAPHS = 10;

export function createSection(index: number, grid: Grid, random: Random, borderless = false): Section {
  const filler = Array.from({ length: random.int(0, MAX_FILLER_PARAGRAPHS) }, () => FILLER);
  return { marker: markerOf(index), grid, filler, borderless };
}

const GOALS_HEADING = '第二章  发展目标';
const goalsProse = (section: Section) => `${section.marker}到2025年，主要发展目标如下。`;

/** Which rows a group cell spans: the merged cell of a Word or HTML table. */
function spanAt(grid: Grid, row: number): { opens: boolean; size: number; label: string } | undefined {
  const group = grid.groups.find((g) => row >= g.first && row < g.first + g.size);
  return group && { opens: group.first === row, size: group.size, label: group.label };
}

/** The text width of an A4 page with Word's default margins, in twentieths of a point (twips). */
const PAGE_WIDTH_TWIPS = 9000;
/** Twips per display column of 五号 (10.5 pt) text: a Chinese character is 210, a digit half that. */
const TWIPS_PER_COLUMN = 105;
/** A cell's left and right margins, with a little slack so that the widest value stays on one line. */
const CELL_PADDING_TWIPS = 300;
/** The name column keeps at least this share of the page; the other columns shrink to leave it. */
const NAME_SHARE = 0.3;
/** Beside a column of explanations the name keeps less: the page has room for both only so. */
const NAME_SHARE_BESIDE_NOTES = 0.2;
/** The explanation column is 8 Chinese characters wide (12 in the province monitoring list's print): it wraps. */
const NOTE_COLUMNS = 16;

/**
 * Value columns as wide as their widest text, the name column the rest of the page, as published plans
 * set them: values stay on one line, long names wrap.
 */
function columnWidths(grid: Grid): number[] {
  const nameAt = grid.roles.indexOf('name');
  const columns = (c: number) => (grid.roles[c] === 'note' ? NOTE_COLUMNS
    : Math.max(displayWidth(grid.header[c]), ...grid.body.map((r) => displayWidth(r[c]))));
  const natural = grid.header.map((_, c) => columns(c) * TWIPS_PER_COLUMN + CELL_PADDING_TWIPS);
  const others = natural.reduce((sum, w, c) => (c === nameAt ? sum : sum + w), 0);
  const nameShare = grid.roles.includes('note') ? NAME_SHARE_BESIDE_NOTES : NAME_SHARE;
  const scale = Math.min(1, (PAGE_WIDTH_TWIPS * (1 - nameShare)) / others);
  const widths = natural.map((w) => Math.floor(w * scale));
  widths[nameAt] = PAGE_WIDTH_TWIPS - Math.floor(others * scale);
  return widths;
}

/** Top and bottom padding of a borderless table's cells (twips): rows stand apart as a web page's list rows do. */
const BORDERLESS_PADDING_TWIPS = 200;

const wordCell = (text: string, width: number, merge?: 'restart' | 'continue', padded = false) => new TableCell({
  children: [new Paragraph(text)],
  width: { size: width, type: WidthType.DXA },
  ...(padded ? { margins: { top: BORDERLESS_PADDING_TWIPS, bottom: BORDERLESS_PADDING_TWIPS } } : {}),
  verticalAlign: VerticalAlign.CENTER,
  ...(merge ? { verticalMerge: merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
});

function wordTable(grid: Grid, borderless: boolean): Table {
  const at = grid.roles.indexOf('category');
  const widths = columnWidths(grid);
  const rows = grid.body.map((cells, r) => new TableRow({
    children: cells.map((cell, c) => {
      const span = c === at ? spanAt(grid, r) : undefined;
      if (!span) return wordCell(cell, widths[c], undefined, borderless);
      return wordCell(span.opens ? span.label : '', widths[c], span.opens ? 'restart' : 'continue', borderless);
    }),
  }));
  const header = new TableRow({ tableHeader: true, children: grid.header.map((h, c) => wordCell(h, widths[c], undefined, borderless)) });
  return new Table({
    rows: [header, ...rows], columnWidths: widths, layout: TableLayoutType.FIXED,
    ...(borderless ? { borders: TableBorders.NONE } : {}),
  });
}

/** A Word document of many tables, each in its section, with merged group cells (vertically centred). */
export function buildDocx(sections: readonly Section[]): Promise<Buffer> {
  const children = sections.flatMap((s) => [
    new Paragraph({ text: GOALS_HEADING, heading: HeadingLevel.HEADING_1 }),
    new Paragraph(goalsProse(s)),
    ...s.filler.map((text) => new Paragraph(text)),
    new Paragraph(s.grid.caption),
    wordTable(s.grid, s.borderless ?? false),
    ...AFTER_TABLE.filter((text) => text).map((text) => new Paragraph(text)),
  ]);
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlTable(grid: Grid, borderless: boolean): string {
  const at = grid.roles.indexOf('category');
  const rows = grid.body.map((cells, r) => '<tr>' + cells.flatMap((cell, c) => {
    const span = c === at ? spanAt(grid, r) : undefined;
    if (span && !span.opens) return [];
    if (span && span.size > 1) return [`<td rowspan="${span.size}">${escape(span.label)}</td>`];
    return [`<td>${escape(cell)}</td>`];
  }).join('') + '</tr>');
  const header = '<tr>' + grid.header.map((h) => `<th>${escape(h)}</th>`).join('') + '</tr>';
  return `<table ${borderless ? 'border="0" cellpadding="8"' : 'border="1"'}>\n${header}\n${rows.join('\n')}\n</table>`;
}

/** An HTML page of many tables, each a `<table>` whose group cells span their rows. */
export function buildHtml(sections: readonly Section[]): string {
  const body = sections.map((s) => [
    `<h1>${GOALS_HEADING}</h1>`, `<p>${goalsProse(s)}</p>`, ...s.filler.map((text) => `<p>${text}</p>`),
    `<p>${escape(s.grid.caption)}</p>`, htmlTable(s.grid, s.borderless ?? false),
    ...AFTER_TABLE.filter((text) => text).map((text) => `<p>${text}</p>`),
  ].join('\n'));
  const head = '<!doctype html>\n<html><head><meta charset="utf-8"><title>规划</title></head><body>';
  return `${head}\n${body.join('\n')}\n</body></html>\n`;
}
