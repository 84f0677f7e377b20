import { guessRole, isHeaderCell } from './table-header.ts';

/**
 * A header printed over two lines, its cells' positions lost (single spaces, one cell per line): the
 * upper line holds every column's first piece (计量, 基期值, 202), the lower one the rest of the long
 * ones (单位, （2020年）, 5年), in order. Each lower piece joins one column, in order, so that the header
 * reads best: header words, whole years, closed brackets. A small dynamic programme over pieces × columns.
 */
export function joinHeaderPieces(upper: readonly string[], lower: readonly string[]): string[] | undefined {
  const m = upper.length;
  const k = lower.length;
  if (k === 0 || k > m) return undefined;
  // best[b][c]: best score placing lower pieces b… into columns c…
  const best: number[][] = Array.from({ length: k + 1 }, () => Array(m + 1).fill(Number.NEGATIVE_INFINITY));
  const joins: boolean[][] = Array.from({ length: k + 1 }, () => Array(m + 1).fill(false));
  for (let c = m; c >= 0; c--) best[k][c] = upper.slice(c).reduce((sum, h) => sum + headerScore(h), 0);
  for (let b = k - 1; b >= 0; b--) {
    for (let c = m - 1; c >= 0; c--) {
      const alone = headerScore(upper[c]) + best[b][c + 1];
      const joined = headerScore(upper[c] + lower[b]) + pairBonus(upper[c], lower[b]) + best[b + 1][c + 1];
      [best[b][c], joins[b][c]] = joined > alone ? [joined, true] : [alone, false];
    }
  }
  if (!Number.isFinite(best[0][0])) return undefined;
  const header: string[] = [];
  let b = 0;
  for (let c = 0; c < m; c++) {
    const join = b < k && joins[b][c];
    header.push(join ? upper[c] + lower[b++] : upper[c]);
  }
  return header;
}

/** How much a header cell reads as one: a header word, a whole year, brackets closed; a cut number does not. */
function headerScore(cell: string): number {
  let score = isHeaderCell(cell) ? 2 : 0;
  if (/(?:19|20)\d\d/.test(cell)) score += 1;
  if (/\d$/.test(cell) && !/(?:19|20)\d\d$/.test(cell)) score -= 3;
  const opened = (cell.match(/[（(［\[〔【]/g) ?? []).length;
  const closed = (cell.match(/[)）］\]〕】]/g) ?? []).length;
  if (opened !== closed) score -= 3;
  return score;
}

/** Words that go with a year in one column: 2020年 / 基数, 基期值 / （2020年）, 2020年 / 实际完成. */
const YEARLY = new Set(['baseline', 'target', 'actual']);

const kindOf = (cell: string) => { const g = guessRole(cell); return typeof g === 'string' ? g : 'year'; };

/**
 * Halves that belong together: a lower piece of the same kind as the upper one (指标 / 名称, 规划 / 目标),
 * a year's rest (2020 / 年基数, 202 / 5年), a bracket under words without one (年均增长 / （%））.
 */
function pairBonus(upper: string, lower: string): number {
  const [above, below] = [kindOf(upper), kindOf(lower)];
  const yearly = (above === 'year' && YEARLY.has(below)) || (below === 'year' && YEARLY.has(above));
  const sameKind = above !== 'other' && (above === below || yearly);
  // two words of different columns in one cell (属性 / 实际完成): a piece placed in the wrong column
  const mixed = !sameKind && above !== 'other' && below !== 'other';
  const yearRest = /\d$/.test(upper) && /^[\d年]/.test(lower);
  const bracket = /^[（(［\[]/.test(lower) && !/[（(［\[]/.test(upper);
  return (sameKind ? 1 : 0) + (yearRest ? 1 : 0) + (bracket ? 1 : 0) - (mixed ? 2 : 0);
}

/** Whether a line of pieces is the header's lower line: header words, or pieces that make the header read better. */
export function isLowerHeaderLine(upper: readonly string[], lower: readonly string[], joined: readonly string[]): boolean {
  if (lower.every(isHeaderCell)) return true;
  const total = (cells: readonly string[]) => cells.reduce((sum, h) => sum + headerScore(h), 0);
  return total(joined) - total(upper) >= lower.length;
}
