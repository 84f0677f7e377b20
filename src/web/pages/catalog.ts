import { api } from '../api.ts';
import { h, mount, showFailure, showOutcome } from '../dom.ts';
import type { PageContext } from '../main.ts';
import type { CatalogEntry } from '../../server/api-types.ts';

/** The indicator catalogue; admins edit direction, synonyms, unit and department in place. */
export async function catalogPage(ctx: PageContext): Promise<void> {
  const entries = await api.get<CatalogEntry[]>('/api/catalog');
  const admin = ctx.session.user?.role === 'admin';
  mount(
    h('h1', {}, '指标目录'),
    h('div', { class: 'scroll' }, h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ...['指标', '方向', '同义词', '单位', '牵头单位', ''].map((t) => h('th', {}, t)))), h('tbody', {}, ...entries.map((e) => row(e, admin))))),
  );
}

function row(entry: CatalogEntry, admin: boolean): HTMLElement {
  if (!admin) return h('tr', {}, h('td', {}, entry.name), h('td', {}, entry.direction === 1 ? '越高越好' : '越低越好'), h('td', {}, entry.synonyms.join('、')), h('td', {}, entry.unit ?? ''), h('td', {}, entry.department ?? ''), h('td', {}));
  const direction = h('select', {}, h('option', { value: '1' }, '越高越好'), h('option', { value: '-1' }, '越低越好'));
  direction.value = String(entry.direction);
  const synonyms = h('input', { value: entry.synonyms.join('、') });
  const unit = h('input', { value: entry.unit ?? '', size: 6 });
  const department = h('input', { value: entry.department ?? '' });
  const state = h('span', { class: 'hint' });
  const save = h('button', { type: 'button', class: 'small' }, '保存');
  save.addEventListener('click', async () => {
    try {
      await api.patch(`/api/catalog/${encodeURIComponent(entry.id)}`, {
        direction: Number(direction.value), synonyms: synonyms.value.split(/[、,，]/).map((s) => s.trim()).filter(Boolean), unit: unit.value, department: department.value,
      });
      showOutcome(state, 'ok', '✓');
    } catch (error) {
      showFailure(state, error);
    }
  });
  return h('tr', {}, h('td', {}, entry.name), h('td', {}, direction), h('td', {}, synonyms), h('td', {}, unit), h('td', {}, department), h('td', {}, save, state));
}
