import { api, q, readerLink } from '../api.ts';
import { barChart } from '../bar-chart.ts';
import { h, mount } from '../dom.ts';
import { percent } from '../format.ts';
import type { PageContext } from '../main.ts';
import type { TopicComparison } from '../../server/api-types.ts';

const palette = ['#1d4ed8', '#d97706', '#059669', '#dc2626', '#7c3aed', '#0891b2', '#64748b', '#be185d'];

/** 主题比较: topics × plans — passages, share of the text, quantified targets, with grouped bars of the shares. */
export async function topicsPage(ctx: PageContext): Promise<void> {
  const wanted = ctx.query.get('topics') ?? '';
  const comparison = await api.get<TopicComparison>(`/api/topics?${q({ topics: wanted })}`);
  const plans = comparison.plans;
  const label = (p: TopicComparison['plans'][number]) => p.region ?? p.title ?? `规划 ${p.id}`;
  mount(
    h('h1', {}, '主题比较'),
    picker(wanted || comparison.topics.join('，')),
    h('div', { class: 'scroll' }, matrix(comparison, label)),
    h('div', { class: 'card' }, barChart('各规划谈及各主题的篇幅占比', comparison.topics, plans.map((p, i) => ({
      name: label(p), values: p.topics.map((t) => Math.round(t.share * 1000) / 10), color: palette[i % palette.length],
    })), '%')),
    h('h2', {}, '量化目标'),
    targetsList(comparison, label),
  );
}

function picker(topics: string): HTMLFormElement {
  const input = h('input', { name: 'topics', value: topics, placeholder: '主题，用逗号分隔，如 户籍，公共服务', 'aria-label': '主题' });
  const form = h('form', { class: 'card picker' }, input, h('button', { type: 'submit' }, '比较'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/topics?${q({ topics: input.value.trim() })}`;
  });
  return form;
}

type Label = (p: TopicComparison['plans'][number]) => string;

function matrix(comparison: TopicComparison, label: Label): HTMLElement {
  return h(
    'table',
    { class: 'grid topics' },
    h('thead', {}, h('tr', {}, h('th', {}, '主题'), ...comparison.plans.map((p) => h('th', { class: 'num', title: p.title ?? '' }, label(p))))),
    h(
      'tbody',
      {},
      ...comparison.topics.map((topic, i) =>
        h(
          'tr',
          {},
          h('th', {}, h('a', { href: `#/search?${q({ q: topic })}` }, topic)),
          ...comparison.plans.map((p) => {
            const t = p.topics[i];
            return h('td', { class: 'num' }, `${t.passages} 段 · ${percent(t.share)}`, h('br', {}), h('span', { class: 'hint' }, `目标 ${t.targets.length} 项`));
          }),
        ),
      ),
    ),
  );
}

function targetsList(comparison: TopicComparison, label: Label): HTMLElement {
  const items = comparison.plans.flatMap((p) => p.topics.flatMap((t) => t.targets.map((target) => ({ plan: p, topic: t.topic, target }))));
  if (!items.length) return h('p', { class: 'hint' }, '这些主题没有量化目标。');
  return h(
    'div',
    { class: 'scroll' },
    h(
      'table',
      { class: 'grid' },
      h('thead', {}, h('tr', {}, ...['主题', '地区', '目标', '数值'].map((t) => h('th', {}, t)))),
      h('tbody', {}, ...items.map(({ plan, topic, target }) =>
        h('tr', {}, h('td', {}, topic), h('td', {}, label(plan)), h('td', {}, h('a', { href: readerLink(plan.id, target.line) }, target.name)), h('td', {}, target.raw || '—')),
      )),
    ),
  );
}
