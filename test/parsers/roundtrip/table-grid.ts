import type { CellValue, ExpectedRow, FixtureTable } from './fixture-tables.ts';
import { createRandom } from './seeded-random.ts';

/** The columns in the order plans print them. */
const ORDER = ['category', 'seq', 'name', 'unit', 'baseline', 'target', 'actual', 'annual', 'attribute', 'note'] as const;
export type ColumnRole = (typeof ORDER)[number];

/** Which optional columns a rendering prints: the 序号, 类别, 单位 and baseline columns come and go. */
export interface ColumnChoice {
  /**
   * keep the fixture's 序号 column, drop it, number the rows 1…n when the fixture has none, or print the
   * number before the name (`1.地区生产总值`)
   */
  readonly seq: 'keep' | 'drop' | 'number' | 'in name';
  readonly group: boolean;
  readonly baseline: boolean;
  /** a 单位 column, or the unit in a bracket after the name (`地区生产总值（亿元）`) */
  readonly unit: 'column' | 'in name';
  /** a last column of explanations (指标解释, 备注) of 30–80 characters, no field of the row: in a narrow column it wraps */
  readonly note?: boolean;
}

export const ALL_COLUMNS: ColumnChoice = { seq: 'keep', group: true, baseline: true, unit: 'column' };

/** A table ready to print: header words, body cells (a category on its group's first row) and the rows to expect. */
export interface Grid {
  readonly caption: string;
  readonly roles: readonly ColumnRole[];
  readonly header: readonly string[];
  /** one array of printed cells per row; the category cell is empty except on a group's first row */
  readonly body: readonly string[][];
  /** per row, the group (run of rows with one category) it belongs to and whether it opens it */
  readonly groups: readonly { readonly first: number; readonly size: number; readonly label: string }[];
  readonly expected: readonly ExpectedRow[];
}

const ATTRIBUTE_WORDS = { expected: '预期性', binding: '约束性' } as const;

/** Header words as published plans print them; one choice per table (seeded by its id), the same in every family. */
function headerWords(table: FixtureTable): Record<ColumnRole, string> {
  const random = createRandom(`header ${table.id}`);
  const completion = table.kind === 'completion';
  const end = completion || /十三五/.test(table.caption) ? 2020 : 2025;
  return {
    category: random.pick(['类别', '领域', '分类']),
    seq: random.pick(['序号', '编号']),
    name: random.pick(['指标', '指标名称', '主要指标']),
    unit: random.pick(['单位', '计量单位']),
    baseline: completion ? `${end - 5}年` : random.pick([`${end - 5}年`, `${end - 5}年基数`, `基期值（${end - 5}年）`]),
    target: completion ? random.pick([`${end}年规划目标`, '规划目标']) : random.pick([`${end}年`, `${end}年目标`, `${end}年目标值`]),
    actual: random.pick([`${end}年实际完成`, '实际完成']),
    annual: random.pick(['年均增长（%）', '年均增速', '年均增长[累计]']),
    attribute: random.pick(['属性', '指标属性']),
    note: createRandom(`note header ${table.id}`).pick(['指标解释', '备注', '说明']),
  };
}

const printed = (v: CellValue | null) => v?.raw ?? '';

/** The name cell, with the row's number before it and its unit after it when those have no column. */
function nameCell(row: ExpectedRow, choice: ColumnChoice, numberMark: string): string {
  const number = choice.seq === 'in name' && row.seq !== null ? `${row.seq}${numberMark}` : '';
  const unit = choice.unit === 'in name' && row.unit !== null ? `（${row.unit}）` : '';
  return number + row.name + unit;
}

/** Sentences of the explanations statistical monitoring lists give each indicator. */
const NOTE_SENTENCES = [
  '按年度统计公报和有关部门统计数据计算', '反映规划实施期间该项工作的推进情况', '统计口径如有调整以国家最新规定为准',
  '由牵头部门会同有关部门每年监测评估',
];

