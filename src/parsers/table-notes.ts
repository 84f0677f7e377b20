import type { CellContext } from './parse-value.ts';
import { foldKeepingCircled, NOTE_MARKS } from './parse-value-words.ts';
import type { Cell } from './table-lines.ts';

const MARK = `[${NOTE_MARKS}\u2460-\u2473]`;
/** 带*的为2019年数据, *为2019年数, 标#指标基数为2019年值 */
const MARK_YEAR = new RegExp(`(${MARK})\\s*号?\\s*[^。；;\\d]{0,12}?(?:为|是|系|均为)\\s*((?:19|20)\\d\\d)\\s*年`, 'g');
/** 带△的为五年累计数 */
const MARK_CUMULATIVE = new RegExp(`(${MARK})\\s*号?[^。；;]{0,16}?累计`, 'g');

/**
 * What a table's notes say about its cells: marks that date a value or make it a five-year total.
 * Brackets ([21], 〔13.5〕) are read as five-year totals whether or not a note says so (the usual
 * convention); a note about a mark the table never prints changes nothing.
 */
export function readNoteContext(notes: readonly Cell[]): CellContext {
  const text = notes.map((n) => foldKeepingCircled(n.text)).join('\n');
  const markYears: Record<string, number> = {};
  for (const [, mark, year] of text.matchAll(MARK_YEAR)) markYears[mark] ??= Number(year);
  const cumulativeMarks = [...text.matchAll(MARK_CUMULATIVE)].map((m) => m[1]);
  return {
    bracketsMeanCumulative: true,
    markYears,
    cumulativeMarks,
    starredYear: markYears['*'] ?? null,
  };
}
