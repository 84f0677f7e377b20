import { api, q, RequestFailed } from '../api.ts';
import { indicatorChart } from '../chart.ts';
import { h, message, mount, showFailure, showOutcome } from '../dom.ts';
import { attributeLabel, number, printed } from '../format.ts';
import { checkTypedValue, postObservation, revisionNotice } from '../observation-entry.ts';
import { revisionTable } from './revisions.ts';
import type { PageContext } from '../main.ts';
import { mayWriteHere } from '../may-write.ts';
import type { Correction, Observation, ObservationHistory, Plan, PlanEvaluation, PlanIndicator, PlanIndicators, PlanLine } from '../../server/api-types.ts';
import { progressBar, refusalOnly } from './plan.ts';
import { withdrawControl } from '../withdraw-control.ts';
import { correctionFieldLabel } from '../../domain/correction-labels.ts';
import { exportLinks } from '../export-links.ts';
import { fetchSuccession, indicatorPeriods } from './periods.ts';
import { catalogCard } from '../catalog-card.ts';
import { cardTable } from '../card-table.ts';

/** One indicator: chart, the table row as printed, why it has its status, value history, entry and correction. */
export async function indicatorPage(ctx: PageContext): Promise<void> {
  const [planRef, ref] = [ctx.params[0], decodeURIComponent(ctx.params[1])];
  const base = `/api/plans/${encodeURIComponent(planRef)}`;
  const [{ plan, indicators }, evaluation] = await Promise.all([
    api.get<PlanIndicators>(`${base}/indicators`),
    api.get<PlanEvaluation>(`${base}/evaluation`).catch(refusalOnly),
  ]);
  const row = rowOf(indicators, ref);
  if (!row) return void mount(message(`规划中没有指标“${ref}”`, 'error'));
  if (String(row.id) !== ref) return void location.replace(`#/plans/${plan.id}/indicators/${row.id}`);
  const name = row.name;
  const judged = 'indicators' in evaluation ? evaluation.indicators.find((i) => i.id === row.id) : undefined;
  const completed = 'completion' in evaluation ? evaluation.completion.find((c) => c.id === row.id) : undefined;
  const region = plan.regionFullName ?? plan.region ?? '';
  // a part that cannot be read is said in red at the top; the rest of the page still shows
  const failures: string[] = [];
  const failed = <T>(what: string, empty: T) => (error: Error) => (failures.push(`${what}：${error.message}`), empty);
  const history = region ? await api.get<Observation[]>(`/api/observations?${q({ region, indicator: name })}`).catch(failed('监测数据', [] as Observation[])) : [];
  // withdrawn values too: the entry form must know their version, an admin may restore them
  // 404 is the answer for an indicator without values yet: nothing to revise, not a failure
  const noValues = (error: Error) => (error instanceof RequestFailed && error.status === 404 ? [] : failed('修订记录', [] as ObservationHistory[])(error));
  const revisions = region ? await api.get<ObservationHistory[]>(`/api/observations/history?${q({ region, indicator: name })}`).catch(noValues) : [];
  const stored = revisions.map((r) => r.current);
  const control = (o: Observation) => withdrawControl({
    kind: 'observation', id: o.id, withdrawal: o.withdrawal, isAdmin: ctx.session.user?.role === 'admin',
    mayWithdraw: mayWriteHere(ctx.session, { regionId: plan.regionId, indicator: row.name }),
  });
  const source = await api.get<PlanLine[]>(`${base}/text?${q({ from: Math.max(1, row.line - 1), to: row.line + 5 })}`).catch(failed('原文', [] as PlanLine[]));
  const periods = indicatorPeriods(await fetchSuccession(plan.id), row.id);
  const definition = await catalogCard(row.catalogId);
  const actuals = history.filter((o) => o.value !== null).map((o) => [o.year, o.value!] as [number, number]).sort((a, b) => a[0] - b[0]);
  mount(
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, '总览'), ' › ', h('a', { href: `#/plans/${plan.id}` }, plan.title ?? plan.sourceFile)),
    failures.length ? message(`部分内容未能读取（${failures.join('；')}）`, 'error') : null,
    h('h1', {}, name, ' ', judged ? h('span', { class: `badge status-${judged.status}`, id: 'status' }, judged.label) : null,
      completed ? h('span', { class: `badge status-${completed.status}`, id: 'status' }, completed.label) : null),
    judgedRow(row),
    h(
      'div',
      { class: 'two' },
      h(
        'section',
        { class: 'card' },
        h('h2', {}, '目标路径与实际值'),
        judged ? indicatorChart(judged, actuals) : message(completed ? `完成情况表的行：目标 ${completed.target.raw}，实际 ${completed.actual?.raw ?? '—'}，${completed.label}` : '此指标未参与评估'),
        judged ? progressBar(judged.completion, judged.timeProgress) : null,
        judged ? h('p', { class: 'explanation' }, judged.explanation) : null,
        judged?.forecast ? h('p', {}, `期末预测值 ${number(judged.forecast.value)}，${judged.forecast.outcome === 'likely' ? '有望完成' : judged.forecast.outcome === 'at-risk' ? '存在风险' : '难以完成'}`) : null,
      ),
      h(
        'section',
        { class: 'card' },
        h('h2', {}, '规划原文'),
        h('dl', { class: 'facts' }, ...fact('单位', row.unit ?? '—'), ...fact('基期值', printed(row.baseline)), ...fact('目标值', printed(row.target)), ...fact('属性', attributeLabel(row.attribute, row.attributeRaw)), ...fact('表', row.table ?? '—')),
        source.length ? h('pre', { class: 'source' }, ...source.map((l) => h('span', { class: l.line === row.line ? 'hit' : '' }, `${l.line}│${l.text}\n`))) : h('p', { class: 'hint' }, `原文第 ${row.line} 行`),
        h('a', { href: `#/plans/${plan.id}/reader?line=${row.line}` }, '在原文中查看'),
      ),
    ),
    definition,
    periods,
    h('section', { class: 'card', id: 'values' }, h('h2', {}, '历年数值与来源'), historyTable(stored, control), stored.length ? exportLinks('/api/observations/export', { region, indicator: name }) : null),
    h('section', { class: 'card', id: 'revisions' }, h('h2', {}, '修订记录'), revisionTable(revisions)),
    mayWriteHere(ctx.session, { regionId: plan.regionId, indicator: row.name }) ? entryForm(region, row, judged?.latest?.year, stored) : null,
    correctionsSection(await rowCorrections(base, row).catch(failed('更正记录', [] as Correction[])), (c) => withdrawControl({
      kind: 'correction', id: c.id, withdrawal: c.withdrawal, isAdmin: ctx.session.user?.role === 'admin',
      mayWithdraw: mayWriteHere(ctx.session, { planId: plan.id, regionId: plan.regionId, indicator: row.name }),
    })),
    mayWriteHere(ctx.session, { planId: plan.id, regionId: plan.regionId, indicator: row.name }) ? correctionForm(plan.id, row) : null,
    ctx.session.user?.role === 'admin' ? departmentForm(plan.id, row) : null,
  );
}

