import { periodLabel } from '../../domain/period.ts';
import { api } from '../api.ts';
import { h, mount, showFailure, showOutcome } from '../dom.ts';
import { statusLabels, statusOrder } from '../format.ts';
import type { PageContext } from '../main.ts';
import type { OverviewRow } from '../types.ts';

/** Every plan with its status counts and 预警, worst first. */
export async function overviewPage(ctx: PageContext): Promise<void> {
  const rows = await api.get<OverviewRow[]>('/api/overview');
  const total = (key: keyof OverviewRow['summary']) => rows.reduce((n, r) => n + (r.summary[key] ?? 0), 0);
  const cards = h(
    'section',
    { class: 'totals' },
    ...statusOrder.map((s) => h('div', { class: `total status-${s}` }, h('strong', {}, total(s)), h('span', {}, statusLabels[s]))),
    h('div', { class: 'total warn' }, h('strong', {}, total('warnings')), h('span', {}, '预警')),
  );
  const table = h(
    'table',
    { class: 'grid' },
    h('thead', {}, h('tr', {}, h('th', {}, '规划'), h('th', {}, '地区'), h('th', {}, '时期'), h('th', {}, '评估年'), ...statusOrder.map((s) => h('th', { class: 'num' }, statusLabels[s])), h('th', { class: 'num' }, '预警'))),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          {},
          h('td', {}, h('a', { href: `#/plans/${r.plan.id}` }, r.plan.title ?? r.plan.sourceFile)),
          h('td', {}, r.plan.regionFullName ?? r.plan.region ?? '—'),
          h('td', {}, r.plan.periodStart && r.plan.periodEnd ? periodLabel({ start: r.plan.periodStart, end: r.plan.periodEnd }) : '—'),
          h('td', {}, r.asOf),
          ...statusOrder.map((s) => h('td', { class: `num ${r.summary[s] ? `status-${s}` : ''}` }, r.summary[s] || '')),
          h('td', { class: `num ${r.summary.warnings ? 'warn' : ''}` }, r.summary.warnings || ''),
        ),
      ),
    ),
  );
  mount(
    h('h1', {}, '规划实施总览'),
    cards,
    rows.length ? h('div', { class: 'scroll' }, table) : h('p', {}, '还没有导入规划。管理员可在下方上传规划文件。'),
    ctx.session.user?.role === 'admin' ? uploadForm() : null,
  );
}

function uploadForm(): HTMLElement {
  const file = h('input', { type: 'file', name: 'file', accept: '.txt,.docx,.pdf,.html,.htm,.doc,.wps' });
  const status = h('span', { class: 'hint' });
  const form = h('form', { class: 'card inline' }, h('strong', {}, '导入规划文件'), file, h('button', { type: 'submit' }, '上传并导入'), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!file.files?.[0]) return showOutcome(status, 'error', '请选择文件');
    const body = new FormData();
    body.append('file', file.files[0]);
    showOutcome(status, 'info', '导入中…');
    try {
      await api.post('/api/plans', body);
      location.reload();
    } catch (error) {
      showFailure(status, error);
    }
  });
  return form;
}
