import type { SourceLine } from '../domain/index.ts';

/**
 * Segmenters that turn one printed form of a table row into TAB-joined cells, so that the grid reader
 * (table-grid.ts) reads every form the same way. Each keeps the line numbers; a line it cannot place
 * stays as printed (the grid reader then ends the table there or skips it).
 */

const PIPE = /[|│┃║]/;
/** A rule between rows: only box-drawing strokes, dashes, pluses, colons and spaces. */
const RULE = /^[\s|│┃║─━═┌┐└┘├┤┬┴┼╋╔╗╚╝╠╣╦╩╬\-+:=_]+$/;

const isRule = (text: string) => RULE.test(text) && /[─━═┌┐└┘├┤┬┴┼╋|│]|-{3}/.test(text);

/** `| 1 | 名称 | 35 |` and `│1   │名称│35│`: cells between the bars; rules between rows become blank lines. */
export function segmentPipes(line: SourceLine): SourceLine {
  const text = line.text.trim();
  if (isRule(text)) return { ...line, text: '' };
  if (!PIPE.test(text)) return line;
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

/**
 * A box-drawn table with a rule under every row: the lines between two rules are one row, printed
 * over several lines (a wrapped name); their cells are joined column by column onto the first line.
 * Without rules between rows (a Markdown table), every line is a row.
 */
export function joinRuledRows(lines: readonly SourceLine[]): SourceLine[] {
  const piped = lines.map(segmentPipes);
  const isBar = (l: SourceLine) => { const t = l.text.trim(); return t !== '' && (PIPE.test(t) || isRule(t)); };
  const from = lines.findIndex(isBar);
  let to = from;
  while (to >= 0 && to < lines.length && isBar(lines[to])) to++;
  const rules = lines.slice(from, to).filter((l) => isRule(l.text.trim())).length;
  if (from < 0 || rules < 3) return piped;
  const out = [...piped];
  let first = -1;
  lines.slice(from, to).forEach((line, k) => {
    const i = from + k;
    const isRow = PIPE.test(line.text) && !RULE.test(line.text.trim());
    if (!isRow) return void (first = -1);
    if (first < 0) return void (first = i);
    const above = out[first].text.split('\t');
    const more = piped[i].text.split('\t');
    out[first] = { ...out[first], text: above.map((cell, k) => cell + (more[k] ?? '')).join('\t') };
    out[i] = { ...line, text: '' };
  });
  return out;
}
