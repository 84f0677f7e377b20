import type { Attribute, DocumentIssue, Indicator, Value } from '../domain/index.ts';
import { type CellContext, parseValue } from './parse-value.ts';
import { isBlankCell } from './parse-value-words.ts';
import type { RowCells } from './table-body.ts';
import { isUnitCell } from './table-cell-types.ts';
import { groupDoubts } from './table-group-doubts.ts';
import { readGroups } from './table-groups.ts';
import type { ColumnRole } from './table-header.ts';
import { nameWithoutFontSpaces, withoutFontSpaces } from './table-font-spaces.ts';
import { numberedByNeighbours, readRowName, type UnitCell } from './table-row-name.ts';
import { unitBeforeValue } from './table-unit-before-value.ts';

interface RowsInput {
  readonly caption: string;
  readonly roles: readonly ColumnRole[];
  readonly rows: readonly RowCells[];
  readonly context: CellContext;
  /** the text was made by a PDF extractor: its spaces at font changes are dropped (table-font-spaces.ts) */
  readonly fontSpaces?: boolean;
  /** a Word or typed table: group labels stand on their group's first row (table-groups.ts) */
  readonly topAligned?: boolean;
  /** lines where a page break stood (page number, running header, repeated header: blanked before reading) */
  readonly pageBreaks?: ReadonlySet<number>;
}

/** Table rows → indicators, in printed order; unreadable cells become located issues. */
export function readRows(input: RowsInput): { indicators: Indicator[]; issues: DocumentIssue[] } {
  const { caption, roles: printedRoles, context, fontSpaces = false, topAligned = false, pageBreaks } = input;
  const roles = withClassColumn(printedRoles, input.rows);
  const at = (role: ColumnRole) => roles.indexOf(role);
  const rows = input.rows.map((row) => unitBeforeValue(row, at('unit')));
  const cell = (row: RowCells, role: ColumnRole) => (at(role) >= 0 ? row[at(role)].text : undefined);
  const headings = at('category') < 0 ? rows.map((row) => isHeadingRow(row, at('name'))) : rows.map(() => false);
  const grouped = at('category') >= 0
    ? readGroups(rows.map((row, i) => ({
      text: cell(row, 'category') ?? '', pieceOnly: !cell(row, 'name'),
      belowName: row[at('category')].line > row[at('name')].line,
      line: cell(row, 'name') ? row[at('name')].line : row[at('category')].line,
      oneLine: row.every((c) => c.text === '' || c.line === row[at('name')].line),
      length: Math.max(...row.map((c) => c.text.replace(/\s+/g, '').length)),
      seq: cell(row, 'seq'),
      afterPageBreak: i > 0 && breakBetween(rows[i - 1], row, pageBreaks),
    })), topAligned)
    : undefined;
  const groups = grouped?.groups ?? carryHeadings(rows, headings, at('name'));
  const growthColumn = roles.includes('growth');
  const indicators: Indicator[] = [];
  const issues: DocumentIssue[] = grouped ? groupDoubts(caption, rows, grouped.doubtful, at('name')) : [];
  rows.forEach((row, i) => {
    const printedName = cell(row, 'name');
    if (!printedName || headings[i]) return;
    const name = readRowName(nameWithoutFontSpaces(printedName, fontSpaces), context, unitCellOf(cell(row, 'unit')));
    const rowContext = { ...context, cumulative: name.cumulative };
    const read = (role: ColumnRole, ctx: CellContext = rowContext): Value | null => {
      const printed = cell(row, role);
      if (printed === undefined) return null;
      const value = parseValue(withoutFontSpaces(printed, fontSpaces), ctx);
      if (value.value === null && /\d/.test(value.text ?? '')) issues.push(unreadCell(row[at(role)].line, printed));
      else if (value.value !== null && GLUED_NOTE.test(printed)) issues.push(gluedNote(row[at(role)].line, printed));
      return value;
    };
    const target = read('target');
    const annual = yearlyRate(read(growthColumn ? 'growth' : 'annual', context), growthColumn);
    const targetMissing = target === null || (target.value === null && target.text === null);
    const annualHolds = annual !== null && (annual.value !== null || annual.text !== null);
    indicators.push({
      table: caption,
      seq: readSeq(cell(row, 'seq')) ?? name.seq,
      category: groups[i],
      name: name.name,
      unit: name.unit ?? unitOf(cell(row, 'unit')),
      attribute: readAttribute(cell(row, 'attribute')),
      ...printedClass(cell(row, 'attribute')),
      baseline: read('baseline'),
      target: targetMissing && annualHolds ? annual : target,
      actual: read('actual'),
      annualGrowth: targetMissing && annualHolds ? null : annual,
      line: row[at('name')].line,
    });
  });
  return { indicators: numberedByNeighbours(indicators), issues };
}

function breakBetween(above: RowCells, row: RowCells, pageBreaks: ReadonlySet<number> | undefined): boolean {
  if (!pageBreaks?.size) return false;
  const from = Math.max(...above.map((c) => c.line));
  const to = Math.min(...row.filter((c) => c.text !== '').map((c) => c.line));
  return [...pageBreaks].some((line) => line > from && line < to);
}

