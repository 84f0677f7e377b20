import { api } from '../api.ts';
import { cardTable } from '../card-table.ts';
import { h, message, showFailure, showOutcome } from '../dom.ts';
import { milestoneWords } from '../../domain/milestones.ts';
import type { BoxItem, SessionInfo } from '../../server/api-types.ts';
import { mayWriteHere } from '../may-write.ts';
import { withdrawControl } from '../withdraw-control.ts';

/**
 * 专栏 projects of a plan, one collapsed block per 专栏 (a plan prints a hundred items and more); the lead
 * department and progress are recorded in one dialog, not in a form on every row.
 */
export async function boxesSection(planId: number, session: SessionInfo): Promise<HTMLElement> {
  const items = await api.get<BoxItem[]>(`/api/plans/${planId}/boxes`).catch((error: Error) => error);
  if (items instanceof Error) return h('section', { class: 'card' }, h('h2', {}, '专栏项目'), message(`无法读取专栏项目：${items.message}`, 'error'));
  if (!items.length) return h('section', { class: 'card' }, h('h2', {}, '专栏项目'), h('p', { class: 'empty' }, '此规划没有识别出专栏项目。专栏以“专栏 N”标题印在规划正文中。'));
  const dialog = progressDialog(planId, session);
  const groups = groupBy(items, (i) => i.box);
  return h(
    'section',
    { class: 'card', id: 'boxes' },
    h('h2', {}, `专栏项目（${groups.length} 个专栏，${items.length} 项）`),
    ...groups.map(([box, members]) => boxGroup(planId, box, members, session, dialog.open)),
    dialog.element,
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups];
}

function boxGroup(planId: number, box: string, items: readonly BoxItem[], session: SessionInfo, open: (item: BoxItem) => void): HTMLElement {
  const reported = items.filter((i) => i.progress.length).length;
  const table = h(
    'table',
    { class: 'grid boxes' },
    h('thead', {}, h('tr', {}, ...['项目', '牵头单位', '最新进展', ''].map((t) => h('th', {}, t)))),
    h('tbody', {}, ...items.map((item) => itemRow(planId, item, session, open))),
  );
  const group = h(
    'details',
    { class: 'box-group', 'data-box': box },
    h('summary', {}, h('strong', {}, box), h('span', { class: 'hint' }, ` ${items.length} 项，${reported} 项有进展`)),
    cardTable(table),
  );
  keepOpen(planId, box, group);
  return group;
}

/** A 专栏 the user opened stays open when the page is drawn again (after recording, withdrawing or restoring). */
function keepOpen(planId: number, box: string, group: HTMLDetailsElement): void {
  const key = `plantrack.open-boxes.${planId}`;
  const opened = (): string[] => JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[];
  group.open = opened().includes(box);
  group.addEventListener('toggle', () => {
    const others = opened().filter((b) => b !== box);
    sessionStorage.setItem(key, JSON.stringify(group.open ? [...others, box] : others));
  });
}

function itemRow(planId: number, item: BoxItem, session: SessionInfo, open: (item: BoxItem) => void): HTMLElement {
  const latest = item.progress.at(-1);
  const mayWrite = mayWriteHere(session, { planId, indicator: item.key }) || session.user?.role === 'admin';
  return h(
    'tr',
    { 'data-key': item.key },
    h('td', { title: item.text }, item.title ?? item.text.slice(0, 40)),
    h('td', {}, item.department ?? '—'),
    h('td', {}, h('div', {}, latest ? `${latest.milestone}（${latest.date}）${latest.note ? `：${latest.note}` : ''}` : '—',
      latest?.evidenceUrl ? h('a', { href: latest.evidenceUrl, target: '_blank', rel: 'noopener noreferrer' }, ' 佐证') : null,
      progressRecords(item, mayWriteHere(session, { planId, indicator: item.key }), session.user?.role === 'admin'))),
    h('td', {}, mayWrite ? h('button', { type: 'button', class: 'small record', onclick: () => open(item) }, '记录进展') : null),
  );
}

/** One dialog for every item: progress (writers), lead department (admins). */
function progressDialog(planId: number, session: SessionInfo): { element: HTMLDialogElement; open: (item: BoxItem) => void } {
  const isAdmin = session.user?.role === 'admin';
  const heading = h('h2', {});
  const text = h('p', { class: 'hint box-text' });
  const milestone = h(
    'select',
    { name: 'milestone', 'aria-label': '进展' },
    ...milestoneWords.map((m) => h('option', { value: m }, m)),
    isAdmin ? h('option', { value: '' }, '（不记录进展，只改牵头单位）') : null,
  );
  const date = h('input', { name: 'date', type: 'date', 'aria-label': '日期' });
  const note = h('input', { name: 'note', placeholder: '说明' });
  const evidence = h('input', { name: 'evidence', type: 'url', placeholder: '佐证链接 https://…' });
  const department = h('input', { name: 'department', placeholder: '牵头单位' });
  const state = h('p', { class: 'hint' });
  const label = (title: string, input: HTMLElement) => h('label', {}, title, input);
  const form = h(
    'form',
    { method: 'dialog' },
    heading,
    text,
    label('进展', milestone), label('日期', date), label('说明', note), label('佐证', evidence),
    isAdmin ? label('牵头单位', department) : null,
    state,
    h('div', { class: 'dialog-buttons' }, h('button', { type: 'submit' }, '保存'), h('button', { type: 'button', class: 'secondary', onclick: () => element.close() }, '取消')),
  );
  const element = h('dialog', { class: 'box-dialog', 'aria-labelledby': 'box-dialog-title' }, form);
  heading.id = 'box-dialog-title';
  let current: BoxItem | null = null;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!current) return;
    try {
      if (isAdmin && department.value.trim() !== (current.department ?? '')) {
        await api.post(`/api/plans/${planId}/assignments`, { kind: 'box-item', item_id: current.id, department: department.value.trim() });
      }
      if (milestone.value) await api.post(`/api/plans/${planId}/box-progress`, { item_id: current.id, milestone: milestone.value, date: date.value, note: note.value || undefined, evidence_url: evidence.value || undefined });
      element.close();
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (error) {
      showFailure(state, error);
    }
  });
  const open = (item: BoxItem) => {
    current = item;
    heading.textContent = `${item.box} · ${item.title ?? item.text.slice(0, 40)}`;
    text.textContent = item.text;
    date.value = new Date().toISOString().slice(0, 10);
    note.value = evidence.value = '';
    department.value = item.department ?? '';
    showOutcome(state, 'info');
    element.showModal();
  };
  return { element, open };
}

/** Every progress record of an item, withdrawn ones marked, each with 撤回 (writers, with a reason) or 恢复 (admins). */
function progressRecords(item: BoxItem, mayWithdraw: boolean, isAdmin: boolean): HTMLElement | null {
  const records = [...item.progress, ...(item.withdrawn ?? [])].filter((r) => r.id !== undefined);
  if (!records.length || (!mayWithdraw && !isAdmin && !item.withdrawn?.length)) return null;
  return h('ul', { class: 'progress-records' }, ...records.map((r) => h('li', { class: r.withdrawal ? 'withdrawn' : '', 'data-progress': r.id },
    `#${r.id} ${r.milestone}（${r.date}，${r.recordedBy}）`,
    withdrawControl({ kind: 'box-progress', id: r.id!, withdrawal: r.withdrawal, mayWithdraw, isAdmin }))));
}
