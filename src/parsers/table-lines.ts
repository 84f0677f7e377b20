/** How a line in or around an indicator table reads: heading, note, prose, row piece. */

/** One printed cell with the 1-based line it stands on. */
export interface Cell {
  readonly text: string;
  readonly line: number;
}

export const isBlank = (text: string): boolean => text.trim() === '';

const HEADING = [
  /^第[一二三四五六七八九十百零〇\d]+[篇章节部分]/,
  /^[一二三四五六七八九十]+[、.．]/,
  /^[（(][一二三四五六七八九十]+[)）]/,
  /^专栏/,
];

export function isHeading(text: string): boolean {
  const trimmed = text.trim();
  return HEADING.some((pattern) => pattern.test(trimmed));
}

const NOTE_START = /^(?:注|说明|备注|资料来源|数据来源)\s*\d?\s*[:：]|^注\s*[0-9１-９]+\s*[.．、]/;
const NOTE_MORE = /^(?:[（(]\d+[)）]|\d+\s*[.．、]|[*＊※#△▲□■◆☆★])/;

/** 注：… / 说明：… starts a table's notes. */
export const isNoteStart = (text: string): boolean => NOTE_START.test(text.trim());

/** 1. … / (2) … / *为2019年数据 continue a table's notes. */
export const isNoteMore = (text: string): boolean => NOTE_MORE.test(text.trim());

/** A short line without sentence punctuation: a piece of a cell printed on its own line. */
export function isCellPiece(text: string, maxChars: number): boolean {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > maxChars || isHeading(trimmed) || isNoteStart(trimmed)) return false;
  return !/[。；;！？]$/.test(trimmed);
}

/** Cells of a grid row, split on TABs or on runs of two or more spaces. */
export function splitCells(text: string, separator: 'tab' | 'spaces'): string[] {
  // trimmed by a scan: /\s+$/ retries every position of a long inner run of spaces (quadratic)
  const body = separator === 'tab' ? trimEndOf(text, (ch) => ch === '\r' || ch === '\n' || ch === ' ') : text.trimEnd();
  const parts = separator === 'tab' ? body.split('\t') : body.split(/\s{2,}|\t/);
  return parts.map((part) => part.trim());
}

function trimEndOf(text: string, isTrimmed: (ch: string) => boolean): string {
  let end = text.length;
  while (end > 0 && isTrimmed(text[end - 1])) end--;
  return text.slice(0, end);
}

/** Which separator, if any, makes a line a grid row of at least three cells. */
export function gridSeparator(text: string): 'tab' | 'spaces' | undefined {
  if (splitCells(text, 'tab').filter(Boolean).length >= 3) return 'tab';
  if (splitCells(text.trim(), 'spaces').filter(Boolean).length >= 3) return 'spaces';
  return undefined;
}

/** Width-folded, space-free form used only for matching words (never for output). */
export const fold = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

/** East Asian wide and full-width characters: two columns in a monospaced rendering (as wcwidth counts them). */
export const isWide = (c: number): boolean =>
  (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
  (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
  (c >= 0xffe0 && c <= 0xffe6);

export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += isWide(text.charCodeAt(i)) ? 2 : 1;
  return width;
}
