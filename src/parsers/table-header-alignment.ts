import type { SourceLine } from '../domain/index.ts';
import type { TableBody } from './table-body.ts';
import { isBlank } from './table-lines.ts';

/**
 * Whether a header printed over several lines shows its cells set at the top: every column has its word (or
 * the word's first part) on the first line, and some column ends there while another goes on below
 * (计量 / 单位 beside 属性 alone). A program that sets the header's cells at the top sets the group column's
 * merged cells there too, so group labels stand on their group's first row. A header whose cells are
 * centred prints its short words on a line between the others' parts, leaving the first line short of a
 * column; a header on one line shows neither.
 */
export function headerSetAtTop(lines: readonly SourceLine[], body: TableBody, singleSpaced: boolean): boolean {
  const firstRow = Math.min(...(body.rows[0] ?? []).filter((c) => c.text.trim() !== '').map((c) => c.line));
  const header = lines.filter((l) => l.line >= body.headerLine && l.line < firstRow && !isBlank(l.text));
  if (header.length < 2 || header[0].line !== body.headerLine) return false;
  const columns = body.header.length;
  const pieces = (text: string) => text.trim().split(singleSpaced ? /[\s\u3000]+/ : /\t|\s{2,}|\u3000+/).filter(Boolean).length;
  return pieces(header[0].text) === columns && header.slice(1).every((l) => pieces(l.text) < columns);
}
