import type { FixtureTable } from './fixture-tables.ts';
import type { PrintOptions } from './print-lines.ts';
import { ALL_COLUMNS, type ColumnChoice } from './table-grid.ts';

/** One way to print a table within a family: which columns, and how names wrap, groups sit and pages break. */
export interface Variant {
  readonly name: string;
  readonly columns: ColumnChoice;
  readonly print: PrintOptions;
  /** false when the variant would print the same as `all columns` (no 类别 to drop, no baseline to drop) */
  readonly applies: (table: FixtureTable) => boolean;
  /** Word and HTML documents print the table without borders, its cells padded (as web pages' lists print) */
  readonly borderless?: boolean;
  /** the file families whose reading of it is compared (all when absent) */
  readonly fileFamilies?: readonly string[];
}

const always = (_table: FixtureTable) => true;
const hasField = (field: 'category' | 'baseline' | 'unit') => (table: FixtureTable) =>
  table.rows.some((r) => r[field] !== null);
const hasSeq = (table: FixtureTable) => table.rows.some((r) => r.seq !== null);
/** wrapping only changes a table with a name longer than the width */
const hasNameLongerThan = (width: number) => (table: FixtureTable) => table.rows.some((r) => r.name.length > width);

const variant = (
  name: string, print: PrintOptions = {}, columns: Partial<ColumnChoice> = {}, applies: Variant['applies'] = always,
): Variant => ({ name, columns: { ...ALL_COLUMNS, ...columns }, print, applies });

/** The columns come and go: 序号 (dropped, numbered, or before the name), 类别, baseline, 单位 (or after the name). */
export const COLUMN_VARIANTS: readonly Variant[] = [
  variant('all columns'),
  variant('no 序号', {}, { seq: 'drop' }, hasSeq),
  variant('numbered 序号', {}, { seq: 'number' }, (t) => !hasSeq(t)),
  variant('no 类别', {}, { group: false }, hasField('category')),
  variant('no baseline', {}, { baseline: false }, hasField('baseline')),
  variant('序号 before the name', {}, { seq: 'in name' }, hasSeq),
  variant('unit bracketed after the name', {}, { unit: 'in name' }, hasField('unit')),
];

/**
 * The variants of the Word, HTML and PDF documents: a merged group column and none. (Reading a PDF of
 * every column variant took ~20 s more on the shared test machine; the text families cover them.)
 */
export const FILE_VARIANTS: readonly Variant[] = [
  ...COLUMN_VARIANTS.filter((v) => ['all columns', 'no 类别'].includes(v.name)),
  // a long 指标解释 wraps over several lines in its narrow column, above, below or around the row's values;
  // compared in Word, HTML and LibreOffice's PDF (its browser print and pdftotext text are not read yet)
  {
    ...variant('long 指标解释 column, no borders', {}, { note: true }), borderless: true,
    fileFamilies: ['docx', 'html', 'pdf'],
  },
];

/** A page break inside the table, as a PDF's text prints it. */
const PAGE_BREAK_VARIANTS: readonly Variant[] = [
  variant('page break: — n — and header repeated', { pageBreak: 'dash-number+header' }),
  variant('page break: bare number, running header, header repeated', { pageBreak: 'bare-number+running+header' }),
  variant('page break: - n -, running header, no header', { pageBreak: 'number+running' }),
];

/** Long names wrapped at 8 and 12 characters, onto the lines after the values or before them. */
const WRAP_VARIANTS: readonly Variant[] = [8, 12].flatMap((width) =>
  (['after', 'before'] as const).map((where) =>
    variant(`names wrapped at ${width}, ${where} the values`, { wrap: { width, where } }, {}, hasNameLongerThan(width)),
  ),
);

/**
 * Names and units wrapped in narrow columns, each cell centred on its row's values line, as a PDF of a
 * bordered table prints them (数字经济核心产业增加值占地区 / % / 生产总值比重, 微克/立方 / 33 / 米).
 */
const CENTRED_CELLS = variant('names and units wrapped in narrow columns, centred on the values',
  { wrap: { width: 12, where: 'centred', unitWidth: 3 } }, {},
  (t) => hasNameLongerThan(12)(t) || t.rows.some((r) => (r.unit?.length ?? 0) > 3));

/** Header words over two lines, and the short ones centred between them. */
const HEADER_VARIANTS: readonly Variant[] = [
  variant('header over two lines', { header: 'two lines' }),
  variant('header over three lines, short words centred', { header: 'centred' }),
];

/** A merged group cell printed at its middle row, as a PDF centres it. */
const CENTRED_GROUPS = variant('group label centred', { groupLabel: 'centre' }, {}, hasField('category'));

/** Full-width group rows (one merged cell across the table, `一、空间底线`) instead of a 类别 column. */
const GROUP_ROWS = variant('full-width group rows', { groupLabel: 'row' }, {}, hasField('category'));

/** All that a PDF's layout text does at once. */
const PDF_LIKE = [
  variant('as a PDF prints: names wrapped at 10 before the values, page break, centred groups and header',
    { wrap: { width: 10, where: 'before' }, pageBreak: 'number+running', groupLabel: 'centre', header: 'centred' }, {},
    hasNameLongerThan(10)),
];

/** Which variants each plain-text family is rendered in. */
export const TEXT_VARIANTS: Readonly<Record<string, readonly Variant[]>> = {
  tab: [...COLUMN_VARIANTS, ...PAGE_BREAK_VARIANTS, HEADER_VARIANTS[0]],
  spaces: [
    ...COLUMN_VARIANTS, ...PAGE_BREAK_VARIANTS, ...WRAP_VARIANTS, CENTRED_GROUPS, ...HEADER_VARIANTS, ...PDF_LIKE, CENTRED_CELLS,
  ],
  'spaces-by-char': [
    ...COLUMN_VARIANTS, ...PAGE_BREAK_VARIANTS, ...WRAP_VARIANTS, CENTRED_GROUPS, ...HEADER_VARIANTS, ...PDF_LIKE, CENTRED_CELLS,
  ],
  'full-width-spaces': [...COLUMN_VARIANTS, ...PAGE_BREAK_VARIANTS, ...WRAP_VARIANTS, HEADER_VARIANTS[0]],
  'single-space': [...COLUMN_VARIANTS, ...PAGE_BREAK_VARIANTS, CENTRED_GROUPS, HEADER_VARIANTS[0]],
  pipes: [...COLUMN_VARIANTS],
  'box-drawing': [...COLUMN_VARIANTS, ...PAGE_BREAK_VARIANTS, ...WRAP_VARIANTS, HEADER_VARIANTS[0]],
  'cell-per-line': [...COLUMN_VARIANTS, ...PAGE_BREAK_VARIANTS, CENTRED_GROUPS, HEADER_VARIANTS[0], GROUP_ROWS],
  'word-blank-lines': [...COLUMN_VARIANTS, GROUP_ROWS],
};
