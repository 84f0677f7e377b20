import type { Comparator, Value } from '../domain/index.ts';
import { foldKeepingCircled, isBlankCell, isNoteMark, NOTE_MARKS, PREFIX_COMPARATORS, stripUnit, SUFFIX_COMPARATORS } from './parse-value-words.ts';

export interface CellContext {
  /** the table or its notes use brackets for five-year totals (the usual convention, so the default) */
  readonly bracketsMeanCumulative?: boolean;
  /** year given by a note for starred cells (带*的为2019年数据) */
  readonly starredYear?: number | null;
  /** years given by notes for other marks (带#的为2019年数据 → { '#': 2019 }) */
  readonly markYears?: Readonly<Record<string, number>>;
  /** marks a note says stand for five-year totals (带△的为五年累计数) */
  readonly cumulativeMarks?: readonly string[];
  /** the row says 累计 / 五年累计 in its name */
  readonly cumulative?: boolean;
}

const NUMBER = /[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-−]?\d+(?:\.\d+)?/;
const BRACKETED = /^[[〔【]\s*([^\]〕】]*?)\s*[\]〕】]\s*(.*)$/;
/** 5-6, 5~6, 5至6: a range is kept as words rather than guessed */
const RANGE = /^-?\d+(?:\.\d+)?%?(?:-|~|至|到)\d/;
const SEPARATORS = /^[、,，;；:：。\s]+/;
/** 2.5（2019年）, 82 (2019年数据): the value's own year printed after it */
const DATED = /\s*[(（]\s*((?:19|20)\d\d)\s*年?(?:数据|数|值)?\s*[)）]$/;

/** Reads one printed cell (≥82, 6左右, [21], 建成 …) into a Value. Never throws. */
export function parseValue(raw: string, context: CellContext = {}): Value {
  const printed = raw.trim();
  const empty: Value = { raw: printed, value: null, comparator: null, cumulative: false, year: null, text: null };
  let cell = foldKeepingCircled(printed).replace(/\s+/g, ' ').trim();
  if (isBlankCell(cell.replace(/\s/g, ''))) return empty;
  let cumulative = context.cumulative ?? false;
  const bracketed = BRACKETED.exec(cell);
  if (bracketed) {
    cell = bracketed[1] + bracketed[2];
    cumulative ||= context.bracketsMeanCumulative ?? true;
    if (isBlankCell(cell.replace(/\s/g, ''))) return empty;
  }
  const marks = readMarks(cell);
  cell = marks.rest;
  cumulative ||= marks.found.some((m) => context.cumulativeMarks?.includes(m));
  const dated = DATED.exec(cell);
  if (dated) cell = cell.slice(0, dated.index).trim();
  const year = yearOfMarks(marks.found, context) ?? (dated ? Number(dated[1]) : null);
  const number = readNumber(cell);
  if (!number) return { ...empty, year, text: cell.replace(/\s/g, '') || null };
  return { raw: printed, value: number.value, comparator: number.comparator, cumulative, year, text: number.text };
}

interface ReadNumber {
  readonly value: number;
  readonly comparator: Comparator;
  readonly text: string | null;
}

function readNumber(cell: string): ReadNumber | undefined {
  const repeated = sameNumberTwice(cell);
  const compact = (repeated ?? cell).replace(/\s/g, '');
  const match = NUMBER.exec(compact);
  if (!match) return undefined;
  const before = compact.slice(0, match.index);
  if (RANGE.test(compact.slice(match.index))) return undefined;
  let after = compact.slice(match.index + match[0].length);
  let value = Number(match[0].replace(/,/g, '').replace('−', '-'));
  const ratio = /^:(\d+(?:\.\d+)?)/.exec(after);
  if (ratio && Number(ratio[1]) !== 0) {
    value = Math.round((value / Number(ratio[1])) * 1e6) / 1e6;
    after = after.slice(ratio[0].length);
  }
  after = stripUnit(after);
  const prefix = PREFIX_COMPARATORS.find(([word]) => before.endsWith(word));
  const suffix = SUFFIX_COMPARATORS.find(([word]) => after.startsWith(word));
  if (suffix) after = after.slice(suffix[0].length);
  const leading = prefix ? before.slice(0, before.length - prefix[0].length) : before;
  const comparator = prefix?.[1] ?? suffix?.[1] ?? 'eq';
  const trailing = after.replace(SEPARATORS, '');
  // 重点城市≥30 一般城市≥15: numbers for several named cases are no one value; the cell stays words
  if (leading && /\d/.test(trailing)) return undefined;
  const text = leading ? compact : trailing || null;
  return { value, comparator, text };
}

/** `99% 99`: the same number printed twice (a cell merged from two readings) is read once. */
function sameNumberTwice(cell: string): string | undefined {
  const parts = cell.split(' ').filter(Boolean);
  if (parts.length < 2) return undefined;
  const numbers = parts.map((p) => /^(-?\d+(?:\.\d+)?)%?$/.exec(p)?.[1]);
  if (numbers.some((n) => n === undefined)) return undefined;
  return new Set(numbers.map(Number)).size === 1 ? parts[0] : undefined;
}

function readMarks(cell: string): { rest: string; found: string[] } {
  const found: string[] = [];
  let rest = cell;
  for (;;) {
    const last = rest.at(-1);
    const first = rest.at(0);
    if (last && isNoteMark(last)) { found.push(last); rest = rest.slice(0, -1).trim(); }
    // a circled number before a cell numbers an item (①建成…), not a note: only the other marks stand before
    else if (first && NOTE_MARKS.includes(first) && rest.length > 1) { found.push(first); rest = rest.slice(1).trim(); }
    else return { rest, found };
  }
}

function yearOfMarks(marks: readonly string[], context: CellContext): number | null {
  for (const mark of marks) {
    const year = context.markYears?.[mark] ?? (mark === '*' || mark === '＊' ? context.starredYear : undefined);
    if (year) return year;
  }
  return null;
}
