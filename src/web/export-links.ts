import { q } from './api.ts';
import { h } from './dom.ts';

/** 导出 CSV / 导出 Excel beside a table: the same query as the table, as a file from the server. */
export function exportLinks(path: string, params: Record<string, string | number | undefined | null> = {}): HTMLElement {
  const link = (format: 'csv' | 'xlsx', label: string) =>
    h('a', { class: 'button export', href: `${path}?${q({ ...params, format })}`, download: '', 'data-format': format }, label);
  return h('span', { class: 'exports' }, link('csv', '导出 CSV'), ' ', link('xlsx', '导出 Excel'));
}
