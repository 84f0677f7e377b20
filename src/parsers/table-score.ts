import { matchIndicator, shippedCatalog } from '../domain/catalog/index.ts';
import type { DocumentIssue, Indicator, Value } from '../domain/index.ts';
import { isUnitOnly } from './parse-value-words.ts';
import { type ColumnRole, isHeaderCell } from './table-header.ts';

/** The evidence one reading of a table gives, each part 0–1. */
export interface ReadingEvidence {
  /** share of header cells given a role (指标, 2020年, 属性 …) */
  readonly header: number;
  /** share of cells that read as their column expects (numbers or dashes in value columns, 预期性/约束性 …) */
  readonly cells: number;
  /** share of names that look like indicator names */
  readonly names: number;
  /** share of names the catalogue knows */
  readonly catalogue: number;
  /** share of printed rows left over (more cells than the header has columns) */
  readonly orphans: number;
  readonly rows: number;
}

export function weighReading(roles: readonly ColumnRole[], indicators: readonly Indicator[], issues: readonly DocumentIssue[]): ReadingEvidence {
  const orphanRows = issues.filter((i) => i.code === 'table-row-unaligned').length;
  const rows = indicators.length;
  const names = indicators.filter((i) => isIndicatorName(i.name)).length;
  const known = indicators.filter((i) => matchIndicator(i.name, shippedCatalog) !== undefined).length;
  let cells = 0;
  let fitting = 0;
  for (const i of indicators) {
    for (const value of [i.baseline, i.target, i.actual, i.annualGrowth]) {
      if (value === null) continue;
      cells++;
      if (fitsValueColumn(value)) fitting++;
    }
    // a column the header names should be filled in most rows (a group is carried down to every row)
    if (roles.includes('attribute')) cells++, (fitting += i.attribute === null ? 0 : 1);
    if (roles.includes('category')) cells++, (fitting += i.category === null ? 0 : 1);
    if (roles.includes('seq')) cells++, (fitting += i.seq === null ? 0 : 1);
    if (i.unit !== null) cells++, (fitting += isUnit(i.unit) ? 1 : 0);
    cells++, (fitting += isPrinted(i) ? 1 : 0);
  }
  for (const column of FILLED_COLUMNS) {
    if (!roles.includes(column)) continue;
    cells += rows;
    fitting += filledShare(indicators, column) >= FILLED_SHARE ? rows : 0;
  }
  return {
    header: roles.filter((r) => r !== 'other').length / Math.max(1, roles.length),
    cells: cells ? fitting / cells : 0,
    names: rows ? names / rows : 0,
    catalogue: rows ? known / rows : 0,
    orphans: orphanRows / Math.max(1, rows + orphanRows),
    rows,
  };
}

/** Columns most rows fill when the reading is right: a reading that shifts cells leaves one of them empty. */
const FILLED_COLUMNS = ['unit', 'baseline', 'target'] as const;
/** A right reading leaves a few of them empty (a unit-less 满意度, a new indicator without a baseline), not half. */
const FILLED_SHARE = 0.5;

function filledShare(indicators: readonly Indicator[], column: (typeof FILLED_COLUMNS)[number]): number {
  const filled = indicators.filter((i) => {
    const cell = i[column];
    return cell !== null && (typeof cell === 'string' ? cell !== '' : cell.raw !== '');
  }).length;
  return filled / Math.max(1, indicators.length);
}

/**
 * 0–1: how well the reading explains the printed table. Misread cells and leftover rows count in full
 * (a product, so one kind of failure cannot be made up by another); header words, name shapes and
 * catalogue hits count half or less (a right reading may have odd headers or names the catalogue lacks).
 */
export function confidenceOf(e: ReadingEvidence): number {
  if (e.rows === 0) return 0;
  const catalogue = 0.9 + 0.1 * Math.min(1, 2 * e.catalogue);
  const product = (0.5 + 0.5 * e.header) * e.cells * (0.5 + 0.5 * e.names) * catalogue * (1 - e.orphans);
  return Math.round(product * 100) / 100;
}

/** A number, a dash or empty, or words without digits (建成, 与经济增长同步); not a number lost in words nor a unit. */
function fitsValueColumn(value: Value): boolean {
  if (value.value !== null) return value.text === null || !/\d/.test(value.text);
  return value.text === null || (!/\d/.test(value.text) && !isUnitOnly(value.raw.trim()));
}

const CJK = /[\u4e00-\u9fff]/;

/**
 * Words of 2–40 characters with CJK; not a number, a class word, a header word or a sentence, and no
 * gap inside (two cells glued: 综合交通　铁路营业里程).
 */
function isIndicatorName(name: string): boolean {
  const length = [...name].length;
  if (length < 2 || length > 40 || !CJK.test(name) || isHeaderWord(name)) return false;
  return !/^(?:预期性|约束性)$/.test(name) && !/[。；\u3000\t]|\s{2}/.test(name) && !/^[\d.%\s]+$/.test(name) &&
    bracketsClose(name);
}

/** A bracket closed before it opens, or left open, is a name cut in two (PM2.5）浓度: its start went elsewhere). */
function bracketsClose(name: string): boolean {
  let open = 0;
  for (const ch of name) {
    if (ch === '（' || ch === '(') open++;
    else if (ch === '）' || ch === ')') open--;
    if (open < 0) return false;
  }
  return open === 0;
}

/** Rows that look like an indicator: a plausible name and something printed beside it. */
export const plausibleRows = (indicators: readonly Indicator[]): number =>
  indicators.filter((i) => isIndicatorName(i.name) && isPrinted(i)).length;

/** 指标名称, 2025年目标: a header cell read as a row (names may hold 增长 or 目标 too, but are longer). */
const isHeaderWord = (name: string): boolean => isHeaderCell(name) && ([...name].length <= 4 || /(?:19|20)\d\d/.test(name));

/** A row shows something beside its name: a value, a unit or a class. */
const isPrinted = (i: Indicator): boolean =>
  i.unit !== null || i.attribute !== null || [i.baseline, i.target, i.actual, i.annualGrowth].some((v) => v !== null && v.raw !== '');

const isUnit = (unit: string): boolean => [...unit].length <= 12 && !/^\d+(?:\.\d+)?$/.test(unit);
