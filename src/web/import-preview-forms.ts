import { api } from './api.ts';
import { h } from './dom.ts';
import type { Change, Look } from './import-preview-table.ts';
import type { PlanPreview } from '../server/api-types.ts';

/** 补充指标: a row the reading missed, into a table read or a new one. */
export function addRowForm(p: PlanPreview, change: Change): HTMLElement {
  const table = h('select', { name: 'table', 'aria-label': '加入的表' }, ...p.tables.map((t) => h('option', { value: t.caption }, t.caption)), h('option', { value: '人工补录指标' }, '（新表：人工补录指标）'));
  const [name, unit, baseline, target] = ['指标名称', '单位', '基期值', '目标值'].map((placeholder) => h('input', { placeholder, 'aria-label': placeholder }));
  const form = h('form', { class: 'inline add-row' }, h('strong', {}, '补充指标'), table, name, unit, baseline, target, h('button', { type: 'submit' }, '添加'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void change({ kind: 'add-row', table: table.value, name: name.value, unit: unit.value, baseline: baseline.value, target: target.value });
  });
  return form;
}

/** Shows lines of the source and reads a block of them again as an indicator table; `look` fills it from elsewhere (an issue). */
export function rereadForm(token: string, lines: number, change: Change): { element: HTMLElement; look: Look } {
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
  const element = h('div', { class: 'reread-block' }, form, text);
  const look: Look = (first, last) => {
    [from.value, to.value] = [String(first), String(Math.min(last, lines))];
    void show().catch((e: Error) => (text.textContent = e.message));
    element.scrollIntoView({ block: 'center' });
  };
  return { element, look };
}
