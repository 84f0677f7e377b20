import type { DocumentIssue } from '../domain/index.ts';
import { isDashCell } from './table-cell-types.ts';
import type { ColumnRole } from './table-header.ts';

/**
 * Why a row's reading cannot be vouched for from the printed text alone. `order`: its value columns took
 * cells of both runs, and the run of cells with Chinese (33 以上) may stand left of the run before it (32.5
 * —) as well as right: both orders read. `hole`: a value column left empty before a filled one, where
 * pdftotext may have dropped a lone `-` (it takes one at a line's end for a hyphen).
 */
export type RowDoubt = 'order' | 'hole';

/** A row of pdftotext's reading order that the printed text does not settle (table-reading-order-row.ts). */
export interface DoubtedRow {
  readonly doubt: RowDoubt;
  /** the first line the row's cells print on */
  readonly line: number;
  readonly excerpt: string;
}

const REASONS: Record<RowDoubt, string> = {
  order: 'PDF 转出的文字里，含汉字的格（如“33 以上”“〔300〕”）排在同一行其他数值之后，它们原来的左右次序无法确定',
  hole: '有数值列是空的，而 PDF 转文字时单独的“-”格会被丢掉，空格处原来可能是“-”',
};

/**
 * One `table-ambiguous` issue per kind of doubt, naming its rows' lines: the rows are kept (read the likelier
 * way), the user is told which to check against the document.
 */
export function rowDoubtIssues(rows: readonly DoubtedRow[]): DocumentIssue[] {
  return (['order', 'hole'] as const).flatMap((doubt) => {
    const mine = rows.filter((r) => r.doubt === doubt);
    if (mine.length === 0) return [];
    const lines = mine.map((r) => r.line);
    return [{
      code: 'table-ambiguous', severity: 'warning', line: lines[0], excerpt: mine[0].excerpt,
      message: `第 ${lines.join('、')} 行：${REASONS[doubt]}；请对照原文件核对这 ${mine.length} 行的数值`,
    }];
  });
}

/**
 * Whether a value of the second run (33 以上), read right of one of the first run (—, 6), could as well
 * stand left of it, in its column: beside a dash, and beside a number of like size (a rate of 7 左右 beside a
 * total of 1400 is no target of the same row); not in a baseline column when it reads as a goal (81 左右,
 * 稳中向好: a baseline is a number reached). A bracketed figure read in a 年均增长 column is where such
 * columns print their 〔累计〕 totals: the likelier reading by far, not doubted.
 */
export function mayStandEitherWay(valued: readonly Valued[]): boolean {
  return valued.some((a, i) => a.run === 1 && valued.slice(i + 1).some((b) =>
    b.run === 2 && !isCumulativeInPlace(b) && isLike(a.text, b.text) && (a.role !== 'baseline' || canBeBaseline(b.text))));
}

const isCumulativeInPlace = (b: Valued) => (b.role === 'annual' || b.role === 'growth') && /^[〔［[【]/.test(b.text.trim());

export interface Valued {
  readonly run: number;
  readonly text: string;
  readonly role: ColumnRole;
}

const canBeBaseline = (text: string) => /\d/.test(text) && !GOAL_WORDS.test(text);
const GOAL_WORDS = /以上|以下|以内|左右|约|力争|控制|不低于|不高于|不超过|达到|同步/;

/** Two values of one row this many times apart measure different things (a total and its growth rate). */
const LIKE_SIZE = 10;

function isLike(narrow: string, wide: string): boolean {
  if (isDashCell(narrow)) return true;
  const [x, y] = [numberIn(narrow), numberIn(wide)];
  if (x === undefined || y === undefined) return false;
  return Math.max(x, y) <= LIKE_SIZE * Math.min(x, y);
}

const numberIn = (text: string): number | undefined => {
  const found = /\d+(?:\.\d+)?/.exec(text);
  const value = found ? Number(found[0]) : Number.NaN;
  return value > 0 ? value : undefined;
};
