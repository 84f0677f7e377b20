import { auditActionLabels, auditEntityLabels, auditFieldLabels, auditValueLabel } from '../../domain/audit-labels.ts';
import type { AuditEntry, CatalogEntry } from '../../server/api-types.ts';
import { api } from '../api.ts';
import { cardTable } from '../card-table.ts';
import { h, mount } from '../dom.ts';
import type { PageContext } from '../main.ts';

type Names = ReadonlyMap<string, string>;

/** Who changed what, when: before and after in words, the changed fields marked. */
export async function auditPage(_ctx: PageContext): Promise<void> {
  const [entries, catalog] = await Promise.all([api.get<AuditEntry[]>('/api/audit'), api.get<CatalogEntry[]>('/api/catalog').catch(() => [])]);
  const names: Names = new Map(catalog.map((e) => [e.id, e.name]));
  if (!entries.length) return void mount(h('h1', {}, '操作留痕'), h('p', { class: 'empty' }, '还没有留痕记录：导入、填报、更正、撤回等操作都会记录在这里。'));
  const table = h(
    'table',
    { class: 'grid audit' },
    h('thead', {}, h('tr', {}, ...['时间', '操作人', '操作', '对象', '修改前', '修改后'].map((t) => h('th', {}, t)))),
    h('tbody', {}, ...entries.map((e) => auditRow(e, names))),
  );
  mount(h('h1', {}, '操作留痕'), h('p', { class: 'hint' }, `最近 ${entries.length} 条记录，新的在前`), h('div', { class: 'scroll' }, cardTable(table)));
}

function auditRow(e: AuditEntry, names: Names): HTMLElement {
  const changed = changedFields(e.oldValue, e.newValue);
  return h(
    'tr',
    {},
    h('td', {}, new Date(e.at).toLocaleString('zh-CN', { hour12: false })),
    h('td', {}, e.by),
    h('td', {}, auditActionLabels[e.action] ?? e.action),
    h('td', {}, h('span', {}, auditEntityLabels[e.entity] ?? e.entity, e.entityId ? h('span', { class: 'hint' }, ` ${e.entityId}`) : null)),
    h('td', { class: 'old' }, readable(e.oldValue, names, changed)),
    h('td', {}, readable(e.newValue, names, changed)),
  );
}

/** Fields on both sides whose value differs (a side may record more context than the other). */
function changedFields(before: unknown, after: unknown): Set<string> {
  if (!isRecord(before) || !isRecord(after)) return new Set();
  return new Set(Object.keys(before).filter((k) => k in after && JSON.stringify(before[k]) !== JSON.stringify(after[k])));
}

function readable(value: unknown, names: Names, changed: Set<string>): Node {
  if (value === null || value === undefined) return document.createTextNode('—');
  if (!isRecord(value)) return document.createTextNode(plain(value, names));
  const shown = Object.entries(value).filter(([key, v]) => v !== null && v !== undefined && key !== 'sha256');
  if (!shown.length) return document.createTextNode('—');
  return h(
    'dl',
    { class: 'audit-value' },
    ...shown.flatMap(([key, v]) => [
      h('dt', { class: changed.has(key) ? 'changed' : '' }, auditFieldLabels[key] ?? key),
      h('dd', { class: changed.has(key) ? 'changed' : '' }, plain(v, names, key)),
    ]),
  );
}

function plain(value: unknown, names: Names, key = ''): string {
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return key === 'indicator' ? (names.get(value) ?? value) : auditValueLabel(key, value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => plain(v, names)).join('、') || '—';
  if (isRecord(value)) return Object.entries(value).map(([k, v]) => `${auditFieldLabels[k] ?? k}：${plain(v, names, k)}`).join('；');
  return String(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
