import { api } from '../api.ts';
import { h, message, showFailure, showOutcome } from '../dom.ts';
import { milestoneWords } from '../../domain/milestones.ts';
import type { SessionInfo } from '../types.ts';
import { mayWriteHere } from '../may-write.ts';

interface BoxItemView {
  readonly id: number;
  readonly key: string;
  readonly box: string;
  readonly title: string | null;
  readonly text: string;
  readonly line: number;
  readonly department: string | null;
  readonly progress: Array<{ milestone: string; date: string; note: string | null; evidenceUrl: string | null; recordedBy: string }>;
}


/** 专栏 projects of a plan: lead department (admins assign) and progress records (writers add). */
export async function boxesSection(planId: number, session: SessionInfo): Promise<HTMLElement> {
  const items = await api.get<BoxItemView[]>(`/api/plans/${planId}/boxes`).catch((error: Error) => error);
  if (items instanceof Error) return h('section', { class: 'card' }, h('h2', {}, '专栏项目'), message(`无法读取专栏项目：${items.message}`, 'error'));
  if (!items.length) return h('section', { class: 'card' }, h('h2', {}, '专栏项目'), h('p', { class: 'hint' }, '此规划没有识别出专栏项目'));
  const canWrite = mayWriteHere(session, { planId });
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, `专栏项目（${items.length} 项）`),
    h(
      'div',
      { class: 'scroll' },
      h(
        'table',
        { class: 'grid boxes' },
        h('thead', {}, h('tr', {}, ...['专栏', '项目', '牵头单位', '最新进展', canWrite ? '记录进展' : ''].map((t) => h('th', {}, t)))),
        h('tbody', {}, ...items.map((item) => itemRow(planId, item, session))),
      ),
    ),
  );
}

function itemRow(planId: number, item: BoxItemView, session: SessionInfo): HTMLElement {
  const latest = item.progress.at(-1);
  const state = h('span', { class: 'hint' });
  return h(
    'tr',
    {},
    h('td', {}, item.box),
    h('td', { title: item.text }, item.title ?? item.text.slice(0, 40)),
    h('td', {}, session.user?.role === 'admin' ? departmentInput(planId, item, state) : (item.department ?? '—')),
    h('td', {}, latest ? `${latest.milestone}（${latest.date}）${latest.note ? `：${latest.note}` : ''}` : '—', latest?.evidenceUrl ? h('a', { href: latest.evidenceUrl, target: '_blank', rel: 'noopener noreferrer' }, ' 佐证') : null),
    h('td', {}, mayWriteHere(session, { planId, indicator: item.key }) ? progressForm(planId, item, state) : null, state),
  );
}

function departmentInput(planId: number, item: BoxItemView, state: HTMLElement): HTMLElement {
  const input = h('input', { value: item.department ?? '', placeholder: '牵头单位', size: 10, 'aria-label': `${item.key} 牵头单位` });
  input.addEventListener('change', async () => {
    try {
      await api.post(`/api/plans/${planId}/assignments`, { kind: 'box-item', item_id: item.id, department: input.value });
      showOutcome(state, 'ok', '✓');
    } catch (error) {
      showFailure(state, error);
    }
  });
  return input;
}

function progressForm(planId: number, item: BoxItemView, state: HTMLElement): HTMLElement {
  const milestone = h('select', { 'aria-label': '进展' }, ...milestoneWords.map((m) => h('option', { value: m }, m)));
  const date = h('input', { type: 'date', value: new Date().toISOString().slice(0, 10), 'aria-label': '日期' });
  const note = h('input', { placeholder: '说明', size: 8 });
  const evidence = h('input', { type: 'url', placeholder: '佐证链接', size: 10 });
  const form = h('form', { class: 'inline' }, milestone, date, note, evidence, h('button', { type: 'submit', class: 'small' }, '记录'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api.post(`/api/plans/${planId}/box-progress`, { item_id: item.id, milestone: milestone.value, date: date.value, note: note.value || undefined, evidence_url: evidence.value || undefined });
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (error) {
      showFailure(state, error);
    }
  });
  return form;
}
