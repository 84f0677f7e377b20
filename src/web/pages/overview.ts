import { periodLabel } from '../../domain/period.ts';
import { planStateLabels, type PlanEvaluation } from '../../domain/index.ts';
import { api } from '../api.ts';
import { h, mount, showFailure, showOutcome } from '../dom.ts';
import { statusLabels, statusOrder } from '../format.ts';
import type { PageContext } from '../main.ts';
import type { OverviewRow, Plan } from '../../server/api-types.ts';

type Summary = PlanEvaluation['summary'];

/** Every current plan with its status counts and 预警; plans waiting to be checked or withdrawn below. */
export async function overviewPage(ctx: PageContext): Promise<void> {
  const [rows, plans] = await Promise.all([api.get<OverviewRow[]>('/api/overview'), api.get<Plan[]>('/api/plans')]);
  const total = (key: keyof Summary) => rows.reduce((n, r) => n + (r.summary?.[key] ?? 0), 0);
  const cards = h(
    'section',
    { class: 'totals' },
    ...statusOrder.map((s) => h('div', { class: `total status-${s}` }, h('strong', {}, total(s)), h('span', {}, statusLabels[s]))),
    h('div', { class: 'total warn' }, h('strong', {}, total('warnings')), h('span', {}, '预警')),
  );
  const heads = ['规划', '地区', '时期', '评估年'].map((t) => h('th', {}, t));
  const table = h(
    'table',
    { class: 'grid overview' },
    h('thead', {}, h('tr', {}, ...heads, ...statusOrder.map((s) => h('th', { class: 'num' }, statusLabels[s])), h('th', { class: 'num' }, '预警'))),
    h('tbody', {}, ...rows.map(overviewRow)),
  );
  const pending = plans.filter((p) => p.state === 'draft' || p.state === 'withdrawn');
  mount(
    h('h1', {}, '规划实施总览'),
    cards,
    rows.length ? h('div', { class: 'scroll' }, table) : h('p', {}, '还没有可评估的规划。管理员可在下方上传规划文件。'),
    pending.length ? pendingSection(pending) : null,
    ctx.session.user?.role === 'admin' ? uploadForm() : null,
  );
}

function overviewRow(r: OverviewRow): HTMLElement {
  const p = r.plan;
  const cells = [
    h('td', {}, h('a', { href: `#/plans/${p.id}` }, p.title ?? p.sourceFile)),
    h('td', {}, p.regionFullName ?? p.region ?? '—'),
    h('td', {}, p.periodStart && p.periodEnd ? periodLabel({ start: p.periodStart, end: p.periodEnd }) : '—'),
  ];
  if (!r.summary) return h('tr', { class: 'plan-error' }, ...cells, h('td', { colspan: statusOrder.length + 2, class: 'message error' }, `无法评估：${r.error ?? '未知原因'}`));
  const summary = r.summary;
  return h(
    'tr',
    {},
    ...cells,
    h('td', {}, r.asOf ?? '—'),
    ...statusOrder.map((s) => h('td', { class: `num ${summary[s] ? `status-${s}` : ''}` }, summary[s] || '')),
    h('td', { class: `num ${summary.warnings ? 'warn' : ''}` }, summary.warnings || ''),
  );
}

/** Drafts (待核对) with why they need checking, and withdrawn versions with their reason: not counted above. */
function pendingSection(plans: readonly Plan[]): HTMLElement {
  const why = (p: Plan) => (p.withdrawal ? `${p.withdrawal.reason}（${p.withdrawal.by}）` : p.reviewNotes.join('；') || '尚未确认');
  return h(
    'section',
    { class: 'card pending' },
    h('h2', {}, '待核对与已撤回的规划（不计入总览、比较、传导与检索）'),
    h('div', { class: 'scroll' }, h(
      'table',
      { class: 'grid' },
      h('thead', {}, h('tr', {}, ...['编号', '规划', '地区', '状态', '问题或原因'].map((t) => h('th', {}, t)))),
      h('tbody', {}, ...plans.map((p) => h(
        'tr',
        { class: `plan-${p.state}` },
        h('td', {}, p.id),
        h('td', {}, h('a', { href: `#/plans/${p.id}` }, p.title ?? p.sourceFile)),
        h('td', {}, p.regionFullName ?? '（地区未识别）'),
        h('td', {}, h('span', { class: `badge state-${p.state}` }, planStateLabels[p.state])),
        h('td', {}, why(p)),
      ))),
    )),
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