/** A number from a 年均增长 column is a yearly growth rate (`annual`), unless it is a five-year total. */
function yearlyRate(value: Value | null, growthColumn: boolean): Value | null {
  return growthColumn && value?.value != null && !value.cumulative ? { ...value, annual: true } : value;
}

function readAttribute(printed: string | undefined): Attribute | null {
  if (!printed) return null;
  if (printed.includes('约束')) return 'binding';
  return printed.includes('预期') ? 'expected' : null;
}

/** The class as printed (预期性, 基本, 建议性 …), kept beside `attribute` (an extra key of plan-extract/1). */
function printedClass(printed: string | undefined): { attributeRaw?: string } {
  const raw = printed?.replace(/\s+/g, '');
  return raw && !isBlankCell(raw) ? { attributeRaw: raw } : {};
}

/** 1, 1．, (1) → 1; a code (A-01, B12, 1.2) is kept as printed, a string. */
function readSeq(printed: string | undefined): number | string | null {
  const text = printed?.normalize('NFKC').replace(/\s+/g, '') ?? '';
  const plain = /^[(（]?(\d+)[)）.．、]?$/.exec(text);
  if (plain) return Number(plain[1]);
  if (/^[A-Za-z]{0,3}[-.]?\d+(?:[-.]\d+)*$/.test(text)) return printed!.replace(/\s+/g, '');
  const digits = text.match(/\d+/);
  return digits ? Number(digits[0]) : null;
}

/** Words a class column prints: 约束性/预期性, 基本/推荐 (城市体检), 建议性/引导性 (国土空间 指标体系). */
const CLASS_WORD = /^(?:约束|预期|建议|引导|指导|参考|基本|推荐|特色)(?:性)?(?:指标)?$/;

/**
 * A column headed 类型 (or left unnamed) whose every cell is a class word (基本, 推荐) is the class
 * column, whatever its header guessed: the cells are the evidence.
 */
function withClassColumn(roles: readonly ColumnRole[], rows: readonly RowCells[]): readonly ColumnRole[] {
  if (roles.includes('attribute')) return roles;
  const column = roles.findIndex((role, i) => {
    if (role !== 'category' && role !== 'other') return false;
    const printed = rows.map((row) => row[i]?.text.replace(/\s+/g, '') ?? '').filter((t) => t && !isBlankCell(t));
    return printed.length >= 2 && printed.every((t) => CLASS_WORD.test(t));
  });
  return column < 0 ? roles : roles.map((role, i) => (i === column ? 'attribute' : role));
}

/** A unit cell; a dash (—, /) printed where a row has no unit is none. */
/** A unit cell that prints a dash says the row has no unit (an index such as 生态质量指数（EQI）). */
function unitCellOf(printed: string | undefined): UnitCell {
  const compact = printed?.replace(/\s+/g, '') ?? '';
  if (compact === '') return 'any';
  if (isBlankCell(compact)) return 'none';
  return isUnitCell(compact) ? 'unit' : 'any';
}

function unitOf(printed: string | undefined): string | null {
  const unit = printed?.replace(/\s+/g, '').replace(/^[(（](.*)[)）]$/, '$1');
  return unit && !isBlankCell(unit) ? unit : null;
}

/** A table's note (注：…) printed into a value's cell: the reader joined two lines, and cells of the row may be lost. */
const GLUED_NOTE = /[\d\]）)%]\s*(?:注|说明|备注)\s*\d?\s*[:：]/;

function gluedNote(line: number, printed: string): DocumentIssue {
  return {
    code: 'table-cell-unread', severity: 'warning', line, excerpt: printed,
    message: `第 ${line} 行：单元格 "${printed}" 的数值后连着表注，本行其余的格可能漏读或错位；请对照原文核对本行`,
  };
}

function unreadCell(line: number, printed: string): DocumentIssue {
  return {
    code: 'table-cell-unread', severity: 'warning', line, excerpt: printed,
    message: `第 ${line} 行：无法读取单元格 "${printed}" 中的数值，已按文字保留；如是数值请改为单个数字（可带 ≥、左右、[ ] 等标记）`,
  };
}

/** In a table without a group column, a row holding only an unnumbered name is a group heading (经济发展). */
function isHeadingRow(row: RowCells, nameAt: number): boolean {
  const name = row[nameAt].text;
  return name !== '' && !/^\s*(?:[0-9０-９]+\s*[.．、]|[（(][0-9０-９]+[)）])/.test(name) && row.every((c, k) => k === nameAt || c.text === '');
}

function carryHeadings(rows: readonly RowCells[], headings: readonly boolean[], nameAt: number): Array<string | null> {
  let group: string | null = null;
  return rows.map((row, i) => {
    if (headings[i]) group = row[nameAt].text.replace(/^[一二三四五六七八九十]+[、.．]|^[（(][一二三四五六七八九十]+[)）]/, '').replace(/\s+/g, '');
    return group;
  });
}
