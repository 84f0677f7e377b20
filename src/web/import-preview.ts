import { api } from './api.ts';
import { h, showFailure, showOutcome } from './dom.ts';
import type { PlanPreview, PlanPreviewAnswer as Answer, PreviewEdit, PreviewRow } from '../server/api-types.ts';
type Cell = 'baseline' | 'target' | 'actual' | 'annualGrowth';

const cellLabels: Record<Cell, string> = { baseline: '基期值', target: '目标值', actual: '完成值', annualGrowth: '年均增长' };
const carriedLabels = { carried: '已沿用', unmatched: '不再匹配——请核对' } as const;

/**
 * The editable preview of an uploaded plan: every change goes to the server, which answers the preview
 * as it would be stored; 确认导入 stores it with each change kept as a correction.
 */
export function importPreview(answer: Answer, done: (result: { planId: number | null; state?: string | null }) => void): HTMLElement {
  const edits: PreviewEdit[] = [];
  const root = h('section', { class: 'card import-preview' });
  const status = h('p', { class: 'hint' });
  const change = async (edit: PreviewEdit) => {
    edits.push(edit);
    showOutcome(status, 'info', '正在重新读取…');
    try {
      answer = await api.post<Answer>(`/api/plans/preview/${answer.token}`, { edits });
      render();
    } catch (error) {
      edits.pop();
      showFailure(status, error);
    }
  };
  const confirm = async (draft: boolean) => {
    showOutcome(status, 'info', '存储中…');
    try {
      done(await api.post<{ planId: number | null; state?: string | null }>('/api/plans/confirm', { token: answer.token, edits, draft }));
    } catch (error) {
      showFailure(status, error);
    }
  };
  const render = () => {
    const p = answer.preview;
    root.replaceChildren(
      h('h2', {}, `预览：${p.file}`),
      h('p', { class: 'hint' }, `尚未存储。改动 ${edits.length} 处，确认后每处作为更正留痕。`),
      metaForm(p, change),
      notes(p),
      ...p.tables.map((t) => tableGrid(p, t.caption, change)),
      addRowForm(p, change),
      rereadForm(answer.token, p.lines, change),
      h('p', { class: 'hint' }, `文本目标 ${p.textTargets.length} 项；专栏 ${p.boxes.length} 个（共 ${p.boxes.reduce((n, b) => n + b.items, 0)} 项）`),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'confirm-import', onclick: () => void confirm(false) }, '确认导入'),
        h('button', { type: 'button', class: 'secondary save-draft', onclick: () => void confirm(true) }, '存为待核对'),
      ),
      status,
    );
  };
  render();
  return root;
}

type Change = (edit: PreviewEdit) => Promise<void>;

function metaForm(p: PlanPreview, change: Change): HTMLElement {
  const m = p.plan;
  const field = (label: string, name: 'title' | 'region' | 'period' | 'baseYear', value: string) =>
    h('label', {}, label, h('input', { name: `meta-${name}`, value, onchange: (e: Event) => void change({ kind: 'meta', field: name, value: (e.target as HTMLInputElement).value }) }));
  return h('div', { class: 'preview-meta' },
    field('标题', 'title', m.title ?? ''),
    field('地区', 'region', m.region ?? ''),
    h('span', { class: 'hint' }, `级别：${m.regionLevel ?? '未识别'}；上级：${m.parentRegion ?? '无'}`),
    field('规划期', 'period', m.period ? `${m.period.start}—${m.period.end}` : ''),
    field('基期年', 'baseYear', m.baseYear === null ? '' : String(m.baseYear)),
    p.previous ? h('span', { class: 'hint' }, p.previous.sameFile ? `此文件已存储为 #${p.previous.id}` : `将作为 #${p.previous.id}（第 ${p.previous.version} 版）的新版本`) : null,
  );
}

function notes(p: PlanPreview): HTMLElement {
  return h('div', { class: 'preview-notes' },
    p.reviewNotes.length ? h('p', { class: 'message error', role: 'alert' }, `确认后仍为待核对：${p.reviewNotes.join('；')}`) : h('p', { class: 'message ok' }, '读取完整：确认后即计入总览'),
    p.issues.length ? h('ul', { class: 'issues' }, ...p.issues.map((i) => h('li', { class: i.severity }, `${i.severity === 'error' ? '错误' : '警告'}${i.line ? `（第 ${i.line} 行）` : ''}：${i.message}`))) : null,
    p.carried.length ? h('ul', { class: 'carried' }, ...p.carried.map((c) => h('li', { class: c.status }, `${carriedLabels[c.status]}：${c.row || c.table || '规划信息'} ${c.field} → ${c.newValue}`))) : null,
  );
}