/** The corrections made on this row (its table, its name as read or now), withdrawn ones too. */
async function rowCorrections(base: string, row: PlanIndicator): Promise<Correction[]> {
  const all = await api.get<Correction[]>(`${base}/corrections`);
  const names = new Set([row.name, row.sourceName]);
  return all.filter((c) => (c.tableCaption ?? '') === (row.table ?? '') && names.has(c.rowName));
}

/** 更正记录: each correction of this row with 撤回 (writers, with a reason) or, once withdrawn, who and why and 恢复 (admins). */
function correctionsSection(corrections: readonly Correction[], control: (c: Correction) => HTMLElement | null): HTMLElement | null {
  if (!corrections.length) return null;
  return h('section', { class: 'card', id: 'corrections' }, h('h2', {}, '更正记录'), h('div', { class: 'scroll' }, cardTable(h(
    'table',
    { class: 'grid' },
    h('thead', {}, h('tr', {}, ...['编号', '字段', '原值', '更正为', '原因', '更正人', ''].map((t) => h('th', {}, t)))),
    h('tbody', {}, ...corrections.map((c) => h('tr', { class: c.withdrawal ? 'withdrawn' : '', 'data-correction': c.id },
      h('td', {}, `#${c.id}`), h('td', {}, correctionFieldLabel(c.field)), h('td', {}, c.oldValue ?? '—'), h('td', {}, c.newValue),
      h('td', {}, c.reason ?? ''), h('td', {}, `${c.correctedBy} ${c.correctedAt.slice(0, 10)}`), h('td', {}, control(c))))),
  ))));
}

const fact = (term: string, value: string) => [h('dt', {}, term), h('dd', {}, value)];

/** The row a link names: its id; an old link by name goes to the targets row of that name (then by id). */
function rowOf(indicators: readonly PlanIndicator[], ref: string): PlanIndicator | undefined {
  if (/^\d+$/.test(ref)) return indicators.find((i) => i.id === Number(ref));
  const named = indicators.filter((i) => i.name === ref);
  return named.find((i) => i.tableKind !== 'completion') ?? named[0];
}

/** Which printed row this page judges: two tables may print the same name, so the table, row and line say which. */
function judgedRow(row: PlanIndicator): HTMLElement {
  const kind = row.tableKind === 'completion' ? '（完成情况表）' : '';
  return h('p', { class: 'judged-row hint', id: 'judged-row' },
    `所评估的行：${row.table ?? '无表名'}${kind}`, row.rowNumber !== null ? ` · 第 ${row.rowNumber} 行（序号）` : '', ` · 原文第 ${row.line} 行 · 编号 ${row.id}`);
}

