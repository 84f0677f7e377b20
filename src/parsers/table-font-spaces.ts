import type { SourceLine } from '../domain/index.ts';

/**
 * `pdftotext` (and other PDF text) sets a space where the font changes between a digit or Latin letter
 * and a CJK character: 10 左右, 95 以上, 控制在 5 以内, 每千人拥有 0-3 岁…, 高于 GDP增长. Where those spaces
 * are dropped is decided here, once:
 * - a value cell of one number never prints such a space on purpose (no hand-checked value of the
 *   fixtures has one): it is read without it, whatever made the text;
 * - in text a PDF extractor made (`spaced`, see `printsFontSpaces`), names and other cells lose them
 *   too (>7、力争达到 8, 高于 GDP增长), but a cell of two parts keeps its spaces (重点城市≥30 一般城市≥15);
 * - elsewhere a name keeps what its author typed (产值 100 亿元以上企业数, a Word table; in extracted text
 *   such a space cannot be told from the extractor's and goes too), and so does a cell of several numbers.
 * Only single spaces go; a run of spaces is a column gap. Linear: each match looks one character around.
 */
const FONT_SPACE = /(?<=[0-9A-Za-z.%])[ \u00a0](?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[ \u00a0](?=[0-9A-Za-z])/g;

const NUMBERS = /\d+(?:\.\d+)?/g;

const hasSpace = (text: string) => text.includes(' ') || text.includes('\u00a0');

/** 重点城市≥30 一般城市≥15: a cell of two parts, each with its comparator; the space between them is text. */
const isComposite = (text: string) => (text.match(/[≥≤><﹥﹤]/g)?.length ?? 0) >= 2;

/** A value cell as read: without the font spaces of one number (and, in extracted text, of any cell but a composite one). */
export function withoutFontSpaces(text: string, spaced = false): string {
  if (!hasSpace(text)) return text;
  const single = (text.match(NUMBERS)?.length ?? 0) === 1;
  return single || (spaced && !isComposite(text)) ? text.replace(FONT_SPACE, '') : text;
}

/** A name as read: in extracted text without its font spaces (每千人拥有 0-3 岁… → 每千人拥有0-3岁…). */
export const nameWithoutFontSpaces = (text: string, spaced: boolean) =>
  spaced && hasSpace(text) ? text.replace(FONT_SPACE, '') : text;

const BOUNDARY = /(?<=[0-9A-Za-z])( ?)(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])( ?)(?=[0-9A-Za-z])/g;

/**
 * Prose a PDF extractor made sets a space at most CJK/Latin boundaries (pdftotext: every one but a few in
 * the round-trip documents; an author's text: 0–8 % in the seeds, bar one Word export at 77 %, which has
 * TABs). Table lines are no evidence: their cells may be parted by single spaces (1 常住人口城镇化率 %).
 */
const SPACED_SHARE = 0.5;
const MIN_SPACED = 3;

/** A line of prose: a sentence's punctuation and no column gap. */
const isProse = (text: string) => /[，。；]/.test(text) && !/\S {2,}\S/.test(text.trim());

/**
 * The document's text was made by a PDF extractor (`pdftotext`, with or without -layout): no TAB anywhere
 * (a reader that knew the cells — Word, HTML, our PDF reader — parts them with TABs and keeps the
 * author's text, as a Word export whose author spaced 2020 年 does) and its prose spaced at most
 * CJK/Latin boundaries (到 2025 年).
 */
export function printsFontSpaces(lines: readonly SourceLine[]): boolean {
  let spaced = 0;
  let tight = 0;
  for (const { text } of lines) {
    if (text.includes('\t')) return false;
    if (!isProse(text)) continue;
    for (const m of text.matchAll(BOUNDARY)) (m[0] ? spaced++ : tight++);
  }
  return spaced >= MIN_SPACED && spaced >= SPACED_SHARE * (spaced + tight);
}
