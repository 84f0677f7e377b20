import { carriedLabels, regionLevelLabels, type RegionLevel } from '../domain/index.ts';
import { api } from './api.ts';
import { h, showFailure, showOutcome } from './dom.ts';
import { addRowForm, rereadForm } from './import-preview-forms.ts';
import { carriedList, issueList, tableGrid, tableSpans, type Change, type Look } from './import-preview-table.ts';
import type { PlanPreview, PlanPreviewAnswer as Answer, PreviewEdit } from '../server/api-types.ts';

type Confirmed = { planId: number | null; state?: string | null };

/**
 * The editable preview of an uploaded plan: every change goes to the server, which answers the preview
 * as it would be stored; 确认导入 stores it with each change kept as a correction.
 */
export function importPreview(answer: Answer, done: (result: Confirmed) => void): HTMLElement {
  const edits: PreviewEdit[] = [];
  const root = h('section', { class: 'card import-preview' });
  const status = h('p', { class: 'hint' });
  const change: Change = async (edit) => {
    edits.push(edit);
    showOutcome(status, 'info', '正在重新读取…');
    try {
      answer = await api.post<Answer>(`/api/plans/preview/${answer.token}`, { edits });
      render();
    } catch (error) {
      edits.pop();
      showFailure(status, error);
    }
  };
  const confirm = async (draft: boolean) => {
    showOutcome(status, 'info', '存储中…');
    try {
      done(await api.post<Confirmed>('/api/plans/confirm', { token: answer.token, edits, draft }));
    } catch (error) {
      showFailure(status, error);
    }
  };
  const render = () => {
    const p = answer.preview;
    const reread = rereadForm(answer.token, p.lines, change);
    root.replaceChildren(
      h('h2', {}, `预览：${p.file}`),
      h('p', { class: 'hint' }, `尚未存储（${p.format}，原文 ${p.lines} 行）。改动 ${edits.length} 处，确认后每处作为更正留痕。`),
      metaForm(p, change),
      notes(p, reread.look),
      ...p.tables.map((t) => tableGrid(p, t, change, reread.look)),
      contents(p),
      addRowForm(p, change),
      reread.element,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'confirm-import', onclick: () => void confirm(false) }, '确认导入'),
        h('button', { type: 'button', class: 'secondary save-draft', onclick: () => void confirm(true) }, '存为待核对'),
      ),
      status,
    );
  };
  render();
  return root;
}

function metaForm(p: PlanPreview, change: Change): HTMLElement {
  const m = p.plan;
  const field = (label: string, name: 'title' | 'region' | 'period' | 'baseYear', value: string, placeholder: string) =>
    h('label', { class: `meta-${name}` }, label, h('input', { name: `meta-${name}`, value, placeholder, onchange: (e: Event) => void change({ kind: 'meta', field: name, value: (e.target as HTMLInputElement).value }) }));
  const shown = (label: string, value: string) => h('label', {}, label, h('output', {}, value));
  const level = m.regionLevel ? regionLevelLabels[m.regionLevel as RegionLevel] ?? m.regionLevel : '未识别';
  return h('div', { class: 'preview-meta' },
    field('标题', 'title', m.title ?? '', '未读到标题'),
    field('地区', 'region', m.region ?? '', '未读到地区'),
    shown('级别', level),
    shown('上级地区', m.parentRegion ?? '无'),
    field('规划期', 'period', m.period ? `${m.period.start}—${m.period.end}` : '', '如 2021—2025'),
    field('基期年', 'baseYear', m.baseYear === null ? '' : String(m.baseYear), '如 2020'),
    p.previous ? h('p', { class: 'hint previous' }, p.previous.sameFile ? `此文件已存储为 #${p.previous.id}（第 ${p.previous.version} 版）` : `将作为「${p.previous.title ?? p.previous.region ?? ''}」#${p.previous.id}（第 ${p.previous.version} 版）的新版本${p.carried.length ? '；上一版的更正见下' : ''}`) : null,
  );
}

/** What holds for the whole reading: draft or not, issues outside every table, corrections of the previous version not tied to a table shown. */
function notes(p: PlanPreview, look: Look): HTMLElement {
  const inTable = tableSpans(p);
  const loose = p.issues.filter((i) => !inTable(i.line));
  const shownTables = new Set(p.tables.map((t) => t.caption));
  const looseCarried = p.carried.filter((c) => !shownTables.has(c.table));
  const [kept, lost] = [p.carried.filter((c) => c.status === 'carried').length, p.carried.filter((c) => c.status === 'unmatched').length];
  return h('div', { class: 'preview-notes' },
    p.reviewNotes.length ? h('p', { class: 'message error', role: 'alert' }, `确认后仍为待核对：${p.reviewNotes.join('；')}`) : h('p', { class: 'message ok' }, '读取完整：确认后即计入总览'),
    p.carried.length ? h('p', { class: lost ? 'message error' : 'message ok' }, `上一版的更正 ${p.carried.length} 处：${kept} 处${carriedLabels.carried}${lost ? `，${lost} 处${carriedLabels.unmatched}` : ''}`) : null,
    loose.length ? issueList(loose, look) : null,
    looseCarried.length ? carriedList(looseCarried) : null,
  );
}

/** Text targets and 专栏 as read, each with its line. */
function contents(p: PlanPreview): HTMLElement {
  const items = p.boxes.reduce((n, b) => n + b.items, 0);
  return h('div', { class: 'preview-contents' },
    h('details', { open: p.textTargets.length <= 12 },
      h('summary', {}, `文本目标 ${p.textTargets.length} 项`),
      p.textTargets.length
        ? h('ul', {}, ...p.textTargets.map((t) => h('li', {}, h('strong', {}, t.indicator), `：${t.year ? `${t.year} 年 ` : ''}${t.target.raw}`, h('span', { class: 'hint' }, `（第 ${t.line} 行）`))))
        : h('p', { class: 'hint' }, '正文中未读到带数值的目标'),
    ),
    h('details', { open: p.boxes.length <= 12 },
      h('summary', {}, `专栏 ${p.boxes.length} 个（共 ${items} 项）`),
      p.boxes.length
        ? h('ul', {}, ...p.boxes.map((b) => h('li', {}, `${b.title}：${b.items} 项`, h('span', { class: 'hint' }, `（第 ${b.line} 行）`))))
        : h('p', { class: 'hint' }, '未读到专栏'),
    ),
  );
}