/** Each year's value (a withdrawn one marked, with who withdrew it and why) and its 撤回 / 恢复. */
function historyTable(history: Observation[], control: (o: Observation) => HTMLElement | null): HTMLElement {
  if (!history.length) return h('p', { class: 'hint' }, '尚无监测数据');
  return cardTable(h(
    'table',
    { class: 'grid' },
    h('thead', {}, h('tr', {}, ...['年份', '数值', '说明', '来源', '录入人', ''].map((t) => h('th', {}, t)))),
    h(
      'tbody',
      {},
      ...[...history].sort((a, b) => b.year - a.year).map((o) =>
        h(
          'tr',
          { class: o.withdrawal ? 'withdrawn' : '' },
          h('td', {}, o.year),
          h('td', {}, o.milestone ?? number(o.value)),
          h('td', {}, o.note ?? ''),
          h('td', {}, o.sourceUrl ? h('a', { href: o.sourceUrl, target: '_blank', rel: 'noopener noreferrer' }, o.sourceTitle ?? o.sourceUrl) : (o.sourceTitle ?? '')),
          h('td', {}, o.enteredBy ?? ''),
          h('td', {}, control(o)),
        ),
      ),
    ),
  ));
}

function entryForm(region: string, row: PlanIndicator, lastYear: number | undefined, history: Observation[]): HTMLElement {
  const year = h('input', { name: 'year', type: 'number', min: 2000, max: 2100, value: (lastYear ?? new Date().getFullYear() - 1) + 1, required: true });
  const value = h('input', { name: 'value', inputmode: 'decimal', placeholder: row.unit ?? '', required: true, 'aria-label': '数值' });
  const note = h('input', { name: 'note', placeholder: '说明（预计、修订…）' });
  const sourceTitle = h('input', { name: 'source_title', placeholder: '来源（统计公报…）', 'aria-label': '来源标题' });
  const sourceUrl = h('input', { name: 'source_url', type: 'url', placeholder: '来源网址 https://…', 'aria-label': '来源网址' });
  const notice = h('span', { class: 'notice', id: 'revision-notice', 'aria-live': 'polite' });
  const status = h('span', { class: 'hint', 'aria-live': 'polite' });
  const stored = () => history.find((o) => o.year === Number(year.value));
  const showNotice = () => void (notice.textContent = revisionNotice(stored() as Parameters<typeof revisionNotice>[0]));
  year.addEventListener('input', showNotice);
  showNotice();
  value.addEventListener('input', () => {
    const check = checkTypedValue(value.value, row.name, row.unit);
    if (check.ok || value.value === '') showOutcome(status, 'info');
    else showOutcome(status, 'error', check.message);
    value.classList.toggle('invalid', !check.ok && value.value !== '');
  });
  const form = h('form', { class: 'card inline', id: 'entry' }, h('strong', {}, '录入年度值'), year, value, note, sourceTitle, sourceUrl, h('button', { type: 'submit' }, '保存'), notice, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const check = checkTypedValue(value.value, row.name, row.unit);
    if (!check.ok) return showOutcome(status, 'error', check.message);
    const body = {
      region, indicator: row.name, year: Number(year.value), value: check.value, expected_version: stored()?.version ?? 0,
      note: note.value || undefined, source_title: sourceTitle.value || undefined, source_url: sourceUrl.value || undefined,
    };
    await postObservation(body, status, () => window.dispatchEvent(new HashChangeEvent('hashchange')));
  });
  return form;
}

function correctionForm(planId: number, row: PlanIndicator): HTMLElement {
  const fields: Array<[string, string]> = [['target', '目标值'], ['baseline', '基期值'], ['name', '名称'], ['unit', '单位'], ['category', '类别'], ['attribute', '属性']];
  const field = h('select', { name: 'field' }, ...fields.map(([v, t]) => h('option', { value: v }, t)));
  const value = h('input', { name: 'value', required: true, placeholder: '正确的值（按原文）' });
  const reason = h('input', { name: 'reason', placeholder: '原因' });
  const status = h('span', { class: 'hint' });
  const form = h('form', { class: 'card inline' }, h('strong', {}, '更正抽取错误'), field, value, reason, h('button', { type: 'submit' }, '更正'), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api.post(`/api/plans/${planId}/corrections`, { table: row.table ?? undefined, row: row.name, field: field.value, value: value.value, reason: reason.value || undefined });
      showOutcome(status, 'ok', '已更正（已留痕，重新导入后保留）');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (error) {
      showFailure(status, error);
    }
  });
  return form;
}

/** 牵头单位 of this indicator in this plan (overrides the catalogue's department). */
function departmentForm(planId: number, row: PlanIndicator): HTMLElement {
  const department = h('input', { name: 'department', required: true, placeholder: '如 市统计局' });
  const status = h('span', { class: 'hint' });
  const form = h('form', { class: 'card inline' }, h('strong', {}, '牵头单位'), department, h('button', { type: 'submit' }, '指定'), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api.post(`/api/plans/${planId}/assignments`, { kind: 'indicator', item_id: row.id, department: department.value });
      showOutcome(status, 'ok', `已指定 ${department.value} 为牵头单位`);
    } catch (error) {
      showFailure(status, error);
    }
  });
  return form;
}
