import { h } from '../dom.ts';
import { number } from '../format.ts';
import type { ObservationHistory } from '../../server/api-types.ts';

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');
const shown = (v: Pick<ObservationHistory['current'], 'milestone' | 'value'>) => v.milestone ?? number(v.value);

/** Every replaced value: the year, the version and value it had, who entered it and who replaced it. */
export function revisionTable(histories: readonly ObservationHistory[]): HTMLElement {
  const rows = histories.flatMap((y) => y.revisions.map((r) => ({ year: y.current.year, current: y.current, r })));
  if (!rows.length) return h('p', { class: 'hint' }, '尚无修订：每个年份只填报过一次');
  return h(
    'table',
    { class: 'grid revisions' },
    h('thead', {}, h('tr', {}, ...['年份', '版本', '原值', '来源', '填报', '修订', '现值'].map((t) => h('th', {}, t)))),
    h(
      'tbody',
      {},
      ...rows.sort((a, b) => b.year - a.year || b.r.version - a.r.version).map(({ year, current, r }) =>
        h(
          'tr',
          {},
          h('td', {}, year),
          h('td', {}, `版本 ${r.version}`),
          h('td', {}, shown(r)),
          h('td', {}, r.sourceTitle ?? ''),
          h('td', {}, `${r.enteredBy} ${when(r.enteredAt)}`),
          h('td', {}, `${r.replacedBy} ${when(r.replacedAt)}`),
          h('td', {}, `${shown(current)}（版本 ${current.version}）`),
        ),
      ),
    ),
  );
}
