import { api, q } from '../api.ts';
import { append, h, message, mount } from '../dom.ts';
import type { PageContext } from '../main.ts';
import type { Plan, UploadReport, UploadRow } from '../../server/api-types.ts';

const statusText: Record<UploadRow['status'], string> = { accepted: '可导入', warning: '需确认', refused: '被拒绝' };

/** Excel 填报: download the 填报表 for chosen years, upload it filled, read the row-by-row report, then confirm. */
export async function excelPage(ctx: PageContext): Promise<void> {
  const plan = await api.get<Plan>(`/api/plans/${encodeURIComponent(ctx.params[0])}`);
  const year = (name: string, value: number | null) => h('input', { type: 'number', name, value: value ?? '', min: 1949, max: 2100, 'aria-label': name === 'from' ? '起始年' : '结束年', class: 'year' });
  const from = year('from', plan.periodStart);
  const to = year('to', plan.periodEnd);
  const download = h('a', { class: 'button', id: 'template-download', download: '' }, '下载填报表');
  const setHref = () => { download.setAttribute('href', `/api/plans/${plan.id}/template?${q({ from: from.value, to: to.value })}`); };
  from.addEventListener('input', setHref);
  to.addEventListener('input', setHref);
  setHref();
  const file = h('input', { type: 'file', name: 'file', accept: '.xlsx,.csv', 'aria-label': '填好的文件' });
  const report = h('section', { id: 'upload-report', 'aria-live': 'polite' });
  const check = h('button', { type: 'submit' }, '检查');
  const form = h('form', { class: 'card' }, h('h2', {}, '2. 上传填好的文件'), h('p', { class: 'hint' }, '接受填报表（.xlsx）或监测数据 CSV/XLSX（列 region、indicator、year、value …）。先逐行检查，确认后才存储。'), file, ' ', check);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = file.files?.[0];
    if (!chosen) return void report.replaceChildren(message('请先选择文件', 'error'));
    void send(chosen, 'preview').then((result) => showReport(report, result, plan.id, () => send(chosen, 'store')), (error: Error) => report.replaceChildren(message(error.message, 'error')));
  });
  mount(
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, '总览'), ' › ', h('a', { href: `#/plans/${plan.id}` }, plan.title ?? plan.sourceFile)),
    h('h1', {}, 'Excel 填报'),
    h('section', { class: 'card' }, h('h2', {}, '1. 下载填报表'), h('p', { class: 'hint' }, '指标为行、年份为列；只有黄色的年份单元格可填。已有数值一并列出，修改即为修订。'),
      h('label', {}, '从 ', from), ' ', h('label', {}, '到 ', to), ' 年 ', download),
    form,
    report,
  );
}

function send(file: File, mode: 'preview' | 'store'): Promise<UploadReport> {
  const body = new FormData();
  body.append('file', file);
  return api.post<UploadReport>(`/api/observations/upload?${q({ mode })}`, body);
}

function showReport(target: HTMLElement, result: UploadReport, planId: number, store: () => Promise<UploadReport>): void {
  const { accepted, warning, refused } = result.counts;
  const confirm = h('button', { type: 'button', id: 'confirm-upload', disabled: accepted + warning === 0 }, `确认导入 ${accepted + warning} 行${refused ? `（跳过 ${refused} 行被拒绝的）` : ''}`);
  confirm.addEventListener('click', () => {
    confirm.setAttribute('disabled', '');
    void store().then(
      (stored) => target.replaceChildren(
        message(`已导入 ${stored.file}：新增 ${stored.created}，修订 ${stored.revised}，未变 ${stored.unchanged}${refused ? `，跳过被拒绝的 ${refused} 行` : ''}。`, 'ok'),
        h('a', { class: 'button', href: `#/plans/${planId}` }, '返回规划查看'),
      ),
      (error: Error) => target.append(message(error.message, 'error')),
    );
  });
  target.replaceChildren();
  append(
    target,
    h('h2', {}, `检查结果：${result.file}`),
    h('p', {}, `可导入 ${accepted} 行，需确认 ${warning} 行，被拒绝 ${refused} 行。尚未存储任何数据。`),
    result.unplanned.length ? h('p', { class: 'hint' }, `规划中没有的指标（仍会保存）：${result.unplanned.map((u) => u.indicator).join('、')}`) : null,
    h('div', { class: 'scroll' }, h('table', { class: 'grid upload-report' },
      h('thead', {}, h('tr', {}, ...['行', '地区', '指标', '数值', '结果', '原因'].map((t) => h('th', {}, t)))),
      h('tbody', {}, ...result.rows.map(reportRow)))),
    warning ? h('p', { class: 'hint' }, '“需确认”的数值与上年相比跳变过大或远超目标：核实无误再确认。') : null,
    confirm,
  );
}

function reportRow(row: UploadRow): HTMLElement {
  return h(
    'tr',
    { class: `upload-${row.status}`, 'data-row': row.row },
    h('td', {}, row.row),
    h('td', {}, row.region ?? ''),
    h('td', {}, row.indicator ?? ''),
    h('td', {}, row.values.map((v) => `${v.year}：${v.value}`).join('；')),
    h('td', {}, h('span', { class: `badge upload-${row.status}` }, statusText[row.status])),
    h('td', {}, row.reasons.map((r) => r.reason).join('；')),
  );
}
