import type { Indicator } from '../domain/index.ts';
import { isAttributeCell, isDashCell, isUnitCell, isValueCell } from './table-cell-types.ts';
import { type ColumnRole, isHeaderCell } from './table-header.ts';

/**
 * `pdftotext` without -layout prints a ruled table's cells in the order of its text blocks; a reading of
 * that text may put a piece of one cell into another (a class word into a name, a target into the 类别).
 * Such a row is worse than none: it is set aside with a `table-unread` issue naming its lines. The tests
 * here ask what a right row never shows, so a right reading loses nothing.
 */

/** Words of a target or a class, never of an indicator's name or a group's label. */
const CLASS_WORDS = /预期性|约束性|^(?:预期|约束)|(?:预期|约束)$|(?:预期|约束).*性$/;
const TARGET_WORDS = /下达|任务|考核目标|规划目标|稳中向好|左右$/;
/** A value glued to a name's end (城镇常住居民人均可支配收6300元); PM2.5 has no Chinese right before its digits. */
const GLUED_VALUE = /[\u4e00-\u9fff]\d+(?:\.\d+)?(?:元|%|亿元|万元|万人|人|个|家|件|次|岁|年)$/;
/** What a group's label never holds: digits, brackets of a five-year total, a comparator. */
const NOT_A_LABEL = /[\d[\]〔〕【】≥≤<>＜＞%％]/;

/** A column's heading word alone (单位, 指标名称, 属性), never an indicator: a header repeated after a page break. */
const COLUMN_WORD = /^(?:计量)?单位$|^(?:指标)?属性$|^(?:主要)?指标(?:名称)?$|^(?:序号|编号|类别|分类|领域)$/;

/**
 * A header's year cell (2025年目标值, 基期值（2020年）, “十四五”目标（2025年）) has a few words beside its
 * year; a name with a year (细颗粒物浓度较2015年下降) has more.
 */
const HEADING_WORDS = 6;
const isYearHeading = (text: string) =>
  /(?:19|20)\d\d/.test(text) && (text.replace(/(?:19|20)\d\d年?/g, '').match(/[\u4e00-\u9fff]/g)?.length ?? 0) <= HEADING_WORDS;

function nameDoubt(name: string, unit: string | null): string | undefined {
  const text = name.replace(/\s/g, '');
  // a unit is printed in its column or in brackets, not glued bare to the name (地区生产总值亿元)
  if (unit && [...unit].length >= 2 && text.endsWith(unit)) return `名称“${name}”末尾粘连了单位`;
  if (isValueCell(text) || isDashCell(text) || /^\d+$/.test(text)) return `名称“${name}”是一个数值`;
  if (CLASS_WORDS.test(text)) return `名称“${name}”含有属性词`;
  if (TARGET_WORDS.test(text)) return `名称“${name}”含有目标值的文字`;
  if (GLUED_VALUE.test(text)) return `名称“${name}”末尾粘连了数值`;
  if ((isHeaderCell(text) && isYearHeading(text)) || COLUMN_WORD.test(text)) return `名称“${name}”是表头文字`;
  return undefined;
}

/** The longest unit glued bare to a name's end that is looked for (平方公里/万人, 吨标准煤). */
const MAX_GLUED_UNIT = 6;

/**
 * A row with an empty 单位 cell whose name ends in a unit (…占GDP比重　%, 地区生产总值亿元): the unit stayed
 * glued to the name. A lone character (人, 家, 次) ends many right names, so only a unit set off by a space,
 * a symbol (%, ‰) or a unit of two characters or more counts.
 */
