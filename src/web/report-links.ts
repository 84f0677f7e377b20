import { q } from './api.ts';
import { h } from './dom.ts';

/** The report formats the web offers, as the API names them. */
const formats = [
  { format: 'docx', label: '下载报告（Word）' },
  { format: 'html', label: '在浏览器中查看报告' },
  { format: 'pptx', label: '下载汇报PPT' },
  { format: 'md', label: 'Markdown' },
] as const;

type Format = (typeof formats)[number]['format'];

const reportUrl = (planId: number, format: Format, query: URLSearchParams, typeface: string) =>
  `/api/plans/${planId}/report?${q({ format, method: query.get('method'), asOf: query.get('asOf'), typeface })}`;

/**
 * The report and deck buttons of a plan page. A file is fetched while a progress line says what is
 * being built and for how long, then saved under the server's file name; the HTML report opens in a
 * new tab, which shows a waiting line until the report arrives.
 */
export function reportLinks(planId: number, query: URLSearchParams): HTMLElement {
  const status = h('span', { class: 'report-status', role: 'status', 'aria-live': 'polite' });
  const typeface = h('select', { 'aria-label': '报告字体' }, h('option', { value: 'standard' }, '常规字体'), h('option', { value: 'official' }, '公文字体'));
  const buttons = formats.map(({ format, label }) =>
    h('button', { type: 'button', class: 'button', 'data-format': format, onclick: () => void open(format, label) }, label),
  );
  const open = async (format: Format, label: string) => {
    const url = reportUrl(planId, format, query, typeface.value);
    if (format === 'html') return openInTab(url);
    buttons.forEach((b) => (b.disabled = true));
    const started = Date.now();
    const progress = h('progress', { 'aria-label': `正在生成${label}` });
    const text = h('span', {}, `正在生成${label.replace(/^下载/, '')}…`);
    status.replaceChildren(progress, text);
    const tick = setInterval(() => (text.textContent = `正在生成${label.replace(/^下载/, '')}…已用 ${Math.round((Date.now() - started) / 1000)} 秒`), 1000);
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(((await response.json().catch(() => null)) as { message?: string } | null)?.message ?? `请求失败（${response.status}）`);
      save(await response.blob(), fileNameOf(response) ?? `报告.${format}`);
      status.replaceChildren(`已生成（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
    } catch (error) {
      status.replaceChildren(h('span', { class: 'error' }, `生成失败：${(error as Error).message}`));
    } finally {
      clearInterval(tick);
      buttons.forEach((b) => (b.disabled = false));
    }
  };
  return h('span', { class: 'report-links' }, typeface, ...buttons, status);
}

function openInTab(url: string): void {
  const tab = window.open('', '_blank');
  if (!tab) {
    window.location.href = url;
    return;
  }
  tab.document.title = '正在生成报告…';
  tab.document.body.textContent = '正在生成报告，请稍候…';
  tab.location.href = url;
}

function fileNameOf(response: Response): string | undefined {
  const match = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '');
  return match ? decodeURIComponent(match[1]) : undefined;
}

function save(blob: Blob, name: string): void {
  const link = h('a', { href: '/', download: name });
  link.href = URL.createObjectURL(blob);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
