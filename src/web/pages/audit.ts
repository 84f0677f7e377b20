import { api } from '../api.ts';
import { h, mount } from '../dom.ts';
import type { PageContext } from '../main.ts';
import type { AuditEntry } from '../../server/api-types.ts';

const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** Who changed what, when: old → new. */
export async function auditPage(_ctx: PageContext): Promise<void> {
  const entries = await api.get<AuditEntry[]>('/api/audit');
  mount(
    h('h1', {}, '操作留痕'),
    h(
      'div',
      { class: 'scroll' },
      h(
        'table',
        { class: 'grid' },
        h('thead', {}, h('tr', {}, ...['时间', '操作人', '操作', '对象', '原值', '新值'].map((t) => h('th', {}, t)))),
        h('tbody', {}, ...entries.map((e) => h('tr', {}, h('td', {}, e.at ? new Date(e.at).toLocaleString('zh-CN') : ''), h('td', {}, e.by ?? ''), h('td', {}, e.action ?? ''), h('td', {}, e.entity ?? ''), h('td', { class: 'old' }, show(e.oldValue)), h('td', {}, show(e.newValue))))),
      ),
    ),
  );
}
