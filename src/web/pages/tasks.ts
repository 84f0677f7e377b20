import { api, q } from '../api.ts';
import { h, mount } from '../dom.ts';
import type { PageContext } from '../main.ts';
import { exportLinks } from '../export-links.ts';
import type { DepartmentTask } from '../../server/api-types.ts';

const stateLabel = { stale: '缺上年数据', due: '待填报', current: '已更新' } as const;

/** 目标任务分解: what a lead department must report, stale first. */
export async function tasksPage(ctx: PageContext): Promise<void> {
  const department = ctx.query.get('department') ?? ctx.session.user?.department ?? '';
  const tasks = await api.get<DepartmentTask[]>(`/api/tasks?${q({ department })}`);
  const departments = [...new Set(tasks.map((t) => t.department))].sort();
  const picker = h('select', { 'aria-label': '牵头单位' }, h('option', { value: '' }, '全部牵头单位'), ...departments.map((d) => h('option', { value: d }, d)));
  picker.value = department;
  picker.addEventListener('change', () => (location.hash = `#/tasks?${q({ department: picker.value })}`));
  mount(
    h('h1', {}, '目标任务分解'),
    h('div', { class: 'toolbar' }, picker, exportLinks('/api/tasks/export', { department })),
    tasks.length
      ? h('div', { class: 'scroll' }, h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ...['牵头单位', '规划', '类型', '指标 / 专栏项目', '最新数据年', '状态'].map((t) => h('th', {}, t)))), h('tbody', {}, ...tasks.map((t) => h('tr', { class: `task-${t.state}` }, h('td', {}, t.department), h('td', {}, t.planTitle ?? t.plan), h('td', {}, t.kind === 'indicator' ? '指标' : '专栏项目'), h('td', {}, t.kind === 'indicator' ? h('a', { href: `#/plans/${t.plan}/indicators/${t.itemId}` }, t.item) : t.item), h('td', {}, t.lastYear ?? t.milestone ?? '—'), h('td', {}, h('span', { class: `badge task-${t.state}` }, stateLabel[t.state])))))))
      : h('p', { class: 'hint' }, '尚未给指标或专栏项目分配牵头单位（管理员可在指标目录中设置牵头单位）。'),
  );
}
