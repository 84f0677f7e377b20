import type { Random } from './seeded-random.ts';
import type { Grid } from './table-grid.ts';

/** How a page break inside the table prints (what a PDF's text carries between two pages). */
export type PageBreak =
  | 'dash-number+header' // — 12 — then the header repeated
  | 'bare-number+running+header' // 12, the running header, the header repeated
  | 'number+running'; // - 12 -, the running header, no header repeated

/** The options of one rendering beside its family: wrapped names, group label placement, a page break. */
export interface PrintOptions {
  /** wrap names longer than `width` characters onto lines after the row's values, or before them */
  readonly wrap?: { readonly width: number; readonly where: 'after' | 'before' };
  /** a group label on its first row (Word, HTML) or on its middle row (a merged cell centred in a PDF) */
  readonly groupLabel?: 'first' | 'centre';
  readonly pageBreak?: PageBreak;
}

/** One printed line of a table: header cells, a row's cells, a wrapped piece of a name, or text between pages. */
export type PrintLine =
  | { readonly kind: 'header' | 'row' | 'piece'; readonly cells: readonly string[]; readonly continues?: boolean }
  | { readonly kind: 'page'; readonly text: string; readonly role: 'number' | 'running' };

export const RUNNING_HEADER = '某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要';

/** Pieces of at most `width` characters. */
export const wrapText = (text: string, width: number) =>
  Array.from({ length: Math.ceil(text.length / width) }, (_, i) => text.slice(i * width, (i + 1) * width));

function bodyCells(grid: Grid, groupLabel: 'first' | 'centre'): string[][] {
  const at = grid.roles.indexOf('category');
  if (at < 0 || groupLabel === 'first') return grid.body.map((cells) => [...cells]);
  const body = grid.body.map((cells) => cells.map((cell, c) => (c === at ? '' : cell)));
  for (const g of grid.groups) body[g.first + Math.floor((g.size - 1) / 2)][at] = g.label;
  return body;
}

/** A row whose name is longer than the wrap width: its pieces around the line that holds its values. */
function rowLines(cells: string[], nameAt: number, wrap: PrintOptions['wrap']): PrintLine[] {
  const pieces = wrap ? wrapText(cells[nameAt], wrap.width) : [cells[nameAt]];
  if (pieces.length === 1) return [{ kind: 'row', cells }];
  const valuesAt = wrap!.where === 'after' ? 0 : pieces.length - 1;
  return pieces.map((text, i) => ({
    kind: i === valuesAt ? 'row' : 'piece',
    cells: cells.map((cell, c) => (c === nameAt ? text : i === valuesAt ? cell : '')),
    continues: i > 0,
  }));
}

/** Where a page breaks: inside a group when the table has one (the label stays on the page before), else mid-table. */
function breakRow(grid: Grid, random: Random): number {
  const inside = grid.groups.filter((g) => g.size > 1).map((g) => g.first + random.int(1, g.size - 1));
  const candidates = inside.length ? inside : grid.body.length > 1 ? [random.int(1, grid.body.length - 1)] : [];
  return candidates.length ? random.pick(candidates) : -1;
}

function pageLines(style: PageBreak, header: string[], random: Random): PrintLine[] {
  const n = String(random.int(3, 60));
  const number = (text: string): PrintLine => ({ kind: 'page', text, role: 'number' });
  const running: PrintLine = { kind: 'page', text: RUNNING_HEADER, role: 'running' };
  const repeated: PrintLine = { kind: 'header', cells: header };
  if (style === 'dash-number+header') return [number(`— ${n} —`), repeated];
  if (style === 'bare-number+running+header') return [number(n), running, repeated];
  return [number(`- ${n} -`), running];
}

/** The lines a table prints as, before a family formats them. */
export function printLines(grid: Grid, options: PrintOptions, random: Random): PrintLine[] {
  const header = [...grid.header];
  const nameAt = grid.roles.indexOf('name');
  const at = options.pageBreak ? breakRow(grid, random) : -1;
  const lines: PrintLine[] = [{ kind: 'header', cells: header }];
  bodyCells(grid, options.groupLabel ?? 'first').forEach((cells, i) => {
    if (i === at) lines.push(...pageLines(options.pageBreak!, header, random));
    lines.push(...rowLines(cells, nameAt, options.wrap));
  });
  return lines;
}
