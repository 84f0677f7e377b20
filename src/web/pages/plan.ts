import { api, q, RequestFailed } from '../api.ts';
import { h, message, mount } from '../dom.ts';
import { planStateLabels } from '../../domain/index.ts';
import { withdrawControl } from '../withdraw-control.ts';
import { attributeLabel, number, percent, printed, statusLabels, statusOrder } from '../format.ts';
import type { PageContext } from '../main.ts';
import { boxesSection } from './boxes.ts';
import { versionsSection } from './plan-versions.ts';
import { fetchSuccession, periodSwitcher, successionSection } from './periods.ts';
import type { IndicatorEvaluation, Plan, PlanEvaluation, PlanIndicator, PlanIndicators } from '../../server/api-types.ts';
import { mayWriteHere } from '../may-write.ts';
import { reportLinks } from '../report-links.ts';
import { exportLinks } from '../export-links.ts';
import { cardTable } from '../card-table.ts';
import { completionSection } from '../completion-section.ts';

interface Row {
  readonly printed: PlanIndicator;
  readonly judged: IndicatorEvaluation | undefined;
}

/** A plan's indicator table: printed target, latest value, 完成进度 against 时序进度, status; filters. */
export async function planPage(ctx: PageContext): Promise<void> {
  const id = ctx.params[0];
  const [{ plan, indicators }, evaluated] = await Promise.all([
    api.get<PlanIndicators>(`/api/plans/${encodeURIComponent(id)}/indicators`),
    api.get<PlanEvaluation>(`/api/plans/${encodeURIComponent(id)}/evaluation?${q({ method: ctx.query.get('method'), asOf: ctx.query.get('asOf') })}`)
      .catch(refusalOnly),
  ]);
  const evaluation = evaluated instanceof RequestFailed ? undefined : evaluated;
  const judged = new Map((evaluation?.indicators ?? []).map((e) => [e.id, e]));
  const rows: Row[] = indicators.filter((i) => i.tableKind !== 'completion').map((i) => ({ printed: i, judged: judged.get(i.id) }));
  const body = h('tbody');
  const filters = { category: '', attribute: '', status: '' };
  const render = () => body.replaceChildren(...rows.filter((r) => matches(r, filters)).map((r) => indicatorRow(plan.id, r)));
  const select = (key: keyof typeof filters, label: string, options: Array<[string, string]>) => {
    const s = h('select', { 'aria-label': label }, h('option', { value: '' }, `全部${label}`), ...options.map(([v, t]) => h('option', { value: v }, t)));
    s.addEventListener('change', () => { filters[key] = s.value; render(); });
    return s;
  };
  const categories = [...new Set(rows.map((r) => r.printed.category).filter((c): c is string => Boolean(c)))];
  render();
  const [boxes, versions] = await Promise.all([boxesSection(plan.id, ctx.session), versionsSection(plan, ctx.session)]);
  const [periods, succession] = await Promise.all([periodSwitcher(plan), fetchSuccession(plan.id)]);
  mount(
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, '总览'), ' › ', plan.regionFullName ?? plan.region ?? ''),
    h('h1', {}, plan.title ?? plan.sourceFile),
    stateNotice(plan, ctx),
    evaluated instanceof RequestFailed ? message(`无法评估：${evaluated.message}`, 'error') : null,
    periods,
    h(
      'div',
      { class: 'toolbar' },
      h('span', {}, `评估年 ${evaluation?.asOf ?? '—'}`),
      select('category', '类别', categories.map((c) => [c, c])),
      select('attribute', '属性', [['expected', '预期性'], ['binding', '约束性']]),
      select('status', '状态', statusOrder.map((s) => [s, statusLabels[s]])),
      h('a', { class: 'button', href: `#/plans/${plan.id}/reader` }, '阅读原文'),
      mayWriteHere(ctx.session, { planId: plan.id, regionId: plan.regionId }) ? h('a', { class: 'button', href: `#/plans/${plan.id}/entry` }, '数据录入') : null,
      reportLinks(plan.id, ctx.query),
      mayWriteHere(ctx.session, { planId: plan.id, regionId: plan.regionId }) ? h('a', { class: 'button', href: `#/plans/${plan.id}/excel` }, 'Excel 填报') : null,
      exportLinks(`/api/plans/${plan.id}/export`, { method: ctx.query.get('method'), asOf: evaluation?.asOf }),
    ),
    h(
      'div',
      { class: 'scroll' },
      cardTable(h(
        'table',
        { class: 'grid indicators' },
        h('thead', {}, h('tr', {}, ...['类别', '指标', '单位', '基期', '目标', '属性', '最新值', '完成进度 / 时序进度', '状态'].map((t) => h('th', {}, t)))),
        body,
      )),
    ),
    completionSection(evaluation),
    successionSection(succession),
    versions,
    boxes,
  );
}

