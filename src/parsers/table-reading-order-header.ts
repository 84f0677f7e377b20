import { type ColumnRole, readHeader } from './table-header.ts';
import { fold } from './table-lines.ts';

/**
 * The header of a ruled table as `pdftotext` without -layout prints it: its cells one or a few to a
 * line, a cell over two or three lines split into pieces printed far apart (2025 … 年, 计量单 … 位,
 * 基期值（2020 … 年）) and ordered by height rather than column. What survives is which columns there
 * are: each piece names at most one (a year, 基期, 目标, 属性 …). The columns are set in the order
 * indicator tables print them (类别, 序号, 指标, 单位, values from the earliest year, 年均, 属性), since
 * the pieces no longer tell it; a year without a word is the baseline or the target as the other
 * columns leave open (the later year the target).
 */

export type Known = 'category' | 'seq' | 'name' | 'unit' | 'baseline' | 'target' | 'actual' | 'growth' | 'attribute';

/** Words of a piece, tried in turn: the first that matches names the piece's column. */
const PIECE_WORDS: ReadonlyArray<[Known, RegExp]> = [
  ['attribute', /属性|指标属|^属$/],
  ['seq', /^(?:序号?|编号?)$/],
  ['category', /类别|分类|领域|^类型$|^方面$/],
  ['unit', /^(?:计量)?单位?$|^计量单?$/],
  ['actual', /实际|完成/],
  ['growth', /年均|增速|增长/],
  ['baseline', /基期|基数|年基|基准|现状/],
  ['target', /目标|规划|年目/],
  ['name', /^(?:主要)?指标(?:名称|名)?$|^名称$/],
];

const ORDER: readonly Known[] = ['category', 'seq', 'name', 'unit', 'baseline', 'target', 'actual', 'growth', 'attribute'];

const YEAR = /(?:19|20)\d\d/;

/** The column a header cell's pieces name (目标 → target), or undefined when they name none. */
export const roleOfPieces = (pieces: readonly string[]): Known | undefined =>
  PIECE_WORDS.find(([, word]) => word.test(fold(pieces.join(''))))?.[0];

/** A piece of a header line: spaces split pieces, except between a year and the 年… after it. */
export function headerPieces(text: string): string[] {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const token of tokens) {
    const last = out.at(-1);
    // 2025 年目 is one piece, 2025 年均增长 two (the year heads the column before the 年均 one)
    if (last !== undefined && /\d$/.test(last) && /^[年）)](?!均)/.test(token)) out[out.length - 1] = last + token;
    else out.push(token);
  }
  return out;
}

/** A piece that names a column (序号, 计量单位, 2025年 …), not a fragment of one. */
export const namesColumn = (piece: string): boolean =>
  PIECE_WORDS.some(([, word]) => word.test(fold(piece))) || YEAR.test(piece);

/** Whether a piece can belong to such a header: a column word, a year, or a short fragment of one. */
export function isHeaderPiece(piece: string): boolean {
  const folded = fold(piece);
  if (PIECE_WORDS.some(([, word]) => word.test(folded))) return true;
  if (/^[（(]?(?:19|20)\d\d(?:年[）)]?)?$/.test(folded)) return true;
  return [...folded].length <= 3 && !/\d/.test(folded) && /^[\u4e00-\u9fff（）()[\]［］〔〕%]+$/.test(folded);
}

/** The header's column words in printing order, or undefined when the pieces name no indicator table. */
export function readPiecesHeader(pieces: readonly string[]): string[] | undefined {
  const found = new Map<Known, number | undefined>();
  const bareYears: number[] = [];
  for (const piece of pieces) {
    const folded = fold(piece);
    const year = YEAR.exec(folded)?.[0];
    const role = PIECE_WORDS.find(([, word]) => word.test(folded))?.[0];
    if (role && (!found.has(role) || found.get(role) === undefined)) found.set(role, year ? Number(year) : undefined);
    else if (!role && year) bareYears.push(Number(year));
  }
  placeBareYears(found, bareYears);
  if (!found.has('name')) return undefined;
  const words = ORDER.filter((role) => found.has(role)).map((role) => wordOf(role, found.get(role)));
  return readHeader(words)?.roles.includes('name') ? words : undefined;
}

/** Years printed alone (2025 / 年): the later one is the target, an earlier one the baseline, as far as these are missing. */
function placeBareYears(found: Map<Known, number | undefined>, years: number[]): void {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (!found.has('target') && sorted.length > 0) found.set('target', sorted.pop());
  if (!found.has('baseline') && sorted.length > 0) found.set('baseline', sorted.pop());
}

const WORDS: Readonly<Record<Known, string>> = {
  category: '类别', seq: '序号', name: '指标名称', unit: '单位', baseline: '基期值', target: '目标值',
  actual: '实际完成', growth: '年均增长', attribute: '属性',
};

function wordOf(role: Known, year: number | undefined): string {
  if (year === undefined) return WORDS[role];
  return role === 'baseline' ? `${year}年基数` : role === 'target' ? `${year}年目标` : role === 'actual' ? `${year}年实际完成` : WORDS[role];
}

export type { ColumnRole };