function tableGrid(p: PlanPreview, caption: string, change: Change): HTMLElement {
  const table = p.tables.find((t) => t.caption === caption)!;
  const rows = p.rows.filter((r) => r.table === caption);
  const cells = (['baseline', 'target', 'actual', 'annualGrowth'] as const).filter((c) => c === 'target' || c === 'baseline' || rows.some((r) => r[c]));
  const role = (from: Cell) => h('select', { name: `role-${from}`, 'aria-label': `${cellLabels[from]}列改为`, onchange: (e: Event) => void change({ kind: 'column-role', table: caption, from, to: (e.target as HTMLSelectElement).value as Cell }) },
    ...(Object.keys(cellLabels) as Cell[]).map((c) => h('option', { value: c, selected: c === from }, c === from ? cellLabels[c] : `改作${cellLabels[c]}`)));
  return h('div', { class: 'preview-table' },
    h('h3', {}, caption, h('span', { class: 'hint' }, ` ${table.rows} 行${table.confidence === undefined ? '' : `，可信度 ${Math.round(table.confidence * 100)}%`}`)),
    h('div', { class: 'scroll' }, h('table', { class: 'grid' },
      h('thead', {}, h('tr', {}, h('th', {}, '分组'), h('th', {}, '指标'), h('th', {}, '单位'), ...cells.map((c) => h('th', {}, role(c))), h('th', {}, ''))),
      h('tbody', {}, ...rows.map((r, i) => rowLine(r, rows[i + 1], cells, change))),
    )),
  );
}

function rowLine(r: PreviewRow, next: PreviewRow | undefined, cells: readonly Cell[], change: Change): HTMLElement {
  const input = (field: PreviewEdit & { kind: 'cell' } extends { field: infer F } ? F : never, value: string, label: string) =>
    h('input', { name: field, value, 'aria-label': `${r.name} ${label}`, onchange: (e: Event) => void change({ kind: 'cell', row: r.id, field, value: (e.target as HTMLInputElement).value }) });
  const split = () => {
    const names = window.prompt('拆成两行：用“|”分开两个指标名称', r.name)?.split('|');
    if (names?.length === 2) void change({ kind: 'split-row', row: r.id, names: [names[0], names[1]] });
  };
  return h('tr', { 'data-row': r.id },
    h('td', {}, input('category', r.category ?? '', '分组')),
    h('td', {}, input('name', r.name, '名称')),
    h('td', {}, input('unit', r.unit ?? '', '单位')),
    ...cells.map((c) => h('td', {}, input(c, r[c]?.raw ?? '', cellLabels[c]))),
    h('td', { class: 'row-actions' },
      h('button', { type: 'button', class: 'link delete-row', onclick: () => void change({ kind: 'delete-row', row: r.id }) }, '删除'),
      next ? h('button', { type: 'button', class: 'link', onclick: () => void change({ kind: 'merge-rows', row: r.id, with: next.id }) }, '并入下一行') : null,
      h('button', { type: 'button', class: 'link', onclick: split }, '拆分'),
    ),
  );
}

function addRowForm(p: PlanPreview, change: Change): HTMLElement {
  const table = h('select', { name: 'table' }, ...p.tables.map((t) => h('option', { value: t.caption }, t.caption)), h('option', { value: '人工补录指标' }, '（新表：人工补录指标）'));
  const [name, unit, baseline, target] = ['指标名称', '单位', '基期值', '目标值'].map((placeholder) => h('input', { placeholder, 'aria-label': placeholder }));
  const form = h('form', { class: 'inline add-row' }, h('strong', {}, '补充指标'), table, name, unit, baseline, target, h('button', { type: 'submit' }, '添加'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void change({ kind: 'add-row', table: table.value, name: name.value, unit: unit.value, baseline: baseline.value, target: target.value });
  });
  return form;
}

function rereadForm(token: string, lines: number, change: Change): HTMLElement {
  const [from, to] = ['起始行', '结束行'].map((placeholder) => h('input', { type: 'number', min: 1, max: lines, placeholder, 'aria-label': placeholder }));
  const text = h('pre', { class: 'source-lines' });
  const show = async () => {
    const got = await api.get<Array<{ line: number; text: string }>>(`/api/plans/preview/${token}/text?from=${from.value || 1}&to=${to.value || Number(from.value || 1) + 40}`);
    text.textContent = got.map((l) => `${l.line}  ${l.text}`).join('\n');
  };
  const form = h('form', { class: 'inline reread' }, h('strong', {}, '把一段原文当作指标表重新读取'), from, to,
    h('button', { type: 'button', class: 'secondary', onclick: () => void show().catch((e: Error) => (text.textContent = e.message)) }, '查看原文'),
    h('button', { type: 'submit' }, '按表格读取'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void change({ kind: 'reread', from: Number(from.value), to: Number(to.value) });
  });
  return h('div', {}, form, text);
}
