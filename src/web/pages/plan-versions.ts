import { api } from '../api.ts';
import { cardTable } from '../card-table.ts';
import { h, message } from '../dom.ts';
import { auditActionLabels, planStateLabels } from '../../domain/index.ts';
import type { AuditEntry, Plan, SessionInfo } from '../../server/api-types.ts';

/** What happened to a version that changed whether it counts. */
const versionActions = new Set(['import', 'reimport', 'confirm', 'withdraw', 'reinstate', 'current-again']);

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/** The versions of one plan: those linked to it by `supersedes`, either way, oldest first. */
export function lineage(plan: Plan, all: readonly Plan[]): Plan[] {
  const ids = new Set([plan.id]);
  for (let size = 0; size !== ids.size; ) {
    size = ids.size;
    for (const p of all) if (p.supersedes !== null && (ids.has(p.id) || ids.has(p.supersedes))) ids.add(p.id).add(p.supersedes);
  }
  return all.filter((p) => ids.has(p.id)).sort((a, b) => a.version - b.version || a.id - b.id);
}

/**
 * 版本记录: each version with its state (现行, 旧版本, 待核对, 已撤回 with who and why), then the
 * withdrawals, restorations and confirmations from the audit log, so a restored version's past shows.
 */
export async function versionsSection(plan: Plan, session: SessionInfo): Promise<HTMLElement | null> {
  const versions = lineage(plan, await api.get<Plan[]>('/api/plans'));
  const events = session.user ? await planEvents(versions).catch((error: Error) => error) : [];
  const shown = events instanceof Error ? [] : events.filter((e) => e.action !== 'import');
  if (versions.length < 2 && !shown.length && !plan.withdrawal) return null;
  return h('section', { class: 'card', id: 'versions' }, h('h2', {}, '版本记录'),
    cardTable(h('table', { class: 'grid' },
      h('thead', {}, h('tr', {}, ...['版本', '文件', '导入', '状态', '说明'].map((t) => h('th', {}, t)))),
      h('tbody', {}, ...versions.map((v) => versionRow(v, plan.id))))),
    events instanceof Error ? message(`无法读取操作留痕：${events.message}`, 'error') : eventList(shown, versions));
}

function versionRow(v: Plan, shownId: number): HTMLElement {
  const why = v.withdrawal ? `${v.withdrawal.reason}（${v.withdrawal.by} ${when(v.withdrawal.at)}）` : v.state === 'draft' ? v.reviewNotes.join('；') || '尚未确认' : '';
  return h('tr', { class: v.state === 'withdrawn' ? 'withdrawn' : '', 'data-plan': v.id },
    h('td', {}, v.id === shownId ? `第 ${v.version} 版（本页）` : h('a', { href: `#/plans/${v.id}` }, `第 ${v.version} 版`)),
    h('td', {}, v.sourceFile), h('td', {}, `${v.importedBy} ${when(v.importedAt)}`),
    h('td', {}, h('span', { class: `badge state-${v.state}` }, planStateLabels[v.state])), h('td', {}, why));
}

async function planEvents(versions: readonly Plan[]): Promise<AuditEntry[]> {
  const ids = new Set(versions.map((v) => String(v.id)));
  const entries = await api.get<AuditEntry[]>('/api/audit?entity=plan&limit=1000');
  return entries.filter((e) => e.entityId !== null && ids.has(e.entityId) && versionActions.has(e.action)).reverse();
}

function eventList(events: readonly AuditEntry[], versions: readonly Plan[]): HTMLElement | null {
  if (!events.length) return null;
  const version = new Map(versions.map((v) => [String(v.id), v.version]));
  const reason = (e: AuditEntry) => {
    const r = (e.newValue as { reason?: unknown } | null)?.reason;
    return typeof r === 'string' ? `：${r}` : '';
  };
  return h('ol', { class: 'version-events' }, ...events.map((e) =>
    h('li', { 'data-action': e.action }, `${when(e.at)} ${e.by} ${auditActionLabels[e.action] ?? e.action} 第 ${version.get(e.entityId ?? '') ?? '?'} 版${reason(e)}`)));
}
