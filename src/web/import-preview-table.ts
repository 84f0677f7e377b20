import { carriedLabels, cellFieldLabels, correctionFieldLabel, describeCorrection, isDoubtfulTable, tableKindLabels, type TableKind } from '../domain/index.ts';
import { attributeLabel } from './format.ts';
import { h } from './dom.ts';
import type { PlanPreview, PreviewEdit, PreviewRow } from '../server/api-types.ts';

export type Change = (edit: PreviewEdit) => Promise<void>;
/** Shows source lines from–to in the re-read form. */
export type Look = (from: number, to: number) => void;
type Cell = keyof typeof cellFieldLabels;
type Table = PlanPreview['tables'][number];
type Issue = PlanPreview['issues'][number];
type Carried = PlanPreview['carried'][number];

const cellNames = Object.keys(cellFieldLabels) as Cell[];

const issueText = (i: Issue) => `${i.severity === 'error' ? '错误' : '警告'}${i.line && !i.message.startsWith('第 ') ? `（第 ${i.line} 行）` : ''}：${i.message}`;

/** The lines an issue names (第 a–b 行), else the twenty from its line. */
const issueLines = (i: Issue, line: number): [number, number] => {
  const range = /第 (\d+)–(\d+) 行/.exec(i.message);
  return range ? [Number(range[1]), Number(range[2])] : [line, line + 20];
};

/** Every issue of a reading, with the line it was found on and a way to see those lines. */
export function issueList(issues: readonly Issue[], look: Look): HTMLElement {
  return h('ul', { class: 'issues' }, ...issues.map((i) => h('li', { class: i.severity }, issueText(i),
    i.excerpt ? h('span', { class: 'hint' }, ` 原文：“${i.excerpt}”`) : null,
    i.line ? h('button', { type: 'button', class: 'link look', onclick: () => look(...issueLines(i, i.line!)) }, '查看这几行') : null)));
}

/** The source lines a table was read from: its caption to its last row. */
const span = (p: PlanPreview, t: Table): [number, number] => [t.line, Math.max(t.line, ...p.rows.filter((r) => r.table === t.caption).map((r) => r.line))];
const within = ([from, to]: [number, number], line: number | null) => line !== null && line >= from && line <= to;

/** Whether a line lies inside one of the tables shown. */
export const tableSpans = (p: PlanPreview) => (line: number | null) => p.tables.some((t) => within(span(p, t), line));

/** One table of the reading: its size and confidence, its issues and carried corrections, the column roles and the editable rows. */
export function tableGrid(p: PlanPreview, t: Table, change: Change, look: Look): HTMLElement {
  const rows = p.rows.filter((r) => r.table === t.caption);
  const issues = p.issues.filter((i) => within(span(p, t), i.line));
  const carried = p.carried.filter((c) => c.table === t.caption);
  const cells = cellNames.filter((c) => c === 'target' || c === 'baseline' || rows.some((r) => r[c]));
  const attributes = rows.some((r) => r.attribute || r.attributeRaw);
  return h('div', { class: 'preview-table' },
    h('h3', {}, t.caption),
    h('p', { class: 'table-facts' }, `${tableKindLabels[t.kind as TableKind] ?? t.kind}，原文第 ${t.line} 行起，${t.rows} 行`, confidence(t.confidence)),
    issues.length ? issueList(issues, look) : null,
    carried.length ? carriedList(carried) : null,
    roles(t.caption, cells, change),
    h('div', { class: 'scroll' }, h('table', { class: 'grid card-table' },
      h('thead', {}, h('tr', {}, h('th', {}, '分组'), h('th', {}, '指标'), h('th', {}, '单位'), ...cells.map((c) => h('th', {}, cellFieldLabels[c])), attributes ? h('th', {}, '属性') : null, h('th', {}, '操作'))),
      h('tbody', {}, ...rows.map((r, i) => rowLine(r, rows[i + 1], cells, attributes, carried, change))),
    )),
  );
}

/** Corrections of the previous version: 已沿用 or 不再匹配——请核对, each in words. */
export function carriedList(carried: readonly Carried[]): HTMLElement {
  return h('ul', { class: 'carried' }, ...carried.map((c) => h('li', { class: c.status }, h('strong', {}, carriedLabels[c.status]), `：${describeCorrection(c)}`)));
}

