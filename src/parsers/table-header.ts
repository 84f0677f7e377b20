import type { TableKind } from '../domain/index.ts';
import { cachedRole } from './header-role-cache.ts';
import { achievedBeforeTarget, achievedInTargetYear, latestTarget, VISION_YEARS, yearOf } from './table-header-periods.ts';
import { fold } from './table-lines.ts';

export { yearOf };

/**
 * What a column of an indicator table holds. `growth` is a 年均增长 / 年均增速 column (its numbers are
 * yearly growth rates); `annual` a plain 年均 or 年均/累计 column, which may hold yearly levels.
 */
export type ColumnRole =
  | 'category' | 'seq' | 'name' | 'unit' | 'baseline' | 'target' | 'actual'
  | 'annual' | 'growth' | 'attribute' | 'other';

export interface TableHeader {
  readonly roles: readonly ColumnRole[];
  readonly kind: TableKind;
}

export type Guess = ColumnRole | { readonly year: number };

/** Header words of columns that hold no value of the row: notes, departments, 指标层级, 指标解释, 数据来源 */
const NOT_A_VALUE = /备注|说明|责任|牵头|部门|解释|释义|定义|计算|来源|口径|层级|权重/;

/** Reads one header cell; years are resolved against the other columns later. */
export const guessRole = (printed: string): Guess => cachedRole(printed, guessRoleOnce);

