import { periodLabel } from '../../domain/period.ts';
import { phaseLabels, planStateLabels, statusLabels } from '../../domain/index.ts';
import type { Dashboard, DashboardRow, DashboardWarning, DashboardWarnings, Plan } from '../../server/api-types.ts';
import { importPreview } from '../import-preview.ts';
import { api, q } from '../api.ts';
import { cardTable } from '../card-table.ts';
import { h, mount, showFailure, showOutcome } from '../dom.ts';
import type { PageContext } from '../main.ts';
import { regionMap } from '../region-map.ts';
import { statusBar, statusLegend } from '../status-bar.ts';

/** Every current plan judged at one 评估年: a stacked status bar, data coverage and 预警; drafts and withdrawn plans below. */
export async function overviewPage(ctx: PageContext): Promise<void> {
  const requested = Number(ctx.query.get('year')) || undefined;
  const [dashboard, plans] = await Promise.all([api.get<Dashboard>(`/api/dashboard?${q({ year: requested })}`), api.get<Plan[]>('/api/plans')]);
  const pending = plans.filter((p) => p.state === 'draft' || p.state === 'withdrawn');
  mount(
    h('h1', {}, '规划实施总览'),
    dashboard.rows.length ? yearChoice(dashboard) : null,
    dashboard.rows.length ? totals(dashboard) : emptyHint(ctx),
    dashboard.rows.length ? plansCard(dashboard) : null,
    dashboard.rows.length ? warningsCard(dashboard) : null,
    dashboard.year !== null ? regionMap(dashboard.year) : null,
    pending.length ? pendingSection(pending) : null,
    ctx.session.user?.role === 'admin' ? uploadForm() : null,
  );
}

function yearChoice(dashboard: Dashboard): HTMLElement {
  const years = dashboard.year !== null && !dashboard.years.includes(dashboard.year) ? [dashboard.year, ...dashboard.years] : dashboard.years;
  const select = h('select', { id: 'year', 'aria-label': '评估年' }, ...years.map((y) => h('option', { value: y, selected: y === dashboard.year }, `${y}年`)));
  select.addEventListener('change', () => void (location.hash = `#/?year=${select.value}`));
  const latest = dashboard.years[0];
  return h(
    'div',
    { class: 'year-choice' },
    h('label', { for: 'year' }, '评估年'),
    years.length ? select : h('span', { class: 'hint' }, '尚无监测数据'),
    h('span', { class: 'hint' }, latest !== undefined && dashboard.year === latest ? '（默认：有数据的最新年份；所有规划按同一年评估）' : '（所有规划按同一年评估）'),
  );
}

function totals(dashboard: Dashboard): HTMLElement {
  return h(
    'section',
    { class: 'totals' },
    ...dashboard.totals.map((c) => h('div', { class: `total status-${c.status}` }, h('strong', {}, c.count), h('span', {}, statusLabels[c.status]))),
    h('div', { class: 'total warn' }, h('strong', {}, dashboard.warningCount), h('span', {}, '预警')),
  );
}

function plansCard(dashboard: Dashboard): HTMLElement {
  const heads = ['规划', '地区', '时期', '评估年', '状态分布', '数据覆盖', '预警'];
  const table = h(
    'table',
    { class: 'grid overview' },
    h('thead', {}, h('tr', {}, ...heads.map((t) => h('th', { class: t === '预警' ? 'num' : '' }, t)))),
    h('tbody', {}, ...dashboard.rows.map(overviewRow)),
  );
  return h('section', { class: 'card' }, h('h2', {}, `各规划 ${dashboard.year ?? ''}年评估状态`), cardTable(table), statusLegend(dashboard.statuses));
}

function overviewRow(r: DashboardRow): HTMLElement {
  const p = r.plan;
  const cells = [
    h('td', {}, h('a', { href: `#/plans/${p.id}` }, p.title ?? p.sourceFile)),
    h('td', {}, p.region ?? '—'),
    h('td', {}, p.periodStart && p.periodEnd ? periodLabel({ start: p.periodStart, end: p.periodEnd }) : '—'),
  ];
  if (r.error !== null) return h('tr', { class: 'plan-error' }, ...cells, h('td', { colspan: 4, class: 'message error', role: 'alert' }, `无法评估：${r.error}`));
  return h(
    'tr',
    { 'data-plan': p.id },
    ...cells,
    h('td', {}, h('span', {}, r.asOf, r.phase ? ` ${phaseLabels[r.phase]}` : '', ...r.notices.filter((n) => /晚于规划目标年/.test(n)).map((n) => h('span', { class: 'row-notice' }, n))), r.pending ? h('span', { class: 'hint', title: '有新的写入，稍后自动更新' }, r.asOf === null ? '计算中' : '（更新中）') : null),
    h('td', {}, statusBar(r.counts)),
    h('td', { class: 'coverage' }, coverage(r)),
    h('td', { class: `num ${r.warnings ? 'warn' : ''}` }, r.warnings || '—'),
  );
}

