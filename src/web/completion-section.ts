import { h } from './dom.ts';
import { cardTable } from './card-table.ts';
import type { PlanEvaluation } from '../server/api-types.ts';

/** The previous plan's completion table (“十三五”完成情况) as judged: target, actual, status. */
export function completionSection(evaluation: PlanEvaluation | undefined): HTMLElement | null {
  const rows = evaluation?.completion ?? [];
  if (!rows.length) return null;
  const tables = [...new Set(rows.map((r) => r.table))].filter(Boolean).join('、');
  const s = evaluation!.completionSummary;
  const table = h(
    'table',
    { class: 'grid completion' },
    h('thead', {}, h('tr', {}, ...['指标', '单位', '目标', '实际', '状态'].map((t) => h('th', {}, t)))),
    h('tbody', {}, ...rows.map((r) => h(
      'tr',
      {},
      h('td', {}, r.name),
      h('td', {}, r.unit ?? ''),
      h('td', {}, r.target.raw || '—'),
      h('td', {}, r.actual?.raw || '—'),
      h('td', {}, h('span', { class: `badge status-${r.status}` }, r.label)),
    ))),
  );
  return h(
    'section',
    { class: 'card', id: 'completion' },
    h('h2', {}, `上一规划期完成情况${tables ? `（${tables}）` : ''}`),
    h('p', { class: 'hint' }, `已完成 ${s.achieved} 项，未完成 ${s['not-achieved']} 项，无数据 ${s['no-data']} 项（按规划印发的完成情况表判断）`),
    h('div', { class: 'scroll' }, cardTable(table)),
  );
}
