import type { Attribute, DocumentIssue, Indicator, Value } from '../domain/index.ts';
import { type CellContext, parseValue } from './parse-value.ts';
import { isBlankCell } from './parse-value-words.ts';
import type { RowCells } from './table-body.ts';
import { assignGroups } from './table-groups.ts';
import type { ColumnRole } from './table-header.ts';
import { readRowName } from './table-row-name.ts';

interface RowsInput {
  readonly caption: string;
  readonly roles: readonly ColumnRole[];
  readonly rows: readonly RowCells[];
  readonly context: CellContext;
}

/** Table rows → indicators, in printed order; unreadable cells become located issues. */
export function readRows({ caption, roles, rows, context }: RowsInput): { indicators: Indicator[]; issues: DocumentIssue[] } {
  const at = (role: ColumnRole) => roles.indexOf(role);
  const cell = (row: RowCells, role: ColumnRole) => (at(role) >= 0 ? row[at(role)].text : undefined);
  const headings = at('category') < 0 ? rows.map((row) => isHeadingRow(row, at('name'))) : rows.map(() => false);
  const groups = at('category') >= 0
    ? assignGroups(rows.map((row) => ({
      text: cell(row, 'category') ?? '', pieceOnly: !cell(row, 'name'),
      belowName: row[at('category')].line > row[at('name')].line,
    })))
    : carryHeadings(rows, headings, at('name'));
  const indicators: Indicator[] = [];
  const issues: DocumentIssue[] = [];
  rows.forEach((row, i) => {
    const printedName = cell(row, 'name');
    if (!printedName || headings[i]) return;
    const name = readRowName(printedName, context);
    const rowContext = { ...context, cumulative: name.cumulative };
    const read = (role: ColumnRole, ctx: CellContext = rowContext): Value | null => {
      const printed = cell(row, role);
      if (printed === undefined) return null;
      const value = parseValue(printed, ctx);
      if (value.value === null && /\d/.test(value.text ?? '')) issues.push(unreadCell(row[at(role)].line, printed));
      return value;
    };
    const target = read('target');
    const annual = read('annual', context);
    const targetMissing = target === null || (target.value === null && target.text === null);
    const annualHolds = annual !== null && (annual.value !== null || annual.text !== null);
    indicators.push({
      table: caption,
      seq: readSeq(cell(row, 'seq')) ?? name.seq,
      category: groups[i],
      name: name.name,
      unit: name.unit ?? unitOf(cell(row, 'unit')),
      attribute: readAttribute(cell(row, 'attribute')),
      baseline: read('baseline'),
      target: targetMissing && annualHolds ? annual : target,
      actual: read('actual'),
      annualGrowth: targetMissing && annualHolds ? null : annual,
      line: row[at('name')].line,
    });
  });
  return { indicators, issues };
}

function readAttribute(printed: string | undefined): Attribute | null {
  if (!printed) return null;
  if (printed.includes('约束')) return 'binding';
  return printed.includes('预期') ? 'expected' : null;
}

function readSeq(printed: string | undefined): number | null {
  const digits = printed?.normalize('NFKC').match(/\d+/);
  return digits ? Number(digits[0]) : null;
}

/** A unit cell; a dash (—, /) printed where a row has no unit is none. */
function unitOf(printed: string | undefined): string | null {
  const unit = printed?.replace(/\s+/g, '').replace(/^[(（](.*)[)）]$/, '$1');
  return unit && !isBlankCell(unit) ? unit : null;
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
