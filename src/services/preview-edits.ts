import { invalidInput, type Indicator, type PlanExtract, type PlanMeta, type SourceText, type Value } from '../domain/index.ts';
import { extractTables } from '../parsers/index.ts';
import { parseValue } from '../parsers/parse-value.ts';
import { correctionFields, type CorrectionField } from './correct-indicator.ts';

/** The columns of a row that hold a value cell, and so can change role. */
export const cellFields = ['target', 'baseline', 'actual', 'annualGrowth'] as const;
export type CellField = (typeof cellFields)[number];
export const metaFields = ['title', 'region', 'period', 'baseYear'] as const;
export type MetaField = (typeof metaFields)[number];

/** One change a person makes to a reading before it is stored; rows are named by their preview id. */
export type PreviewEdit =
  | { readonly kind: 'cell'; readonly row: string; readonly field: CorrectionField; readonly value: string }
  | { readonly kind: 'column-role'; readonly table: string; readonly from: CellField; readonly to: CellField }
  | { readonly kind: 'delete-row'; readonly row: string }
  | { readonly kind: 'add-row'; readonly table: string; readonly name: string; readonly unit?: string | null; readonly category?: string | null; readonly baseline?: string | null; readonly target?: string | null }
  | { readonly kind: 'merge-rows'; readonly row: string; readonly with: string }
  | { readonly kind: 'split-row'; readonly row: string; readonly names: readonly [string, string] }
  | { readonly kind: 'meta'; readonly field: MetaField; readonly value: string }
  | { readonly kind: 'reread'; readonly from: number; readonly to: number };

/** A row of the preview grid: the indicator as it now stands, its id, and where it was read. */
export type PreviewRow = Indicator & {
  readonly id: string;
  /** the name as read (what corrections are keyed by) */
  readonly sourceName: string;
  /** place in its table as read, 0-based; null for a row a person added */
  readonly position: number | null;
};

/** A change as kept in the corrections table (keyed by table, name as read and position). */
export interface CorrectionDraft {
  readonly tableCaption: string;
  readonly rowName: string;
  readonly rowPosition: number | null;
  readonly field: string;
  readonly oldValue: string | null;
  readonly newValue: string;
}

export interface EditedReading {
  readonly extract: PlanExtract;
  readonly rows: PreviewRow[];
  readonly corrections: CorrectionDraft[];
}

/** The rows of a reading with their preview ids (r0, r1 …) and positions in their tables. */
export function readingRows(extract: PlanExtract): PreviewRow[] {
  const seen = new Map<string, number>();
  return extract.indicators.map((indicator, i) => {
    const position = seen.get(indicator.table) ?? 0;
    seen.set(indicator.table, position + 1);
    return { ...indicator, id: `r${i}`, sourceName: indicator.name, position };
  });
}

/** Applies edits in order to a reading; refuses (invalid-input, in Chinese) an edit that names no row or a bad value. */
export function applyEdits(source: SourceText, extract: PlanExtract, edits: readonly PreviewEdit[], rows = readingRows(extract)): EditedReading {
  const state = { plan: extract.plan, tables: [...extract.tables], rows: [...rows], corrections: [] as CorrectionDraft[], added: 0 };
  edits.forEach((edit, i) => applyEdit(state, source, edit, i + 1));
  const counts = new Map<string, number>();
  for (const r of state.rows) counts.set(r.table, (counts.get(r.table) ?? 0) + 1);
  const tables = state.tables.filter((t) => counts.get(t.caption)).map((t) => ({ ...t, rows: counts.get(t.caption) ?? 0 }));
  const indicators = state.rows.map(({ id: _id, position: _position, ...indicator }) => indicator);
  return { extract: { ...extract, plan: state.plan, tables, indicators }, rows: state.rows, corrections: state.corrections };
}

type EditState = { plan: PlanMeta; tables: PlanExtract['tables']; rows: PreviewRow[]; corrections: CorrectionDraft[]; added: number };

