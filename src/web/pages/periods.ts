import { periodLabel } from '../../domain/period.ts';
import { api } from '../api.ts';
import { h } from '../dom.ts';
import { printed } from '../format.ts';
import type { PlanSuccession, Plan, SuccessionLink, SuccessionRow } from '../../server/api-types.ts';

const periodOf = (p: Pick<Plan, 'periodStart' | 'periodEnd'>) =>
  p.periodStart && p.periodEnd ? `${periodLabel({ start: p.periodStart, end: p.periodEnd })}（${p.periodStart}–${p.periodEnd}）` : '时期未识别';

/** The region's plans by period (十四五, 十五五 …) as tabs; null when the region has one plan. */
export async function periodSwitcher(plan: Plan): Promise<HTMLElement | null> {
  const all = await api.get<Plan[]>('/api/plans');
  const region = plan.regionFullName ?? plan.region;
  if (!region) return null; // plans whose region was not read are not one region's periods
  const mine = all
    .filter((p) => (p.regionFullName ?? p.region) === region && !p.superseded)
    .sort((a, b) => (a.periodStart ?? Infinity) - (b.periodStart ?? Infinity) || a.id - b.id);
  if (mine.length < 2) return null;
  return h(
    'nav',
    { class: 'periods', 'aria-label': `${region}的规划时期` },
    ...mine.map((p) =>
      h('a', { href: `#/plans/${p.id}`, class: p.id === plan.id ? 'button current' : 'button', 'aria-current': p.id === plan.id ? 'page' : null, title: p.title ?? '' },
        periodOf(p)),
    ),
  );
}

export const fetchSuccession = (planId: number) => api.get<PlanSuccession>(`/api/plans/${planId}/succession`);

/** 规划衔接: what this plan carries over from the previous period, adds and drops. */
export function successionSection(s: PlanSuccession): HTMLElement | null {
  const link = s.previous;
  if (!link) return null;
  const was = link.earlier.period ?? `#${link.earlier.id}`;
  return h(
    'section',
    { class: 'card succession' },
    h('h2', {}, `规划衔接：承接${was}规划`),
    h('p', {}, `延续 ${link.carried.length} 项，新增 ${link.added.length} 项，不再列入 ${link.dropped.length} 项。`,
      h('a', { href: `#/plans/${link.earlier.id}` }, ` 查看${was}规划`)),
    carriedTable(link),
    link.added.length ? h('p', {}, `新增：${link.added.map((r) => r.later!.name).join('、')}`) : null,
    link.dropped.length ? h('p', {}, `不再列入：${link.dropped.map((r) => r.earlier!.name).join('、')}`) : null,
  );
}

function carriedTable(link: SuccessionLink): HTMLElement {
  const [was, now] = [link.earlier.period ?? '上期', link.later.period ?? '本期'];
  const head = ['指标', `${was}目标`, `${was}期末实际`, `${now}基期`, `${now}目标`, '说明'];
  return h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ...head.map((t) => h('th', {}, t)))),
    h('tbody', {}, ...link.carried.map((r) => h('tr', { class: r.note && r.earlierFinal ? 'warning-yellow' : '' }, ...rowCells(r).map((c) => h('td', {}, c))))));
}

const rowCells = (r: SuccessionRow) => [
  r.later?.name ?? r.earlier?.name ?? '', printed(r.earlier?.target ?? null), r.earlierFinal ? `${r.earlierFinal.raw}（${r.earlierFinal.year}）` : '—',
  printed(r.later?.baseline ?? null), printed(r.later?.target ?? null), r.note ?? '',
];

/** The indicator in the plans before and after this one: both periods' baseline, target and final value. */
export function indicatorPeriods(s: PlanSuccession, rowId: number): HTMLElement | null {
  const found = s.previous?.carried.find((r) => r.later?.id === rowId) ?? s.next?.carried.find((r) => r.earlier?.id === rowId);
  const link = s.previous?.carried.some((r) => r.later?.id === rowId) ? s.previous : s.next;
  if (!found || !link) return null;
  const line = (period: string | null, planId: number, side: SuccessionRow['earlier'], final: string) =>
    h('tr', {}, h('td', {}, h('a', { href: `#/plans/${planId}/indicators/${side!.id}` }, period ?? `#${planId}`)),
      h('td', {}, side!.name), h('td', {}, printed(side!.baseline)), h('td', {}, printed(side!.target)), h('td', {}, final));
  const final = found.earlierFinal ? `${found.earlierFinal.raw}（${found.earlierFinal.year}）` : '—';
  return h(
    'section',
    { class: 'card periods-of-indicator' },
    h('h2', {}, '前后两期规划'),
    h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ...['时期', '指标', '基期', '目标', '期末实际'].map((t) => h('th', {}, t)))),
      h('tbody', {}, line(link.earlier.period, link.earlier.id, found.earlier, final), line(link.later.period, link.later.id, found.later, '—'))),
    found.note ? h('p', { class: 'hint' }, found.note) : null,
  );
}
