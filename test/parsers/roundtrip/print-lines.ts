import type { Random } from './seeded-random.ts';
import type { Grid } from './table-grid.ts';

/** How a page break inside the table prints (what a PDF's text carries between two pages). */
export type PageBreak =
  | 'dash-number+header' // — 12 — then the header repeated
  | 'bare-number+running+header' // 12, the running header, the header repeated
  | 'number+running'; // - 12 -, the running header, no header repeated

/** The options of one rendering beside its family: wrapped names, group label placement, a page break. */
export interface PrintOptions {
  /**
   * wrap names longer than `width` characters onto lines after the row's values, or before them, or centred
   * on them as a PDF centres a bordered row's cells (`centred`: units longer than `unitWidth` wrap too)
   */
  readonly wrap?: { readonly width: number; readonly where: 'after' | 'before' | 'centred'; readonly unitWidth?: number };
  /**
   * a group label on its first row (Word, HTML), on its middle row (a merged cell centred in a PDF), or
   * on a full-width row of its own before the group's rows, with no 类别 column (`一、空间底线`)
   */
  readonly groupLabel?: 'first' | 'centre' | 'row';
  readonly pageBreak?: PageBreak;
  /**
   * long header words over two lines (`基期值` / `（2020年）`, `计量` / `单位`); `centred`: short ones on a
   * line between those two, as `pdftotext -layout` prints a header whose cells are vertically centred
   */
  readonly header?: 'one line' | 'two lines' | 'centred';
}

/**
 * One printed line of a table: header cells, a row's cells, a wrapped piece of a name, a full-width group
 * row (one cell), or text between pages.
 */
export type PrintLine =
  | { readonly kind: 'header' | 'row' | 'piece' | 'group'; readonly cells: readonly string[]; readonly continues?: boolean }
  | { readonly kind: 'page'; readonly text: string; readonly role: 'number' | 'running' };

export const RUNNING_HEADER = '某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要';

/** Pieces of at most `width` characters. */
export const wrapText = (text: string, width: number) =>
  Array.from({ length: Math.ceil(text.length / width) }, (_, i) => text.slice(i * width, (i + 1) * width));

function bodyCells(grid: Grid, groupLabel: 'first' | 'centre' | 'row'): string[][] {
  const at = grid.roles.indexOf('category');
  if (at >= 0 && groupLabel === 'row') return grid.body.map((cells) => cells.filter((_, c) => c !== at));
  if (at < 0 || groupLabel === 'first') return grid.body.map((cells) => [...cells]);
  const body = grid.body.map((cells) => cells.map((cell, c) => (c === at ? '' : cell)));
  for (const g of grid.groups) body[g.first + Math.floor((g.size - 1) / 2)][at] = g.label;
  return body;
}

/** A header word split where it would wrap: before a bracket, else in the middle; short words stay whole. */
function splitHeaderWord(word: string): [string, string] {
  const bracket = word.indexOf('（');
  if (bracket > 0) return [word.slice(0, bracket), word.slice(bracket)];
  const half = Math.ceil(word.length / 2);
  return word.length >= 4 ? [word.slice(0, half), word.slice(half)] : [word, ''];
}

function headerLines(header: readonly string[], style: PrintOptions['header']): PrintLine[] {
  if (!style || style === 'one line') return [{ kind: 'header', cells: header }];
  const split = header.map(splitHeaderWord);
  const top = split.map(([first, rest]) => (style === 'centred' && rest === '' ? '' : first));
  const lines = [top, split.map(([, rest]) => rest)];
  if (style === 'centred') lines.splice(1, 0, split.map(([first, rest]) => (rest === '' ? first : '')));
  return lines.map((cells, i) => ({ kind: 'header', cells, continues: i > 0 }));
}

/** A row whose name is longer than the wrap width: its pieces around the line that holds its values. */
function rowLines(cells: string[], nameAt: number, unitAt: number, wrap: PrintOptions['wrap']): PrintLine[] {
  if (wrap?.where === 'centred') return centredRowLines(cells, new Map([[nameAt, wrap.width], [unitAt, wrap.unitWidth ?? Infinity]]));
  const pieces = wrap ? wrapText(cells[nameAt], wrap.width) : [cells[nameAt]];
  if (pieces.length === 1) return [{ kind: 'row', cells }];
  const valuesAt = wrap!.where === 'after' ? 0 : pieces.length - 1;
  return pieces.map((text, i) => ({
    kind: i === valuesAt ? 'row' : 'piece',
    cells: cells.map((cell, c) => (c === nameAt ? text : i === valuesAt ? cell : '')),
    continues: i > 0,
  }));
}

