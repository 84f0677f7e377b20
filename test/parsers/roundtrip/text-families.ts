import type { PrintLine } from './print-lines.ts';
import type { Random } from './seeded-random.ts';

/** Formats a table's print lines as the lines of one plain-text layout family. */
export type Format = (lines: readonly PrintLine[], random: Random) => string[];

/**
 * Columns a character takes in a monospaced rendering: East Asian wide and full-width forms take two,
 * ambiguous ones (— “ ” Ⅲ ≥) one, as wcwidth counts them and as the development fixtures are aligned.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    width += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6)
      ? 2 : 1;
  }
  return width;
}

const cellsOf = (line: PrintLine) => (line.kind === 'page' ? [] : line.cells);

function columnWidths(lines: readonly PrintLine[], measure: (s: string) => number): number[] {
  const widths: number[] = [];
  for (const line of lines) cellsOf(line).forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, measure(cell))));
  return widths;
}

/** Page numbers centred over the table, running headers at its left, as `pdftotext -layout` prints them. */
const pageText = (line: PrintLine & { kind: 'page' }, tableWidth: number) =>
  line.role === 'number' ? ' '.repeat(Math.max(0, Math.floor(tableWidth / 2) - 3)) + line.text : line.text;

/**
 * Columns padded with half-width spaces to a common start, at least `gap` spaces apart. `measure` is
 * display width (a text editor's alignment) or characters (`pdftotext -layout`, one slot per glyph).
 */
function aligned(measure: (s: string) => number): Format {
  return (lines, random) => {
    const widths = columnWidths(lines, measure);
    const gaps = widths.map(() => random.int(2, 4));
    const indent = ' '.repeat(random.int(0, 2));
    const total = widths.reduce((a, w, i) => a + w + gaps[i], 0);
    return lines.map((line) => {
      if (line.kind === 'page') return pageText(line, total);
      const padded = line.cells.map((cell, c) => cell + ' '.repeat(widths[c] - measure(cell) + gaps[c]));
      return (indent + padded.join('')).trimEnd();
    });
  };
}

/** Columns padded with full-width spaces (U+3000), as a Word document aligned by hand prints them. */
const fullWidthAligned: Format = (lines) => {
  const widths = columnWidths(lines, displayWidth).map((w) => w + (w % 2));
  return lines.map((line) => {
    if (line.kind === 'page') return line.text;
    const padded = line.cells.map((cell, c) => {
      const rest = widths[c] - displayWidth(cell);
      return cell + (rest % 2 ? ' ' : '') + '\u3000'.repeat(Math.floor(rest / 2) + 1);
    });
    return padded.join('').replace(/[\u3000 ]+$/, '');
  });
};

const pad = (cell: string, width: number) => cell + ' '.repeat(width - displayWidth(cell));

const box = (widths: readonly number[], [left, middle, right]: string) =>
  left + widths.map((w) => '─'.repeat(w + 2)).join(middle) + right;

/** A box-drawn table: │ between cells, ─┼─ between rows (not in a wrapped cell), reopened after a page break. */
const boxDrawn: Format = (lines) => {
  const widths = columnWidths(lines, displayWidth);
  const out: string[] = [box(widths, '┌┬┐')];
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (line.kind === 'page') {
      if (out.at(-1)!.startsWith('├')) out[out.length - 1] = box(widths, '└┴┘');
      out.push(line.text);
      if (next?.kind !== 'page') out.push(box(widths, '┌┬┐'));
      return;
    }
    out.push(`│${line.cells.map((cell, c) => ` ${pad(cell, widths[c])} `).join('│')}│`);
    if (next === undefined) out.push(box(widths, '└┴┘'));
    else if (next.kind === 'page' || !next.continues) out.push(box(widths, '├┼┤'));
  });
  return out;
};

/** `| a | b |` rows; a Markdown rule under the header when `markdown`. */
const piped: Format = (lines, random) => {
  const markdown = random.next() < 0.5;
  const widths = columnWidths(lines, displayWidth);
  return lines.flatMap((line) => {
    if (line.kind === 'page') return [line.text];
    const row = `| ${line.cells.map((cell, c) => pad(cell, widths[c])).join(' | ')} |`;
    const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
    return markdown && line.kind === 'header' ? [row, rule] : [row];
  });
};

const printed = (line: PrintLine) => (line.kind === 'page' ? [line.text] : line.cells);

/** The plain-text layout families, by name. */
export const TEXT_FAMILIES: Readonly<Record<string, Format>> = {
  tab: (lines) => lines.map((line) => (line.kind === 'page' ? line.text : line.cells.join('\t'))),
  spaces: aligned(displayWidth),
  'spaces-by-char': aligned((s) => [...s].length),
  'full-width-spaces': fullWidthAligned,
  'single-space': (lines) => lines.map((line) => printed(line).filter((c) => c !== '').join(' ')),
  pipes: piped,
  'box-drawing': boxDrawn,
  'cell-per-line': (lines) => lines.flatMap((line) => printed(line).filter((c) => c !== '')),
  'word-blank-lines': (lines) => lines.flatMap((line) => printed(line).flatMap((c) => [c, ''])),
};
