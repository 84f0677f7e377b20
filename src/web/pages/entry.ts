import { api, RequestFailed } from '../api.ts';
import { h, mount } from '../dom.ts';
import { checkTypedValue, printed } from '../format.ts';
import type { PageContext } from '../main.ts';
import { mayWriteHere } from '../may-write.ts';
import type { PlanIndicatorRow, PlanSummary } from '../types.ts';

/** A year's values for every indicator of a plan, checked as typed, saved row by row. */
export async function entryPage(ctx: PageContext): Promise<void> {
  const { plan, indicators } = await api.get<{ plan: PlanSummary; indicators: PlanIndicatorRow[] }>(`/api/plans/${encodeURIComponent(ctx.params[0])}/indicators`);
  const region = plan.regionFullName ?? plan.region ?? '';
  const year = h('input', { type: 'number', min: 2000, max: 2100, value: Number(ctx.query.get('year')) || (plan.periodStart ?? 2021) + 2, 'aria-label': '年份' });
  const rows = indicators.filter((i) => i.tableKind !== 'completion' && mayWriteHere(ctx.session, { regionId: plan.regionId, indicator: i.name })).map((indicator) => entryRow(indicator));
  const save = h('button', { type: 'button' }, '保存已填写的值');
  const summary = h('span', { class: 'hint', 'aria-live': 'polite' });
  save.addEventListener('click', async () => {
    let saved = 0;
    for (const row of rows) if (await row.save(region, Number(year.value))) saved++;
    summary.textContent = `已保存 ${saved} 项`;
  });
  mount(
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, '总览'), ' › ', h('a', { href: `#/plans/${plan.id}` }, plan.title ?? plan.sourceFile), ' › 数据录入'),
    h('h1', {}, '年度数据录入'),
    h('div', { class: 'toolbar' }, h('label', {}, '年份 ', year), save, summary),
    h('div', { class: 'scroll' }, h('table', { class: 'grid entry' }, h('thead', {}, h('tr', {}, ...['指标', '单位', '目标', '最新值', '本年值', '说明', ''].map((t) => h('th', {}, t)))), h('tbody', {}, ...rows.map((r) => r.element)))),
  );
}

function entryRow(indicator: PlanIndicatorRow) {
  const value = h('input', { inputmode: 'decimal', 'aria-label': `${indicator.name} 本年值` });
  const note = h('input', { 'aria-label': `${indicator.name} 说明`, placeholder: '预计/修订' });
  const state = h('span', { class: 'hint' });
  value.addEventListener('input', () => {
    const check = checkTypedValue(value.value, indicator.unit);
    const bad = value.value.trim() !== '' && !check.ok;
    value.classList.toggle('invalid', bad);
    state.textContent = bad && !check.ok ? check.message : '';
  });
  const element = h(
    'tr',
    {},
    h('td', {}, indicator.name),
    h('td', {}, indicator.unit ?? ''),
    h('td', {}, printed(indicator.target)),
    h('td', {}, indicator.latest ? `${indicator.latest.raw ?? indicator.latest.value}（${indicator.latest.year}）` : '—'),
    h('td', {}, value),
    h('td', {}, note),
    h('td', {}, state),
  );
  async function save(region: string, year: number): Promise<boolean> {
    if (!value.value.trim()) return false;
    const check = checkTypedValue(value.value, indicator.unit);
    if (!check.ok) return false;
    try {
      await api.post('/api/observations', { region, indicator: indicator.name, year, value: check.value, note: note.value || undefined });
      state.textContent = '✓ 已保存';
      value.value = '';
      return true;
    } catch (error) {
      state.textContent = error instanceof RequestFailed ? error.message : String(error);
      return false;
    }
  }
  return { element, save };
}