/**
 * A row whose cells of several lines (name, unit: `widths` by column) are centred on the line of its one-line
 * cells, as `pdftotext -layout` prints a bordered row: a cell of k lines stands (k - 1) / 2 lines above and
 * below that line, so a cell of two lines puts one line above it and one below (数字经济…占地区 / % / 生产总值比重).
 */
function centredRowLines(cells: string[], widths: ReadonlyMap<number, number>): PrintLine[] {
  const pieces = cells.map((cell, c) => (widths.has(c) && cell ? wrapText(cell, widths.get(c)!) : [cell]));
  // in half lines from the values line: piece i of k
  const at = (k: number, i: number) => 2 * i - (k - 1);
  const places = [...new Set([0, ...pieces.flatMap((p) => p.map((_, i) => at(p.length, i)))])].sort((a, b) => a - b);
  return places.map((place, n) => ({
    kind: place === 0 ? 'row' : 'piece',
    cells: pieces.map((p) => p.find((_, i) => at(p.length, i) === place) ?? ''),
    continues: n > 0,
  }));
}

/** Where a page breaks: inside a group when the table has one (the label stays on the page before), else mid-table. */
function breakRow(grid: Grid, random: Random): number {
  const inside = grid.groups.filter((g) => g.size > 1).map((g) => g.first + random.int(1, g.size - 1));
  const candidates = inside.length ? inside : grid.body.length > 1 ? [random.int(1, grid.body.length - 1)] : [];
  return candidates.length ? random.pick(candidates) : -1;
}

function pageLines(style: PageBreak, header: readonly PrintLine[], random: Random): PrintLine[] {
  const n = String(random.int(3, 60));
  const number = (text: string): PrintLine => ({ kind: 'page', text, role: 'number' });
  const running: PrintLine = { kind: 'page', text: RUNNING_HEADER, role: 'running' };
  if (style === 'dash-number+header') return [number(`— ${n} —`), ...header];
  if (style === 'bare-number+running+header') return [number(n), running, ...header];
  return [number(`- ${n} -`), running];
}

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Group rows are numbered 一、 or （一） as plans number them, or print the bare label. */
function groupRowLabels(grid: Grid, random: Random): Map<number, string> {
  const style = random.pick(['一、', '（一）', ''] as const);
  const numbered = (i: number) => (style === '一、' ? `${CHINESE_NUMERALS[i]}、` : style ? `（${CHINESE_NUMERALS[i]}）` : '');
  return new Map(grid.groups.map((g, i) => [g.first, numbered(i % CHINESE_NUMERALS.length) + g.label]));
}

/** The lines a table prints as, before a family formats them. */
export function printLines(grid: Grid, options: PrintOptions, random: Random): PrintLine[] {
  const groupRows = options.groupLabel === 'row' && grid.roles.includes('category');
  const headerWords = groupRows ? grid.header.filter((_, c) => grid.roles[c] !== 'category') : grid.header;
  const header = headerLines(headerWords, options.header);
  const roles = groupRows ? grid.roles.filter((r) => r !== 'category') : grid.roles;
  const nameAt = roles.indexOf('name');
  const unitAt = roles.indexOf('unit');
  const at = options.pageBreak ? breakRow(grid, random) : -1;
  const labels = groupRows ? groupRowLabels(grid, random) : new Map<number, string>();
  const lines: PrintLine[] = [...header];
  bodyCells(grid, options.groupLabel ?? 'first').forEach((cells, i) => {
    if (i === at) lines.push(...pageLines(options.pageBreak!, header, random));
    const label = labels.get(i);
    if (label !== undefined) lines.push({ kind: 'group', cells: [label] });
    lines.push(...rowLines(cells, nameAt, unitAt, options.wrap));
  });
  return lines;
}