/** The row's explanation: its name and two or three sentences (30–80 characters), chosen by its place. */
function noteOf(row: ExpectedRow, i: number): string {
  const count = 2 + (i % 2);
  const sentences = Array.from({ length: count }, (_, k) => NOTE_SENTENCES[(i + k) % NOTE_SENTENCES.length]);
  return `指${row.name.slice(0, 12)}，${sentences.join('，')}。`;
}

function cellOf(role: Exclude<ColumnRole, 'note'>, row: ExpectedRow): string {
  switch (role) {
    case 'seq': return row.seq === null ? '' : String(row.seq);
    case 'category': return row.category ?? '';
    case 'name': return row.name;
    case 'unit': return row.unit ?? '';
    case 'attribute': return row.attribute ? ATTRIBUTE_WORDS[row.attribute] : '';
    case 'baseline': return printed(row.baseline);
    case 'target': return printed(row.target);
    case 'actual': return printed(row.actual);
    case 'annual': return printed(row.annualGrowth);
  }
}

const FIELD_OF: Partial<Record<ColumnRole, keyof ExpectedRow>> = { annual: 'annualGrowth' };
const has = (rows: readonly ExpectedRow[], role: Exclude<ColumnRole, 'note'>) =>
  rows.some((r) => r[FIELD_OF[role] ?? (role as keyof ExpectedRow)] !== null);

/** The rows the parser must give back once the chosen columns are printed. */
function expectedRows(table: FixtureTable, choice: ColumnChoice): ExpectedRow[] {
  return table.rows.map((row, i) => ({
    ...row,
    seq: choice.seq === 'drop' ? null : choice.seq === 'number' ? i + 1 : row.seq,
    category: choice.group ? row.category : null,
    baseline: choice.baseline ? row.baseline : null,
  }));
}

function groupsOf(rows: readonly ExpectedRow[]): Grid['groups'] {
  const groups: { first: number; size: number; label: string }[] = [];
  rows.forEach((row, i) => {
    const last = groups.at(-1);
    if (row.category !== null && last?.label === row.category && last.first + last.size === i) last.size++;
    else if (row.category !== null) groups.push({ first: i, size: 1, label: row.category });
  });
  return groups;
}

/**
 * A row with a 年均增长 column but no annualGrowth had its target printed there, beside a dash in the
 * target column (plan-extract.md: such a value is the row's target): print it so again.
 */
function targetInAnnualColumn(cells: string[], roles: readonly ColumnRole[], row: ExpectedRow): void {
  if (row.annualGrowth !== null || row.target === null) return;
  cells[roles.indexOf('annual')] = row.target.raw;
  cells[roles.indexOf('target')] = '—';
}

/** Prints a fixture table with the chosen columns, in the column order plans use. */
export function buildGrid(table: FixtureTable, choice: ColumnChoice): Grid {
  const expected = expectedRows(table, choice);
  const printed = (role: ColumnRole) =>
    !(role === 'seq' && choice.seq === 'in name') && !(role === 'unit' && choice.unit === 'in name');
  const roles = ORDER.filter((role) =>
    role === 'name' || (role === 'note' ? choice.note === true : has(expected, role) && printed(role)));
  const numberMark = createRandom(`number mark ${table.id}`).pick(['.', '．', '、']);
  const words = headerWords(table);
  const groups = groupsOf(expected);
  const opens = new Set(groups.map((g) => g.first));
  const cell = (role: ColumnRole, row: ExpectedRow, i: number) => {
    if (role === 'name') return nameCell(row, choice, numberMark);
    if (role === 'note') return noteOf(row, i);
    return role === 'category' && !opens.has(i) ? '' : cellOf(role, row);
  };
  const body = expected.map((row, i) => roles.map((role) => cell(role, row, i)));
  if (roles.includes('annual')) body.forEach((cells, i) => targetInAnnualColumn(cells, roles, expected[i]));
  return { caption: table.caption, roles, header: roles.map((r) => words[r]), body, groups, expected };
}
