import type { SourceLine } from '../domain/index.ts';

/**
 * Decoded text → numbered lines, breaking at CRLF, LF or CR alone; numbers are those of the
 * decoded text, so line N of a text file is SourceLine N. Linear in the text's size.
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ line: lines.length + 1, text: text.slice(start, match.index), position: noPage });
    start = match.index + match[0].length;
  }
  if (start < text.length || lines.length === 0) lines.push({ line: lines.length + 1, text: text.slice(start), position: noPage });
  return lines;
}

/** Lines that were built (docx, html, pdf) rather than split: numbered in order. */
export function numberLines(texts: readonly { text: string; page?: number }[]): SourceLine[] {
  return texts.map((t, i) => ({ line: i + 1, text: t.text, position: t.page ? { page: t.page } : noPage }));
}

const noPage = Object.freeze({ page: null });
