import { h } from './dom.ts';

export interface ChartSeries {
  readonly name: string;
  readonly points: ReadonlyArray<readonly [number, number]>;
}

/** 下载图表（PNG）and 下载数据（CSV）under a chart: the picture as drawn, the numbers by year. */
export function chartDownloads(title: string, unit: string | null, series: readonly ChartSeries[], png: () => string | null): HTMLElement {
  const name = title.replace(/[\\/:*?"<>|]/g, '');
  const image = h('button', { type: 'button', class: 'small download-png' }, '下载图表（PNG）');
  image.addEventListener('click', () => {
    const url = png();
    if (url) save(url, `${name}.png`);
  });
  const data = h('button', { type: 'button', class: 'small download-csv' }, '下载数据（CSV）');
  data.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob(['\uFEFF', chartCsv(unit, series)], { type: 'text/csv;charset=utf-8' }));
    save(url, `${name}.csv`);
    setTimeout(() => URL.revokeObjectURL(url), 0);
  });
  return h('p', { class: 'chart-downloads' }, image, ' ', data);
}

/** One row per year, one column per series (单位 in the header); empty where a series has no point. */
export function chartCsv(unit: string | null, series: readonly ChartSeries[]): string {
  const shown = series.filter((s) => s.points.length);
  const years = [...new Set(shown.flatMap((s) => s.points.map((p) => p[0])))].sort((a, b) => a - b);
  const head = ['年份', ...shown.map((s) => (unit ? `${s.name}（${unit}）` : s.name))];
  const rows = years.map((y) => [String(y), ...shown.map((s) => String(s.points.find((p) => p[0] === y)?.[1] ?? ''))]);
  return [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

function save(url: string, fileName: string) {
  const link = h('a', { download: fileName });
  link.href = url;
  document.body.append(link);
  link.click();
  link.remove();
}