function applyEdit(state: EditState, source: SourceText, edit: PreviewEdit, n: number): void {
  const note = (row: PreviewRow | null, field: string, oldValue: string | null, newValue: string) => {
    state.corrections.push({ tableCaption: row?.table ?? '', rowName: row?.sourceName ?? '', rowPosition: row?.position ?? null, field, oldValue, newValue });
  };
  switch (edit.kind) {
    case 'cell': {
      const row = rowOf(state, edit.row, n);
      note(row, edit.field, fieldText(row, edit.field), edit.value.trim());
      return replaceRow(state, row, withField(row, edit.field, edit.value, n));
    }
    case 'column-role': {
      if (!state.rows.some((r) => r.table === edit.table)) throw invalidInput(`第 ${n} 项修改：没有表“${edit.table}”`, { field: 'edits', edit: n });
      state.rows = state.rows.map((r) => (r.table === edit.table ? { ...r, [edit.from]: r[edit.to], [edit.to]: r[edit.from] } : r));
      return note({ ...emptyKey, table: edit.table }, 'column-role', edit.from, `${edit.from}→${edit.to}`);
    }
    case 'delete-row': {
      const row = rowOf(state, edit.row, n);
      state.rows = state.rows.filter((r) => r !== row);
      return note(row, 'row:delete', row.name, '删除');
    }
    case 'add-row':
      return addRow(state, edit, n, note);
    case 'merge-rows': {
      const [a, b] = [rowOf(state, edit.row, n), rowOf(state, edit.with, n)];
      const merged = { ...a, name: `${a.name}${b.name}`, unit: a.unit ?? b.unit, baseline: a.baseline ?? b.baseline, target: a.target ?? b.target, actual: a.actual ?? b.actual, annualGrowth: a.annualGrowth ?? b.annualGrowth };
      replaceRow(state, a, merged);
      state.rows = state.rows.filter((r) => r !== b);
      return note(a, 'row:merge', a.name, b.sourceName);
    }
    case 'split-row': {
      const row = rowOf(state, edit.row, n);
      const [first, second] = edit.names.map((s) => s.trim());
      if (!first || !second) throw invalidInput(`第 ${n} 项修改：拆分后的两个名称都不能为空`, { field: 'edits', edit: n });
      const at = state.rows.indexOf(row);
      const twin: PreviewRow = { ...row, id: `${row.id}.2`, name: second, sourceName: second, position: null, baseline: null, target: null, actual: null, annualGrowth: null };
      state.rows.splice(at, 1, { ...row, name: first }, twin);
      return note(row, 'row:split', row.name, JSON.stringify([first, second]));
    }
    case 'meta': {
      const [plan, old] = withMeta(state.plan, edit.field, edit.value, n);
      state.plan = plan;
      return note(null, `meta:${edit.field}`, old, edit.value.trim());
    }
    case 'reread':
      return reread(state, source, edit, n, note);
  }
}

const emptyKey: PreviewRow = { id: '', sourceName: '', position: null, table: '', seq: null, category: null, name: '', unit: null, attribute: null, baseline: null, target: null, actual: null, annualGrowth: null, line: 0 };

function rowOf(state: EditState, id: string, n: number): PreviewRow {
  const row = state.rows.find((r) => r.id === id);
  if (!row) throw invalidInput(`第 ${n} 项修改：预览中没有编号为 ${id} 的行（可能已删除或合并）`, { field: 'edits', edit: n });
  return row;
}

function replaceRow(state: EditState, row: PreviewRow, next: PreviewRow): void {
  state.rows = state.rows.map((r) => (r === row ? next : r));
}

const attributes: Record<string, Indicator['attribute']> = { 预期性: 'expected', 约束性: 'binding', expected: 'expected', binding: 'binding', '': null };

/** The row with one field set from the text a person typed. */
function withField(row: PreviewRow, field: string, value: string, n: number): PreviewRow {
  const text = value.trim();
  if (field === 'value' || field === 'target' || field === 'baseline' || field === 'actual' || field === 'annualGrowth') {
    const key = field === 'value' ? 'target' : field;
    return { ...row, [key]: text ? parseValue(text) : null };
  }
  if (field === 'name') {
    if (!text) throw invalidInput(`第 ${n} 项修改：指标名称不能为空`, { field: 'edits', edit: n });
    return { ...row, name: text };
  }
  if (field === 'unit' || field === 'category') return { ...row, [field]: text || null };
  if (field === 'attribute') {
    if (!(text in attributes)) throw invalidInput(`第 ${n} 项修改：属性只能是 预期性 或 约束性，而不是“${text}”`, { field: 'edits', edit: n });
    return { ...row, attribute: attributes[text], attributeRaw: text || undefined };
  }
  throw invalidInput(`第 ${n} 项修改：无法修改字段“${field}”，可修改 ${correctionFields.join('、')}`, { field: 'edits', edit: n });
}