function unitInName(roles: readonly ColumnRole[], row: Indicator): string | undefined {
  if (!roles.includes('unit') || row.unit != null) return undefined;
  const pieces = row.name.trim().split(/\s+/);
  const last = pieces[pieces.length - 1];
  const text = pieces.join('');
  const glued = (pieces.length > 1 && isUnitCell(last)) || /[%％‰]$/.test(text) ||
    Array.from({ length: MAX_GLUED_UNIT - 1 }, (_, k) => text.slice(-(k + 2))).some((tail) => tail.length < text.length && isUnitCell(tail));
  return glued ? `“${row.name}”的单位格为空，名称末尾却是单位，单位可能粘连在名称里` : undefined;
}

/** A plain number (90, 0.012, ≥92): a value, never a unit. */
const PLAIN_NUMBER = /^[<>≤≥＜＞]?\d+(?:\.\d+)?[%％]?$/;

/** A number read as the unit: the row's cells were set one column off (pdftotext -layout shifting a row left). */
function unitDoubt(row: Indicator): string | undefined {
  const unit = row.unit?.replace(/\s/g, '');
  return unit && PLAIN_NUMBER.test(unit) ? `单位“${row.unit}”是一个数值，这一行的格可能错位` : undefined;
}

/** Words of a goal, never of what was achieved: an approximate or assigned figure (10左右, 完成省下达任务). */
const GOAL_WORDS = /左右|下达|任务/;

/** A completion value (实际完成) worded as a goal: the row's plan target and achievement changed places. */
function actualDoubt(row: Indicator): string | undefined {
  const actual = row.actual?.raw;
  return actual && GOAL_WORDS.test(actual) ? `完成值“${actual}”是目标的写法，可能与规划目标错位` : undefined;
}

/** A group's label is short (城镇化质量, 空间结构与效率): a longer one is a name read as the label. */
const MAX_LABEL_CHARS = 10;

/**
 * Words that say what an indicator measures (…比例, …比重, …占比): a group's label names a field (健康保障,
 * 城镇化质量), so a label holding one has a piece of a name in it.
 */
const MEASURE_WORDS = /比例|比重|占比/;

function categoryDoubt(category: string | null, names: ReadonlySet<string>, labels: ReadonlySet<string>): string | undefined {
  if (!category) return undefined;
  if (names.has(category) || [...category].length > MAX_LABEL_CHARS) return `类别“${category}”像是一行的名称`;
  // pieces of labels joined wrongly (长长长长展), or a label's head without its tail (质量效 beside 质量效益)
  if (/(.)\1\1/u.test(category) || [...labels].some((l) => l !== category && l.startsWith(category))) {
    return `类别“${category}”是拼错的类别片段`;
  }
  if (MEASURE_WORDS.test(category)) return `类别“${category}”含有指标名称的词，像是名称的片段`;
  if (NOT_A_LABEL.test(category) || isAttributeCell(category) || CLASS_WORDS.test(category) || TARGET_WORDS.test(category)) {
    return `类别“${category}”像是数值或属性`;
  }
  return undefined;
}

/** A column the header names (单位, 属性, a value column) that no row fills: its cells went elsewhere. */
const FILLED: ReadonlyArray<readonly [ColumnRole, (i: Indicator) => unknown]> = [
  ['unit', (i) => i.unit],
  ['attribute', (i) => i.attributeRaw ?? i.attribute],
];
/** Fewer rows than this may all leave a column empty (a two-row table without units). */
const EMPTY_COLUMN_ROWS = 3;

function emptyColumn(roles: readonly ColumnRole[], rows: readonly Indicator[]): string | undefined {
  if (rows.length < EMPTY_COLUMN_ROWS) return undefined;
  const empty = FILLED.find(([role, read]) => roles.includes(role) && rows.every((r) => read(r) == null));
  return empty && `表头有“${empty[0] === 'unit' ? '单位' : '属性'}”列，但没有一行读到它`;
}

/** The baseline and target columns: a row seldom leaves one blank (an unknown value prints as - or —). */
const VALUES: ReadonlyArray<readonly [ColumnRole, string, (i: Indicator) => Indicator['target']]> = [
  ['baseline', '基期值', (i) => i.baseline],
  ['target', '目标值', (i) => i.target],
];

