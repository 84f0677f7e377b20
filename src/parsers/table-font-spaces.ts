/**
 * `pdftotext` (and other PDF text) sets a space where the font changes between a digit or Latin letter
 * and a CJK character: 10 左右, 95 以上, 控制在 5 以内. A value cell of one number never prints such a space
 * on purpose (no hand-checked value of the fixtures has one), so it is read without it. A cell of several
 * numbers keeps its spaces (重点城市≥30 一般城市≥15: two parts), and so do names (产值 100 亿元以上企业数).
 * Only single spaces go; a run of spaces is a column gap. Linear: each match looks one character around.
 */
const FONT_SPACE = /(?<=[0-9A-Za-z.%])[ \u00a0](?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[ \u00a0](?=[0-9A-Za-z])/g;

const NUMBERS = /\d+(?:\.\d+)?/g;

export function withoutFontSpaces(text: string): string {
  if (!text.includes(' ') && !text.includes('\u00a0')) return text;
  return (text.match(NUMBERS)?.length ?? 0) === 1 ? text.replace(FONT_SPACE, '') : text;
}