function guessRoleOnce(printed: string): Guess {
  const h = fold(printed).replace(/[“”"'‘’「」]/g, '');
  if (!h) return 'other';
  if (/属性|性质|^指标类型$/.test(h)) return 'attribute';
  if (/^(?:序号|编号|序)$/.test(h)) return 'seq';
  // 目标维度, 评价维度: the dimension a 城市体检 system groups its rows by, never a target
  if (/^(?:类别|分类|类型|领域|方面|维度|类|一级指标)$|类别|分类|维度$/.test(h)) return 'category';
  if (/^(?:计量)?单位/.test(h)) return 'unit';
  if (NOT_A_VALUE.test(h)) return 'other';
  if (/实际|完成(?!数)|执行情况|实现值/.test(h)) return 'actual';
  if (/年均(?:增长|增速|增幅)/.test(h)) return 'growth';
  if (/年均|累计|增速|增长/.test(h)) return 'annual';
  // 指标值 / 数值 spanning year columns labels values, not the names (指标值 over 2020年 | 2025年)
  if (/指标(?!值)|名称|项目|内容/.test(h)) return 'name';
  if (/基数|基期|基准|现状|完成数|基础/.test(h)) return 'baseline';
  if (/目标|规划|预期|期末/.test(h)) return 'target';
  const year = yearOf(h);
  return year ? { year } : 'other';
}

/** A cell that can belong to a header row (类别, 指标, 2020年, 年均增长, 属性 …). */
/** Header words are short (指标名称, 2025年目标); a longer lone piece in the name column is a piece of a name. */
export const HEADER_WORD_CHARS = 6;

export function isHeaderCell(printed: string): boolean {
  const h = fold(printed);
  if (!h || h.length > 24 || /^\d+[.．、]/.test(h)) return false;
  if (/^[(（][^)）]*[)）]$/.test(h)) return true;
  return (guessRole(printed) !== 'other' || NOT_A_VALUE.test(h)) && !/^[-<>≥≤~\d.%\[\]〔〕]+$/.test(h);
}

/** Column roles from the header cells; undefined when this is not an indicator table. */
export function readHeader(cells: readonly string[]): TableHeader | undefined {
  const guesses = cells.map(guessRole);
  const roles: ColumnRole[] = guesses.map((g) => (typeof g === 'string' ? g : 'other'));
  resolveYears(guesses, roles);
  latestTarget(cells, roles);
  achievedInTargetYear(cells, roles);
  achievedBeforeTarget(cells, roles);
  const names = roles.flatMap((role, i) => (role === 'name' ? [i] : []));
  if (names.length > 1) {
    if (!roles.includes('category')) roles[names[0]] = 'category';
    for (const i of names.slice(roles[names[0]] === 'category' ? 2 : 1)) roles[i] = 'other';
  }
  if (!roles.includes('name')) nameBeforeUnit(cells, roles);
  if (!roles.includes('name')) return undefined;
  const valued = roles.some((r) => ['target', 'actual', 'baseline', 'annual', 'growth'].includes(r));
  if (!valued && !isIndicatorSystem(cells, roles)) return undefined;
  const kind = roles.includes('actual') ? 'completion' : roles.includes('target') ? 'targets' : 'other';
  return { roles, kind };
}

/**
 * A header whose name column says what the rows are (产业链, 重点领域) rather than 指标/名称: beside a
 * 单位 column and a target column the table is plainly one of indicators, and the column just before
 * the unit that no word names holds their names (序号 | 产业链 | 单位 | 2020年 | 2025年目标). A single
 * character there is a piece of a word printed letter-spaced (指 标), not a column's name.
 */
function nameBeforeUnit(cells: readonly string[], roles: ColumnRole[]): void {
  const unit = roles.indexOf('unit');
  if (unit <= 0 || !roles.includes('target') || roles[unit - 1] !== 'other') return;
  if ([...(cells[unit - 1] ?? '').trim()].length < 2) return;
  roles[unit - 1] = 'name';
}

/**
 * An indicator system (指标体系) lists indicators without values: its header names a class column
 * (属性, 指标类型), or its name column says 指标 beside a 单位 or 序号 column (序号 | 指标项 | 单位 | 类型).
 */
function isIndicatorSystem(cells: readonly string[], roles: readonly ColumnRole[]): boolean {
  if (roles.includes('attribute')) return true;
  return /指标/.test(fold(cells[roles.indexOf('name')])) && (roles.includes('unit') || roles.includes('seq'));
}

/** 2020年 | 2025年: the latest year is the target, the year before it the baseline (2015年 | 2020年 | 2025年 too). */
function resolveYears(guesses: readonly Guess[], roles: ColumnRole[]): void {
  const years = guesses
    .map((g, i) => (typeof g === 'string' ? undefined : { i, year: g.year }))
    .filter((y): y is { i: number; year: number } => y !== undefined)
    .sort((a, b) => a.year - b.year);
  if (years.length === 0) return;
  // a 2035 column beside 2025 is the vision, not the plan's target
  if (years.length > 1 && years.at(-1)!.year >= years.at(-2)!.year + VISION_YEARS) years.pop();
  if (!roles.includes('target')) roles[years.pop()!.i] = 'target';
  if (years.length > 0 && !roles.includes('baseline')) roles[years.at(-1)!.i] = 'baseline';
}

/**
 * 类别 序号 or 2020年 2025年 printed as one cell by a PDF's text: 序号 and 单位 never join another
 * header word, and one column names one year (2020年 基数 stays whole).
 */
export function splitGluedHeader(cells: readonly string[]): string[] {
  return cells.flatMap((cell) => {
    const parts = cell.trim().split(/\s+/);
    if (parts.length < 2 || !parts.every(isHeaderCell)) return [cell];
    const years = parts.filter((p) => /(?:19|20)\d\d/.test(p)).length;
    return years >= 2 || parts.some((p) => /^(?:序号|编号|单位)$/.test(fold(p))) ? parts : [cell];
  });
}

/** 指标 / 属性 on two lines of a one-cell-per-line header (a PDF loses the TABs that joined them) are one cell. */
export function joinSplitHeader(cells: readonly string[]): string[] {
  const joined: string[] = [];
  for (const cell of cells) {
    const last = joined.at(-1);
    if (last !== undefined && /^(?:指标|实际|实际完成|完成)$/.test(fold(last)) && /^(?:属性|性质|名称|完成|情况|完成情况)$/.test(fold(cell))) {
      joined[joined.length - 1] = last + cell;
    } else joined.push(cell);
  }
  return joined;
}
