import type { DocumentIssue, SourceLine } from '../domain/index.ts';
import type { TableReading } from './table-candidates.ts';
import { isBlank, isHeading, isNoteStart } from './table-lines.ts';

/**
 * A runner-up this close to the best reading, and reading other rows, makes the table ambiguous: the
 * best is kept and the user is told which other reading came near. (Scores of right and wrong
 * readings of the development fixtures lie ≥ 0.1 apart.)
 */
const AMBIGUITY_MARGIN = 0.05;

export function ambiguity(best: TableReading, second: TableReading | undefined, caption: SourceLine): DocumentIssue[] {
  if (!second || best.confidence - second.confidence > AMBIGUITY_MARGIN || sameRows(best, second)) return [];
  const excerpt = caption.text.trim();
  return [{
    code: 'table-ambiguous', severity: 'warning', line: caption.line, excerpt,
    message: `第 ${caption.line} 行：表格“${excerpt}”有两种相近的读法（${best.segmenter} ${best.confidence}，` +
      `${second.segmenter} ${second.confidence}），已取前者；请核对该表各行的列是否对齐`,
  }];
}

const rowKey = (r: TableReading) => JSON.stringify(r.indicators.map((i) => [i.name, i.baseline?.raw, i.target?.raw, i.category]));
const sameRows = (a: TableReading, b: TableReading) => rowKey(a) === rowKey(b);

/**
 * Rows look tabular: three or more cells (TABs, wide spaces, bars) or four single-spaced tokens, with a
 * digit; the first line, a header, may have none (甲 | 乙 | 丙 over numbers is a table all the same).
 */
function isTabular(text: string, header = false): boolean {
  const trimmed = text.trim();
  if ((!header && !/\d/.test(trimmed)) || /[。；]$/.test(trimmed) || isHeading(trimmed) || isNoteStart(trimmed)) return false;
  const cells = trimmed.split(/\t|\s{2,}|[|│]/).filter((c) => c.trim()).length;
  return cells >= 3 || trimmed.split(/\s+/).length >= 4;
}

/** Lines a table's readers stopped before: two or more tabular lines right there are reported, never dropped. */
const UNREAD_MIN_LINES = 2;

export function unreadLines(lines: readonly SourceLine[], from: number, caption: SourceLine): DocumentIssue[] {
  let i = from;
  while (i < lines.length && i < from + 3 && isBlank(lines[i].text)) i++;
  let last = -1;
  let count = 0;
  for (let k = i; k < lines.length; k++) {
    if (isBlank(lines[k].text)) continue;
    if (!isTabular(lines[k].text, count === 0)) break;
    count++;
    last = k;
  }
  if (count < UNREAD_MIN_LINES) return [];
  const range = `${lines[i].line}–${lines[last].line}`;
  return [{
    code: 'table-unread', severity: 'warning', line: lines[i].line, excerpt: lines[i].text.trim(),
    message: `第 ${range} 行：表格“${caption.text.trim()}”后有 ${count} 行像表格行，但没有一种读法能读出它们；` +
      '请检查这些行的分隔方式（制表符、对齐空格、竖线或每格一行）',
  }];
}
