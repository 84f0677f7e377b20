import { api, q, readerLink } from '../api.ts';
import { h, message, mount } from '../dom.ts';
import { printed } from '../format.ts';
import type { PageContext } from '../main.ts';
import type { PlanCascade, Plan, Region } from '../../server/api-types.ts';

type PlanWithRegion = Plan & { readonly regionId: number | null };

/** 规划传导: a plan beside its parent region's plan — shared targets (⚠ weaker), missing indicators, 专栏 topics. */
export async function cascadePage(ctx: PageContext): Promise<void> {
  const wanted = ctx.query.get('plan') ?? '';
  const [plans, regions] = await Promise.all([api.get<PlanWithRegion[]>('/api/plans'), api.get<Region[]>('/api/regions')]);
  const withParent = new Set(regions.filter((r) => r.parentId !== null).map((r) => r.id));
  const children = plans.filter((p) => !p.superseded && p.regionId !== null && withParent.has(p.regionId));
  const result = h('section', { 'aria-live': 'polite' });
  mount(h('h1', {}, '规划传导'), picker(wanted, children), result);
  if (!wanted) return void result.append(message(children.length ? '选择一个下级地区的规划，与其上级地区规划对照目标、指标和专栏。' : '还没有下级地区（区、县、开发区）的规划。'));
  const cascade = await api.get<PlanCascade>(`/api/cascade?${q({ plan: wanted })}`).catch((error: Error) => error);
  if (cascade instanceof Error) return void result.append(message(cascade.message, 'error'));
  const weaker = cascade.shared.filter((s) => s.weaker).length;
  result.append(
    h('p', {}, h('a', { href: `#/plans/${cascade.child.id}` }, cascade.child.title ?? cascade.child.region), ' ← 上级：', h('a', { href: `#/plans/${cascade.parent.id}` }, cascade.parent.title ?? cascade.parent.region)),
    h('p', { class: weaker ? 'warn' : 'hint' }, `共同指标 ${cascade.shared.length} 项，其中 ${weaker} 项目标弱于上级；上级指标未纳入 ${cascade.missing.length} 项；上级专栏主题未提及 ${cascade.boxTopics.filter((b) => !b.mentioned).length} 项。`),
    h('h2', {}, '共同指标'),
    h('div', { class: 'scroll' }, sharedTable(cascade)),
    h('div', { class: 'two' }, h('div', { class: 'card' }, h('h2', {}, '上级有、本级未纳入的指标'), missingList(cascade)), h('div', { class: 'card' }, h('h2', {}, '上级专栏主题'), topicList(cascade))),
  );
}

function picker(wanted: string, plans: PlanWithRegion[]): HTMLFormElement {
  const select = h('select', { name: 'plan', 'aria-label': '规划' }, h('option', { value: '' }, '选择规划…'), ...plans.map((p) => h('option', { value: String(p.id) }, `${p.regionFullName ?? ''} ${p.title ?? p.sourceFile}`)));
  select.value = plans.find((p) => String(p.id) === wanted || p.region === wanted || p.regionFullName === wanted)?.id.toString() ?? '';
  const form = h('form', { class: 'card picker' }, select, h('button', { type: 'submit' }, '对照上级规划'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (select.value) location.hash = `#/cascade?${q({ plan: select.value })}`;
  });
  return form;
}

function sharedTable(cascade: PlanCascade): HTMLElement {
  const head = ['', '指标（本级）', '上级名称', '单位', '方向', '上级目标', '本级目标', '说明'];
  return h(
    'table',
    { class: 'grid cascade' },
    h('thead', {}, h('tr', {}, ...head.map((t) => h('th', {}, t)))),
    h(
      'tbody',
      {},
      ...cascade.shared.map((s) =>
        h(
          'tr',
          { class: s.weaker ? 'weaker' : '' },
          h('td', { class: 'weaker-flag', title: s.weaker ? '本级目标弱于上级' : '' }, s.weaker ? '⚠' : ''),
          h('td', {}, s.name),
          h('td', {}, s.parentName),
          h('td', {}, s.unit ?? '—'),
          h('td', {}, s.direction === 1 ? '越高越好' : '越低越好'),
          h('td', { class: 'num' }, printed(s.parentTarget)),
          h('td', { class: 'num' }, printed(s.childTarget)),
          h('td', { class: 'hint' }, s.weaker ? '本级目标弱于上级，请核对' : s.note ?? '不低于上级'),
        ),
      ),
    ),
  );
}

function missingList(cascade: PlanCascade): HTMLElement {
  if (!cascade.missing.length) return h('p', { class: 'hint' }, '上级的指标本级均已纳入。');
  return h('ul', {}, ...cascade.missing.map((m) => h('li', {}, h('a', { href: readerLink(cascade.parent.id, m.line) }, m.name), ` 目标 ${printed(m.target)}${m.unit ? ` ${m.unit}` : ''}`)));
}

function topicList(cascade: PlanCascade): HTMLElement {
  if (!cascade.boxTopics.length) return h('p', { class: 'hint' }, '上级规划没有专栏。');
  return h(
    'ul',
    { class: 'box-topics' },
    ...cascade.boxTopics.map((b) =>
      h(
        'li',
        {},
        h('span', { class: b.mentioned ? 'status-achieved' : 'warn' }, b.mentioned ? '✓ ' : '✗ '),
        h('a', { href: readerLink(cascade.parent.id, b.line), title: b.box }, b.topic),
        b.childLine ? h('span', {}, '：本级 ', h('a', { href: readerLink(cascade.child.id, b.childLine) }, `第 ${b.childLine} 行`)) : h('span', { class: 'hint' }, '：本级未提及'),
      ),
    ),
  );
}
