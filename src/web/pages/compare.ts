import { api, q, readerLink } from '../api.ts';
import { barChart } from '../bar-chart.ts';
import { h, message, mount } from '../dom.ts';
import { number, printed } from '../format.ts';
import type { PageContext } from '../main.ts';
import { exportLinks } from '../export-links.ts';
import type { CatalogEntry, ComparedIndicator, IndicatorComparison } from '../../server/api-types.ts';

const matchLabels: Record<string, string> = { 'same-wording': '同名', exact: '同名', normalized: '规范化后同名', synonym: '同义词' };
export const matchLabel = (how: string) => matchLabels[how] ?? how;

/** 指标比较: one catalogue indicator in every current plan — table and bars of baseline, target, latest. */
export async function comparePage(ctx: PageContext): Promise<void> {
  const wanted = ctx.query.get('indicator')?.trim() ?? '';
  const catalog = await api.get<CatalogEntry[]>('/api/catalog');
  const result = h('section', { 'aria-live': 'polite' });
  mount(h('h1', {}, '指标比较'), picker(wanted, catalog.map((e) => e.name)), result);
  if (!wanted) return void result.append(message('选择或输入一个指标（如 常住人口城镇化率），比较各地区规划的基期值、目标和最新值。'));
  const comparison = await api.get<IndicatorComparison>(`/api/compare?${q({ indicator: wanted })}`).catch((error: Error) => error);
  if (comparison instanceof Error) return void result.append(message(comparison.message, 'error'));
  const rows = comparison.rows;
  const entry = comparison.entry;
  result.append(
    h('p', { class: 'hint' }, entry ? `指标目录：${entry.name}${entry.unit ? `（${entry.unit}）` : ''}${entry.synonyms.length ? `，同义词：${entry.synonyms.join('、')}` : ''}` : '指标目录中没有此指标：按相同名称比较。'),
    h('div', { class: 'toolbar' }, exportLinks('/api/compare/export', { indicator: wanted })),
    h('div', { class: 'scroll' }, table(rows, ctx.session.user?.role === 'admin')),
    h('div', { class: 'card' }, barChart(`${wanted}：各地区基期值、目标与最新值`, rows.map(place), [
      { name: '基期值', values: rows.map((r) => r.baseline?.value ?? null), color: '#94a3b8' },
      { name: '目标', values: rows.map((r) => r.target?.value ?? null), color: '#1d4ed8' },
      { name: '最新值', values: rows.map((r) => r.latest?.value ?? null), color: '#d97706' },
    ], entry?.unit ?? rows[0]?.unit ?? '')),
  );
}

const place = (row: ComparedIndicator) => row.region ?? row.plan.title ?? `规划 ${row.plan.id}`;

function picker(wanted: string, names: string[]): HTMLFormElement {
  const input = h('input', { name: 'indicator', value: wanted, list: 'indicator-names', placeholder: '指标名称，如 常住人口城镇化率', 'aria-label': '指标' });
  const form = h('form', { class: 'card picker' }, input, h('datalist', { id: 'indicator-names' }, ...names.map((n) => h('option', { value: n }))), h('button', { type: 'submit' }, '比较'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/compare?${q({ indicator: input.value.trim() })}`;
  });
  return form;
}

function table(rows: ComparedIndicator[], admin: boolean): HTMLElement {
  const head = ['地区', '规划', '规划中的名称', '匹配方式', '单位', '基期值', '目标', '最新值', '状态'];
  return h(
    'div',
    {},
    h('table', { class: 'grid compare' }, h('thead', {}, h('tr', {}, ...head.map((t) => h('th', {}, t)))), h('tbody', {}, ...rows.map(rowElement))),
    h('p', { class: 'hint' }, '匹配有误？', admin ? h('a', { href: '#/catalog' }, '在指标目录中修改同义词') : '请管理员在“指标目录”中修改同义词', '，或在规划原文中更正该行的名称。'),
  );
}

function rowElement(row: ComparedIndicator): HTMLElement {
  return h(
    'tr',
    {},
    h('td', {}, place(row)),
    h('td', {}, h('a', { href: `#/plans/${row.plan.id}` }, row.plan.title ?? `规划 ${row.plan.id}`)),
    h('td', {}, h('a', { href: readerLink(row.plan.id, row.line), title: `原文第 ${row.line} 行` }, row.printedName)),
    h('td', {}, h('span', { class: `badge match-${row.match}` }, matchLabel(row.match))),
    h('td', {}, row.unit ?? '—'),
    h('td', { class: 'num' }, printed(row.baseline)),
    h('td', { class: 'num' }, printed(row.target)),
    h('td', { class: 'num' }, row.latest ? `${number(row.latest.value)}（${row.latest.year}）` : '—'),
    h('td', {}, row.status ? h('span', { class: `badge status-${row.status}` }, row.label ?? row.status) : '—'),
  );
}