/** A refused request (4xx) is shown on the page; anything else is a failure of the page. */
export function refusalOnly(error: unknown): RequestFailed {
  if (error instanceof RequestFailed && error.status >= 400 && error.status < 500) return error;
  throw error;
}

/** This version's state (待核对, 已撤回, 旧版本) with why, and 撤回 / 恢复 for who may. */
function stateNotice(plan: Plan, ctx: PageContext): HTMLElement {
  const control = withdrawControl({
    kind: 'plan', id: plan.id, withdrawal: plan.withdrawal, isAdmin: ctx.session.user?.role === 'admin',
    mayWithdraw: mayWriteHere(ctx.session, { planId: plan.id, regionId: plan.regionId ?? null }),
  });
  const notes = plan.state === 'draft' ? h('ul', { class: 'review-notes' }, ...(plan.reviewNotes.length ? plan.reviewNotes : ['尚未确认']).map((n) => h('li', {}, n))) : null;
  const confirm = plan.state === 'draft' && mayWriteHere(ctx.session, { planId: plan.id, regionId: plan.regionId ?? null }) ? confirmButton(plan) : null;
  return h('div', { class: `plan-state state-${plan.state}` },
    h('span', { class: `badge state-${plan.state}` }, `第 ${plan.version} 版 · ${planStateLabels[plan.state]}`),
    plan.state === 'draft' ? ' 待核对：不计入总览、比较、传导与检索，确认后生效。' : null, confirm, control, notes);
}

/** 确认: a person has checked this draft against the document; it counts from now on (audited). */
function confirmButton(plan: Plan): HTMLElement {
  const status = h('span', { class: 'hint', role: 'status' });
  const button = h('button', { type: 'button', class: 'confirm small' }, '核对无误，确认');
  button.addEventListener('click', async () => {
    try {
      await api.post(`/api/plans/${plan.id}/confirm`);
      location.reload();
    } catch (error) {
      status.textContent = (error as Error).message;
    }
  });
  return h('span', { class: 'confirm-control' }, button, status);
}

const matches = (r: Row, f: { category: string; attribute: string; status: string }) =>
  (!f.category || r.printed.category === f.category) && (!f.attribute || r.printed.attribute === f.attribute) && (!f.status || r.judged?.status === f.status);

function indicatorRow(planId: number, { printed: p, judged: e }: Row): HTMLElement {
  const latest = e?.latest ? `${number(e.latest.value)}（${e.latest.year}）` : p.latest ? `${p.latest.raw ?? number(p.latest.value)}（${p.latest.year}）` : '—';
  const status = e?.status ?? 'no-data';
  return h(
    'tr',
    { class: e?.warning ? `warning-${e.warning}` : '' },
    h('td', {}, p.category ?? ''),
    h('td', {}, h('a', { href: `#/plans/${planId}/indicators/${p.id}` }, p.name)),
    h('td', {}, p.unit ?? ''),
    h('td', {}, printed(p.baseline)),
    h('td', {}, printed(p.target)),
    h('td', {}, attributeLabel(p.attribute, p.attributeRaw)),
    h('td', {}, latest),
    h('td', {}, progressBar(e?.completion ?? null, e?.timeProgress ?? null)),
    h('td', {}, h('span', { class: `badge status-${status}` }, e?.label ?? statusLabels[status]), e?.warning ? h('span', { class: `badge warn-${e.warning}` }, e.warning === 'red' ? '红色预警' : '黄色预警') : null),
  );
}

export function progressBar(completion: number | null, time: number | null): HTMLElement {
  const width = (x: number | null) => `${Math.max(0, Math.min(1, x ?? 0)) * 100}%`;
  return h(
    'div',
    { class: 'progress', title: `完成进度 ${percent(completion)}，时序进度 ${percent(time)}` },
    h('div', { class: 'bar' }, h('span', { class: 'done', style: `width:${width(completion)}` }), h('span', { class: 'time', style: `left:${width(time)}` })),
    h('small', {}, `${percent(completion)} / ${percent(time)}`),
  );
}