/**
 * A value column blank in most rows but read in some: its cells for the blank rows were printed
 * elsewhere (after the next heading), and what those rows read there may be a neighbour's.
 */
function sparseValues(roles: readonly ColumnRole[], rows: readonly Indicator[]): Map<number, string> {
  const doubts = new Map<number, string>();
  if (rows.length < EMPTY_COLUMN_ROWS) return doubts;
  for (const [role, word, read] of VALUES) {
    if (!roles.includes(role)) continue;
    const blank = rows.map((r) => !read(r)?.raw);
    const count = blank.filter(Boolean).length;
    if (count * 2 <= rows.length || count === rows.length) continue;
    const reason = `“${word}”列多数行为空，其余行的数值可能错位`;
    blank.forEach((b, k) => b && !doubts.has(k) && doubts.set(k, reason));
  }
  return doubts;
}

/**
 * A 属性 column filled in most rows: every indicator has its class, so a row without one was cut from
 * pieces of its neighbours (its class went to another row, or stands elsewhere on the page).
 */
function missingClasses(roles: readonly ColumnRole[], rows: readonly Indicator[]): Map<number, string> {
  const doubts = new Map<number, string>();
  if (!roles.includes('attribute') || rows.length < EMPTY_COLUMN_ROWS) return doubts;
  const blank = rows.map((r) => (r.attributeRaw ?? r.attribute) == null);
  if (blank.filter(Boolean).length * 2 >= rows.length) return doubts;
  blank.forEach((b, k) => b && doubts.set(k, '“属性”列其余行都有，这一行没有读到'));
  return doubts;
}

/** 序号 counting up by one along most rows: a row off the count was cut from other rows' pieces. */
const SEQ_MAJORITY = 0.6;

function seqDoubts(roles: readonly ColumnRole[], rows: readonly Indicator[]): Map<number, string> {
  const doubts = new Map<number, string>();
  if (!roles.includes('seq') || rows.length < EMPTY_COLUMN_ROWS) return doubts;
  const offsets = new Map<number, number>();
  rows.forEach((r, k) => typeof r.seq === 'number' && offsets.set(r.seq - k, (offsets.get(r.seq - k) ?? 0) + 1));
  const [offset, count] = [...offsets].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (count < rows.length * SEQ_MAJORITY) return doubts;
  rows.forEach((r, k) => r.seq !== offset + k && doubts.set(k, `序号应为 ${offset + k}，读到“${r.seq ?? '空'}”`));
  return doubts;
}


/**
 * A class cell holding a value or a target's words as well (5%左右 预期性): two cells one space apart were
 * read as one, and the column left of it lost its cell.
 */
function classDoubt(row: Indicator): string | undefined {
  const printed = row.attributeRaw;
  return printed && CLASS_WORDS.test(printed) && (/\d/.test(printed) || TARGET_WORDS.test(printed))
    ? `属性格“${printed}”混有数值或目标文字，相邻的格可能并在了一起` : undefined;
}

/** Why each row of a reading cannot be vouched for (undefined: nothing against it). */
export function rowDoubts(roles: readonly ColumnRole[], rows: readonly Indicator[]): Array<string | undefined> {
  const whole = emptyColumn(roles, rows);
  const seqs = seqDoubts(roles, rows);
  const sparse = sparseValues(roles, rows);
  const classes = missingClasses(roles, rows);
  const names = new Set(rows.map((r) => r.name));
  const labels = new Set(rows.flatMap((r) => (r.category ? [r.category] : [])));
  return rows.map((r, k) =>
    whole ?? nameDoubt(r.name, r.unit) ?? unitInName(roles, r) ?? unitDoubt(r) ?? categoryDoubt(r.category, names, labels) ?? actualDoubt(r) ?? classDoubt(r) ?? seqs.get(k) ??
    sparse.get(k) ?? classes.get(k));
}