function coverage(r: DashboardRow): Node {
  if (r.coverage === null) return document.createTextNode('—');
  const share = Math.round(r.coverage * 100);
  return h(
    'span',
    { title: `${r.asOf}年有数值的指标 ${r.covered} / ${r.indicators}` },
    `${share}%（${r.covered}/${r.indicators}）`,
    h('div', { class: 'bar' }, h('div', { class: 'done', style: `width: ${share}%` })),
  );
}

/** The first 预警 come with the 总览; the rest a page at a time (a national 总览 has tens of thousands). */
function warningsCard(dashboard: Dashboard): HTMLElement {
  const heading = h('h2', {}, `预警指标（${dashboard.warningCount}）`);
  if (!dashboard.warningCount) return h('section', { class: 'card', id: 'warnings' }, heading, h('p', { class: 'empty' }, `${dashboard.year ?? ''}年没有预警指标。`));
  const list = h('ul', { class: 'warnings' }, ...dashboard.warnings.map(warningItem));
  const card = h('section', { class: 'card', id: 'warnings' }, heading, list);
  let shown = dashboard.warnings.length;
  const more = h('button', { type: 'button', class: 'more-warnings' });
  const status = h('span', { class: 'hint' });
  const label = () => void (more.textContent = `显示更多（还有 ${dashboard.warningCount - shown} 条）`);
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const page = await api.get<DashboardWarnings>(`/api/dashboard/warnings?${q({ year: dashboard.year ?? undefined, offset: shown, limit: warningPage })}`);
      list.append(...page.warnings.map(warningItem));
      shown += page.warnings.length;
      if (shown >= page.total || !page.warnings.length) more.remove();
      else label();
    } catch (error) {
      showFailure(status, error);
    } finally {
      more.disabled = false;
    }
  });
  if (shown < dashboard.warningCount) {
    label();
    card.append(h('p', {}, more, status));
  }
  return card;
}

/** 预警 fetched per click of 显示更多. */
const warningPage = 200;

function warningItem(w: DashboardWarning): HTMLElement {
  return h(
    'li',
    { title: w.explanation },
    h('span', { class: `badge warn-${w.warning}` }, w.warning === 'red' ? '红色预警' : '黄色预警'),
    h('a', { href: `#/plans/${w.planId}/indicators/${w.indicatorId ?? encodeURIComponent(w.indicator)}` }, w.indicator),
    ' ',
    h('span', { class: `badge status-${w.status}` }, w.label),
    h('span', { class: 'plan' }, w.planTitle),
  );
}

function emptyHint(ctx: PageContext): HTMLElement {
  const what = ctx.session.user?.role === 'admin' ? '在下方上传规划文件（txt、docx、pdf 等）' : '请管理员导入规划文件';
  return h('div', { class: 'empty' }, h('strong', {}, '还没有可评估的规划'), `${what}；导入并核对后，规划会按评估年显示在这里。`);
}

/** Drafts (待核对) with why they need checking, and withdrawn versions with their reason: not counted above. */
function pendingSection(plans: readonly Plan[]): HTMLElement {
  const why = (p: Plan) => (p.withdrawal ? `${p.withdrawal.reason}（${p.withdrawal.by}）` : p.reviewNotes.join('；') || '尚未确认');
  return h(
    'section',
    { class: 'card pending' },
    h('h2', {}, '待核对与已撤回的规划（不计入总览、比较、传导与检索）'),
    h('div', { class: 'scroll' }, cardTable(h(
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
    ))),
  );
}

function uploadForm(): HTMLElement {
  const file = h('input', { type: 'file', name: 'file', accept: '.txt,.docx,.pdf,.html,.htm,.doc,.wps' });
  const status = h('span', { class: 'hint' });
  const form = h('form', { class: 'card inline' }, h('strong', {}, '导入规划文件'), file, h('button', { type: 'submit' }, '上传并预览'), status);
  const area = h('div', {}, form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!file.files?.[0]) return showOutcome(status, 'error', '请选择文件');
    const body = new FormData();
    body.append('file', file.files[0]);
    showOutcome(status, 'info', '读取中…');
    try {
      const answer = await api.post<Parameters<typeof importPreview>[0]>('/api/plans/preview', body);
      showOutcome(status, 'info', '请核对下方读取结果，再确认导入');
      area.replaceChildren(form, importPreview(answer, ({ planId, state }) => (planId && state !== 'draft' ? (location.hash = `#/plans/${planId}`) : location.reload())));
    } catch (error) {
      showFailure(status, error);
    }
  });
  return area;
}