function confidence(value: number | undefined): HTMLElement | null {
  if (value === undefined) return null;
  const percent = Math.round(value * 100);
  const doubtful = isDoubtfulTable({ confidence: value });
  return h('span', { class: `badge ${doubtful ? 'confidence-low' : 'confidence-high'}` }, doubtful ? `可信度 ${percent}%：请逐行核对` : `可信度 ${percent}%`);
}

/** Gives a value column another role: the two columns swap their cells. */
function roles(caption: string, cells: readonly Cell[], change: Change): HTMLElement {
  const role = (from: Cell) => h('label', {}, `${cellFieldLabels[from]}列`,
    h('select', { name: `role-${from}`, 'aria-label': `${cellFieldLabels[from]}列改为`, onchange: (e: Event) => void change({ kind: 'column-role', table: caption, from, to: (e.target as HTMLSelectElement).value as Cell }) },
      ...cellNames.map((c) => h('option', { value: c, selected: c === from }, c === from ? '不变' : `改作${cellFieldLabels[c]}（两列互换）`))));
  return h('div', { class: 'roles' }, h('span', { class: 'hint' }, '列的角色：'), ...cells.map(role));
}

function rowLine(r: PreviewRow, next: PreviewRow | undefined, cells: readonly Cell[], attributes: boolean, carried: readonly Carried[], change: Change): HTMLElement {
  const mine = carried.filter((c) => c.rowId === r.id);
  const input = (field: 'category' | 'name' | 'unit' | Cell, value: string, label: string) => {
    const fix = mine.find((c) => c.field === field);
    return h('td', { 'data-label': label, class: `c-${field}` }, h('input', {
      name: field, value, 'aria-label': `${r.name} ${label}`, class: fix ? 'was-carried' : null, title: fix ? `${carriedLabels.carried}上一版的更正：${correctionFieldLabel(field)} → ${fix.newValue}` : null,
      onchange: (e: Event) => void change({ kind: 'cell', row: r.id, field, value: (e.target as HTMLInputElement).value }),
    }));
  };
  const split = () => {
    const names = window.prompt('拆成两行：用“|”分开两个指标名称', r.name)?.split('|');
    if (names?.length === 2) void change({ kind: 'split-row', row: r.id, names: [names[0], names[1]] });
  };
  return h('tr', { 'data-row': r.id, class: mine.length ? 'row-carried' : null },
    input('category', r.category ?? '', '分组'),
    input('name', r.name, '指标'),
    input('unit', r.unit ?? '', '单位'),
    ...cells.map((c) => input(c, r[c]?.raw ?? '', cellFieldLabels[c])),
    attributes ? attributeCell(r, change) : null,
    h('td', { class: 'row-actions', 'data-label': '' },
      mine.length ? h('span', { class: 'badge carried-badge' }, carriedLabels.carried) : null,
      h('button', { type: 'button', class: 'link delete-row', onclick: () => void change({ kind: 'delete-row', row: r.id }) }, '删除'),
      next ? h('button', { type: 'button', class: 'link', onclick: () => void change({ kind: 'merge-rows', row: r.id, with: next.id }) }, '并入下一行') : null,
      h('button', { type: 'button', class: 'link', onclick: split }, '拆分'),
    ),
  );
}

/** 预期性 / 约束性 as read (a class printed otherwise stays as printed until changed). */
function attributeCell(r: PreviewRow, change: Change): HTMLElement {
  const now = attributeLabel(r.attribute, r.attributeRaw);
  const choices = [...new Set(['预期性', '约束性', now === '—' ? '' : now])];
  return h('td', { 'data-label': '属性', class: 'c-attribute' }, h('select', {
    name: 'attribute', 'aria-label': `${r.name} 属性`, onchange: (e: Event) => void change({ kind: 'cell', row: r.id, field: 'attribute', value: (e.target as HTMLSelectElement).value }),
  }, ...choices.map((c) => h('option', { value: c, selected: c === (now === '—' ? '' : now) }, c || '—'))));
}