/** The printed form of a field, for the correction's old value. */
export function fieldText(row: Indicator, field: string): string | null {
  const cells: Record<string, Value | null> = { value: row.target, target: row.target, baseline: row.baseline, actual: row.actual, annualGrowth: row.annualGrowth };
  if (field in cells) return cells[field]?.raw ?? null;
  if (field === 'attribute') return row.attributeRaw ?? (row.attribute === 'binding' ? '约束性' : row.attribute === 'expected' ? '预期性' : null);
  return (row as unknown as Record<string, string | null>)[field] ?? null;
}

function addRow(state: EditState, edit: Extract<PreviewEdit, { kind: 'add-row' }>, n: number, note: (r: PreviewRow | null, f: string, o: string | null, v: string) => void): void {
  const name = edit.name.trim();
  const table = edit.table.trim() || '人工补录指标';
  if (!name) throw invalidInput(`第 ${n} 项修改：新增指标须有名称`, { field: 'edits', edit: n });
  if (!state.tables.some((t) => t.caption === table)) state.tables.push({ caption: table, kind: 'targets', line: 0, rows: 0, confidence: 1 });
  const cell = (text: string | null | undefined) => (text?.trim() ? parseValue(text) : null);
  state.added++;
  const row: PreviewRow = {
    ...emptyKey, id: `add${state.added}`, table, name, sourceName: name, unit: edit.unit?.trim() || null, category: edit.category?.trim() || null,
    baseline: cell(edit.baseline), target: cell(edit.target), line: state.rows.filter((r) => r.table === table).at(-1)?.line ?? 0,
  };
  const last = state.rows.map((r) => r.table).lastIndexOf(table);
  state.rows.splice(last < 0 ? state.rows.length : last + 1, 0, row);
  note({ ...row, position: null }, 'row:add', null, JSON.stringify({ unit: row.unit, category: row.category, baseline: edit.baseline ?? null, target: edit.target ?? null }));
}

/** The plan's metadata with one field set, and the field's text before. */
function withMeta(plan: PlanMeta, field: MetaField, value: string, n: number): [PlanMeta, string | null] {
  const text = value.trim();
  const bad = (what: string) => invalidInput(`第 ${n} 项修改：${what}`, { field: 'edits', edit: n });
  if (field === 'period') {
    const match = /^(\d{4})\s*[-—–~至到]+\s*(\d{4})/.exec(text);
    if (!match || +match[2] <= +match[1] || +match[2] - +match[1] > 20) throw bad(`规划期应写成“2021—2025”，而不是“${text}”`);
    const old = plan.period ? `${plan.period.start}—${plan.period.end}` : null;
    return [{ ...plan, period: { start: +match[1], end: +match[2] } }, old];
  }
  if (field === 'baseYear') {
    if (!/^\d{4}$/.test(text)) throw bad(`基期年应为四位年份，而不是“${text}”`);
    return [{ ...plan, baseYear: +text }, plan.baseYear === null ? null : String(plan.baseYear)];
  }
  if (!text) throw bad(field === 'title' ? '规划标题不能为空' : '地区不能为空');
  return [{ ...plan, [field]: text }, plan[field]];
}

/** Reads lines from–to again as one indicator table (a person says it is one) and adds its rows. */
function reread(state: EditState, source: SourceText, edit: Extract<PreviewEdit, { kind: 'reread' }>, n: number, note: (r: PreviewRow | null, f: string, o: string | null, v: string) => void): void {
  const lines = source.lines.filter((l) => l.line >= edit.from && l.line <= edit.to);
  if (!lines.length || edit.to < edit.from) throw invalidInput(`第 ${n} 项修改：原文没有第 ${edit.from}–${edit.to} 行`, { field: 'edits', edit: n });
  const caption = `表 第${edit.from}—${edit.to}行指标`;
  const read = extractTables([{ line: Math.max(0, edit.from - 1), text: caption, position: lines[0].position }, ...lines], undefined, state.plan.period?.end ?? null);
  if (!read.indicators.length) throw invalidInput(`第 ${n} 项修改：第 ${edit.from}–${edit.to} 行没有读出指标行：请选中表头和各行（含名称与数值）`, { field: 'edits', edit: n });
  const inRange = (line: number) => line >= edit.from && line <= edit.to;
  state.rows = state.rows.filter((r) => !inRange(r.line));
  state.tables = [...state.tables.filter((t) => !inRange(t.line)), ...read.tables];
  read.indicators.forEach((indicator, i) => state.rows.push({ ...indicator, id: `reread${n}-${i}`, sourceName: indicator.name, position: i }));
  note(null, 'table:reread', null, `${edit.from}-${edit.to}`);
}
