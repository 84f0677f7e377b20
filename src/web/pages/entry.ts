import { api, q } from '../api.ts';
import { h, mount, showFailure, showOutcome } from '../dom.ts';
import { printed } from '../format.ts';
import { checkTypedValue, postObservation, revisionNotice } from '../observation-entry.ts';
import type { PageContext } from '../main.ts';
import { mayWriteHere } from '../may-write.ts';
import type { Observation, Plan, PlanIndicator, PlanIndicators } from '../../server/api-types.ts';

/** A year's values for every indicator of a plan, checked as typed, saved row by row. */
export async function entryPage(ctx: PageContext): Promise<void> {
  const { plan, indicators } = await api.get<PlanIndicators>(`/api/plans/${encodeURIComponent(ctx.params[0])}/indicators`);
  const region = plan.regionFullName ?? plan.region ?? '';
  const year = h('input', { type: 'number', min: 2000, max: 2100, value: Number(ctx.query.get('year')) || (plan.periodStart ?? 2021) + 2, 'aria-label': '年份' });
  const rows = indicators.filter((i) => i.tableKind !== 'completion' && mayWriteHere(ctx.session, { regionId: plan.regionId, indicator: i.name })).map((indicator) => entryRow(indicator));
  const save = h('button', { type: 'button' }, '保存已填写的值');
  const summary = h('span', { class: 'hint', 'aria-live': 'polite' });
  let stored: Observation[] = [];
  const loadStored = async () => {
    stored = await api.get<Observation[]>(`/api/observations?${q({ region, year: Number(year.value) })}`);
    for (const row of rows) row.show(stored);
  };
  year.addEventListener('change', () => void loadStored().catch((error) => showFailure(summary, error)));
  await loadStored();
  save.addEventListener('click', async () => {
    const outcomes: string[] = [];
    for (const row of rows) outcomes.push(await row.save(region, Number(year.value), stored));
    const [saved, failed] = [outcomes.filter((o) => o === 'saved').length, outcomes.filter((o) => o === 'failed').length];
    if (failed) showOutcome(summary, 'error', `已保存 ${saved} 项，${failed} 项未保存：见各行红字`);
    else showOutcome(summary, 'ok', `已保存 ${saved} 项`);
    await loadStored().catch((error) => showFailure(summary, error));
  });
  mount(
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, '总览'), ' › ', h('a', { href: `#/plans/${plan.id}` }, plan.title ?? plan.sourceFile), ' › 数据录入'),
    h('h1', {}, '年度数据录入'),
    h('div', { class: 'toolbar' }, h('label', {}, '年份 ', year), save, summary),
    h('div', { class: 'scroll' }, h('table', { class: 'grid entry' }, h('thead', {}, h('tr', {}, ...['指标', '单位', '目标', '最新值', '本年值', '说明', ''].map((t) => h('th', {}, t)))), h('tbody', {}, ...rows.map((r) => r.element)))),
  );
}

function entryRow(indicator: PlanIndicator) {
  const storedOf = (stored: readonly Observation[]) =>
    stored.find((o) => (indicator.catalogId && o.catalogId === indicator.catalogId) || o.indicatorName === indicator.name);
  const value = h('input', { inputmode: 'decimal', 'aria-label': `${indicator.name} 本年值` });
  const note = h('input', { 'aria-label': `${indicator.name} 说明`, placeholder: '预计/修订' });
  const state = h('span', { class: 'hint' });
  const notice = h('span', { class: 'notice' });
  value.addEventListener('input', () => {
    const check = checkTypedValue(value.value, indicator.name, indicator.unit);
    const bad = value.value.trim() !== '' && !check.ok;
    value.classList.toggle('invalid', bad);
    if (bad && !check.ok) showOutcome(state, 'error', check.message);
    else showOutcome(state, 'info');
  });
  const element = h(
    'tr',
    {},
    h('td', {}, indicator.name),
    h('td', {}, indicator.unit ?? ''),
    h('td', {}, printed(indicator.target)),
    h('td', {}, indicator.latest ? `${indicator.latest.raw ?? indicator.latest.value}（${indicator.latest.year}）` : '—'),
    h('td', {}, value, notice),
    h('td', {}, note),
    h('td', {}, state),
  );
  const show = (stored: readonly Observation[]) => void (notice.textContent = revisionNotice(storedOf(stored)));
  async function save(region: string, year: number, stored: readonly Observation[]): Promise<'saved' | 'failed' | 'empty'> {
    if (!value.value.trim()) return 'empty';
    const check = checkTypedValue(value.value, indicator.name, indicator.unit);
    if (!check.ok) return showOutcome(state, 'error', check.message), 'failed';
    const body = { region, indicator: indicator.name, year, value: check.value, expected_version: storedOf(stored)?.version ?? 0, note: note.value || undefined };
    return (await postObservation(body, state, () => void (value.value = ''))) ? 'saved' : 'failed';
  }
  return { element, save, show };
}
