import { api, q, readerLink } from '../api.ts';
import { h, message, mount } from '../dom.ts';
import type { PageContext } from '../main.ts';
import { exportLinks } from '../export-links.ts';
import type { Plan, Region, SearchHit, SearchResult } from '../../server/api-types.ts';

export const kindLabels: Record<SearchHit['kind'], string> = { paragraph: '正文', 'box-item': '专栏', indicator: '指标' };

const filters = ['q', 'plan', 'region', 'chapter'] as const;

/** 检索: full-text search over every plan, filtered by plan, region and chapter; each hit opens the reader at its line. */
export async function searchPage(ctx: PageContext): Promise<void> {
  const wanted = Object.fromEntries(filters.map((f) => [f, ctx.query.get(f)?.trim() ?? ''])) as Record<(typeof filters)[number], string>;
  const [plans, regions] = await Promise.all([api.get<Plan[]>('/api/plans'), api.get<Region[]>('/api/regions')]);
  const form = searchForm(wanted, plans.filter((p) => !p.superseded), regions);
  const results = h('section', { class: 'search-results', 'aria-live': 'polite' });
  mount(h('h1', {}, '检索'), form, results);
  if (!wanted.q) return void results.append(message('输入词语检索全部规划的正文、专栏和指标，如 户籍制度改革；用 "引号" 查找完整短语。'));
  results.append(h('p', { class: 'loading' }, '检索中…'));
  const found = await api.get<SearchResult>(`/api/search?${q({ ...wanted, limit: 50 })}`).catch((error: Error) => error);
  if (found instanceof Error) return void results.replaceChildren(message(found.message, 'error'));
  results.replaceChildren(
    h('p', { class: 'hint' }, found.hits.length ? `共 ${found.hits.length} 条结果${found.hits.length === 50 ? '（仅显示前 50 条，可加筛选条件）' : ''}` : `没有找到“${wanted.q}”：可减少词语、去掉筛选条件，或换用同义词。`, ' ', found.hits.length ? exportLinks('/api/search/export', { ...wanted, limit: 50 }) : null),
    h('ol', { class: 'hits' }, ...found.hits.map(hitElement)),
  );
}

function searchForm(wanted: Record<(typeof filters)[number], string>, plans: Plan[], regions: Region[]): HTMLFormElement {
  const query = h('input', { name: 'q', type: 'search', value: wanted.q, placeholder: '检索词，如 户籍制度改革', 'aria-label': '检索词', class: 'query' });
  const plan = choice('plan', '全部规划', plans.map((p) => [String(p.id), p.title ?? p.sourceFile]), wanted.plan);
  const region = choice('region', '全部地区', regions.map((r) => [r.fullName, r.fullName]), wanted.region);
  const chapter = h('input', { name: 'chapter', value: wanted.chapter, placeholder: '章节，如 重点任务', 'aria-label': '章节' });
  const form = h('form', { class: 'card search-form' }, query, h('button', { type: 'submit' }, '检索'), h('div', { class: 'filters' }, plan, region, chapter));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/search?${q({ q: query.value.trim(), plan: plan.value, region: region.value, chapter: chapter.value.trim() })}`;
  });
  return form;
}

function choice(name: string, all: string, options: Array<[string, string]>, selected: string): HTMLSelectElement {
  const select = h('select', { name, 'aria-label': all }, h('option', { value: '' }, all), ...options.map(([value, label]) => h('option', { value }, label)));
  select.value = selected;
  return select;
}

function hitElement(hit: SearchHit): HTMLElement {
  const excerpt = h('p', { class: 'excerpt' }, ...hit.highlighted.map((span) => (span.match ? h('mark', {}, span.text) : span.text)));
  return h(
    'li',
    { class: 'hit card' },
    h(
      'div',
      { class: 'hit-head' },
      h('span', { class: `badge kind-${hit.kind}` }, kindLabels[hit.kind]),
      h('a', { href: `#/plans/${hit.plan.id}` }, hit.plan.title ?? `规划 ${hit.plan.id}`),
      h('span', { class: 'hint' }, hit.plan.region ?? ''),
    ),
    h('div', { class: 'hint chapter' }, hit.chapter || '（无章节）'),
    excerpt,
    h('a', { href: readerLink(hit.plan.id, hit.line), class: 'to-line' }, `查看原文第 ${hit.line} 行 →`),
  );
}
