import type { SourceLine } from '../domain/index.ts';

/**
 * Segmenters that turn one printed form of a table row into TAB-joined cells, so that the grid reader
 * (table-grid.ts) reads every form the same way. Each keeps the line numbers; a line it cannot place
 * stays as printed (the grid reader then ends the table there or skips it).
 */

const PIPE = /[|│┃║]/;
/** A rule between rows: only box-drawing strokes, dashes, pluses, colons and spaces. */
const RULE = /^[\s|│┃║─━═┌┐└┘├┤┬┴┼╋╔╗╚╝╠╣╦╩╬\-+:=_]+$/;

/** `| 1 | 名称 | 35 |` and `│1   │名称│35│`: cells between the bars; rules between rows become blank lines. */
export function segmentPipes(line: SourceLine): SourceLine {
  const text = line.text.trim();
  if (!PIPE.test(text)) return line;
  if (RULE.test(text)) return { ...line, text: '' };
  const inner = text.replace(/^[|│┃║]/, '').replace(/[|│┃║]$/, '');
  return { ...line, text: inner.split(/[|│┃║]/).map((cell) => cell.trim()).join('\t') };
}

/**
 * `1 经济发展 地区生产总值 % 1.5 6左右 预期性`: `pdftotext` without -layout separates the cells of a row by
 * single spaces (an empty cell leaves no trace; the grid reader realigns a short row on its name).
 * A line without a digit and with fewer than three pieces is left as printed (a heading, a wrapped piece).
 */
export function segmentSingleSpaces(line: SourceLine): SourceLine {
  const pieces = line.text.trim().split(/[ \t\u3000]+/).filter(Boolean);
  if (pieces.length < 3) return line;
  return { ...line, text: pieces.join('\t') };
}
