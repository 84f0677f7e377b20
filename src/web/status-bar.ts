import { statusLabels, type ProgressStatus } from '../domain/evaluation.ts';
import { h } from './dom.ts';

export interface StatusCount {
  readonly status: ProgressStatus;
  readonly count: number;
}

/** One plan's statuses as a stacked bar (widths by share), each part named for screen readers and on hover. */
export function statusBar(counts: readonly StatusCount[]): HTMLElement {
  const shown = counts.filter((c) => c.count > 0);
  const total = shown.reduce((n, c) => n + c.count, 0);
  const words = shown.map((c) => `${statusLabels[c.status]} ${c.count}`).join('，');
  return h(
    'div',
    { class: 'status-bar', role: 'img', 'aria-label': total ? words : '没有指标' },
    ...shown.map((c) =>
      h('span', { class: `part fill-${c.status}`, style: `flex-grow: ${c.count}`, title: `${statusLabels[c.status]}：${c.count}`, 'data-status': c.status }, String(c.count)),
    ),
  );
}

/** The colours' key under the bars. */
export function statusLegend(statuses: readonly ProgressStatus[]): HTMLElement {
  return h('p', { class: 'status-legend' }, ...statuses.map((s) => h('span', {}, h('i', { class: `fill-${s}` }), statusLabels[s])));
}
