import type { CellContext } from './parse-value.ts';
import { NOTE_MARKS } from './parse-value-words.ts';
import { isUnitCell } from './table-cell-types.ts';

export interface RowName {
  /** 1．→ 1; a code printed before the name (A-01 …) → 'A-01' */
  readonly seq: number | string | null;
  readonly name: string;
  readonly unit: string | null;
  /** the name says 累计 / 五年累计, or carries a mark a note gives to five-year totals */
  readonly cumulative: boolean;
}

const ROW_NUMBER = /^\s*(?:([0-9０-９]+)\s*[.．、](?![0-9０-９])|[（(]([0-9０-９]+)[)）])\s*/;
/** A-01 生态保护红线面积: an indicator code before the name (国土空间 指标体系) */
const ROW_CODE = /^\s*([A-Z]{1,2}[-－]?[0-9]{1,3}(?:[-－.][0-9]{1,3})?)[\s\u3000]+(?=\S)/;
const UNIT_BRACKET = /\s*(?:[（(]([^（）()]{1,12})[)）]|[[［【]([^\]］】]{1,12})[\]］】])\s*$/;
/** ※, *, and the circled numbers ①–⑳ a note under the table explains (a PDF prints Word's raised ① inline) */
const TRAILING_MARKS = new RegExp(`[${NOTE_MARKS}\u2460-\u2473]+$`);
/** …占比[2]: a footnote's number in brackets after a name (Word's saved HTML prints it so); never a unit. */
const NOTE_REFERENCE = /(?<=[\u3400-\u9fff）)])\s*[[［〔]\s*[0-9]{1,2}\s*[\]］〕]$/;

/** EQI, PM2.5, GDP: an abbreviation of the name in brackets after it, not its unit (units: %, 万元, km, kW). */
const isAbbreviation = (content: string) => /^[A-Z]{2,}[A-Z0-9.]*$/.test(content) && !isUnitCell(content);

/**
 * What the row's 单位 cell says of a bracket closing its name: `none` (the cell prints a dash: no unit, so
 * 生态质量指数（EQI） keeps its bracket), `unit` (the cell holds a unit: only a unit in the bracket is one,
 * 城镇新增就业（五年累计） keeps its words), `any` (no unit column, or an empty cell).
 */
export type UnitCell = 'none' | 'unit' | 'any';

/** 1．常住人口城镇化率（%） → seq 1, name 常住人口城镇化率, unit %. */
export function readRowName(printed: string, context: CellContext, unitCell: UnitCell = 'any'): RowName {
  let name = printed.trim();
  const number = ROW_NUMBER.exec(name);
  const code = number ? null : ROW_CODE.exec(name);
  const seq = number ? Number((number[1] ?? number[2]).normalize('NFKC')) : (code?.[1] ?? null);
  if (number ?? code) name = name.slice((number ?? code)![0].length);
  let marks = TRAILING_MARKS.exec(name)?.[0] ?? '';
  name = name.slice(0, name.length - marks.length).trimEnd();
  name = name.replace(NOTE_REFERENCE, '');
  let unit: string | null = null;
  const bracket = unitCell === 'none' ? null : UNIT_BRACKET.exec(name);
  const content = bracket ? (bracket[1] ?? bracket[2]).replace(/\s+/g, '') : '';
  const unitLike = unitCell === 'any' ? !/[以为含按]/.test(content) && !isAbbreviation(content) : isUnitCell(content);
  if (bracket && content && unitLike) {
    unit = content;
    name = name.slice(0, bracket.index).trimEnd();
    // a mark printed before the unit bracket (比重※（%）, a raised ※ a PDF sets before its line) is the name's too
    const before = TRAILING_MARKS.exec(name)?.[0] ?? '';
    name = name.slice(0, name.length - before.length).trimEnd();
    marks += before;
  }
  const cumulativeMark = [...marks.normalize('NFKC')].some((m) => context.cumulativeMarks?.includes(m));
  return { seq, name: name.trim(), unit, cumulative: /累计/.test(name) || cumulativeMark };
}

/** 4.5岁以下儿童死亡率: a row number before a name that opens with a digit reads as a decimal number. */
const NUMBER_THEN_DIGIT = /^([0-9０-９]+)[.．]\s*(?=[0-9０-９])/;

/**
 * A row whose name opens with `k.` and a digit, between rows numbered k−1 or k+1 in their names, is row k
 * (4.5岁以下儿童死亡率 between 3 and 5 → 4 and 5岁以下儿童死亡率); elsewhere the number is the name's own.
 */
export function numberedByNeighbours<T extends { readonly seq: number | string | null; readonly name: string }>(
  rows: readonly T[],
): T[] {
  return rows.map((row, i) => {
    const number = row.seq === null ? NUMBER_THEN_DIGIT.exec(row.name) : null;
    if (!number) return row;
    const seq = Number(number[1].normalize('NFKC'));
    if (rows[i - 1]?.seq !== seq - 1 && rows[i + 1]?.seq !== seq + 1) return row;
    return { ...row, seq, name: row.name.slice(number[0].length) };
  });
}
