import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { api, q } from './api.ts';
import { h, showFailure, showOutcome } from './dom.ts';
import { number } from './format.ts';
import type { Observation } from '../server/api-types.ts';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

type Observed = Pick<Observation, 'region' | 'indicatorName' | 'value' | 'unit'>;

interface Boundaries {
  readonly type: 'FeatureCollection';
  readonly features: Array<{ properties?: { name?: unknown } | null }>;
}

/** The user's boundary file stays in this browser: no base map is shipped (official maps need approval). */
const storageKey = 'plantrack.boundaries';
const mapName = 'plantrack-user-map';

/** A region map coloured by one indicator's values of the year, on boundaries (GeoJSON) the user supplies. */
export function regionMap(year: number): HTMLElement {
  const file = h('input', { type: 'file', accept: '.json,.geojson,application/geo+json,application/json', 'aria-label': '边界文件（GeoJSON）' });
  // not placed in the page: the button opens it, so the page keeps one file field (规划上传)
  const choose = h('button', { type: 'button', class: 'choose-boundaries', onclick: () => file.click() }, '选择边界文件（GeoJSON）…');
  const indicator = h('select', { 'aria-label': '着色指标', disabled: true }, h('option', { value: '' }, '选择指标'));
  const status = h('p', { class: 'hint' });
  const box = h('div', { class: 'chart', role: 'img', 'aria-label': `${year}年各地区指标分布图`, hidden: true });
  const section = h(
    'section',
    { class: 'card region-map', id: 'region-map' },
    h('h2', {}, `地区分布图（${year}年）`),
    h('div', { class: 'toolbar' }, choose, indicator),
    status,
    box,
  );
  let observed: Observed[] = [];
  const draw = () => {
    const boundaries = storedBoundaries();
    if (!boundaries || !indicator.value) return;
    box.hidden = false;
    drawMap(box, boundaries, observed.filter((o) => o.indicatorName === indicator.value && o.value !== null), indicator.value);
  };
  const start = async () => {
    const boundaries = storedBoundaries();
    if (!boundaries) return showOutcome(status, 'info', '地图底图需经审核，本系统不附带。请上传本地区的边界 GeoJSON 文件（要素属性 name 为地区名），文件只保存在本浏览器中。');
    try {
      observed = await api.get<Observed[]>(`/api/observations?${q({ year })}`);
    } catch (error) {
      return showFailure(status, error);
    }
    const names = [...new Set(observed.filter((o) => o.value !== null).map((o) => o.indicatorName))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    indicator.replaceChildren(h('option', { value: '' }, names.length ? '选择指标' : `${year}年没有数值`), ...names.map((n) => h('option', { value: n }, n)));
    indicator.disabled = !names.length;
    showOutcome(status, 'info', `已载入边界文件（${boundaries.features.length} 个地区）。选择指标后按 ${year} 年数值着色。`);
    if (names.length) (indicator.value = names[0]), draw();
  };
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const problem = keepBoundaries(chosen.name, await chosen.text());
    if (problem) return showOutcome(status, 'error', problem);
    await start();
  });
  indicator.addEventListener('change', draw);
  void start();
  return section;
}

function drawMap(box: HTMLElement, boundaries: Boundaries, values: readonly Observed[], name: string) {
  const names = boundaries.features.map((f) => String(f.properties?.name ?? ''));
  const data = names.flatMap((n) => {
    const hit = values.find((o) => o.region === n || o.region.endsWith(n) || n.endsWith(o.region));
    return hit ? [{ name: n, value: hit.value }] : [];
  });
  const numbers = data.map((d) => d.value as number);
  echarts.registerMap(mapName, boundaries as never);
  const chart = echarts.getInstanceByDom(box) ?? followSize(box, echarts.init(box, undefined, { renderer: 'canvas' }));
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'item', formatter: (p: { name: string; value: number }) => `${p.name}：${Number.isFinite(p.value) ? number(p.value) : '无数据'}` },
    visualMap: { min: Math.min(...numbers, 0), max: Math.max(...numbers, 1), left: 0, bottom: 0, text: ['高', '低'], calculable: true, inRange: { color: ['#dbeafe', '#1d4ed8'] } },
    series: [{ name, type: 'map', map: mapName, roam: true, data, label: { show: true, fontSize: 10 }, itemStyle: { areaColor: '#f1f5f9', borderColor: '#94a3b8' } }],
  }, true);
}

/** Resized with its box; let go once the page is left (a map resized off the page throws). */
function followSize(box: HTMLElement, chart: echarts.ECharts): echarts.ECharts {
  // the page may attach the map later: only a map that was shown and then left is disposed
  let shown = false;
  const observer = new ResizeObserver(() => {
    if (box.isConnected) {
      shown = true;
      return chart.resize();
    }
    if (!shown) return;
    observer.disconnect();
    chart.dispose();
  });
  observer.observe(box);
  return chart;
}

/** null when kept; else why the file cannot be used, naming it. */
function keepBoundaries(fileName: string, text: string): string | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `文件 ${fileName} 不是有效的 JSON`;
  }
  const geo = json as Partial<Boundaries>;
  if (geo?.type !== 'FeatureCollection' || !Array.isArray(geo.features)) return `文件 ${fileName} 不是 GeoJSON 要素集合（FeatureCollection）`;
  if (!geo.features.some((f) => typeof f?.properties?.name === 'string')) return `文件 ${fileName} 的要素没有 name 属性（地区名），无法与监测数据对应`;
  try {
    localStorage.setItem(storageKey, text);
  } catch {
    return `文件 ${fileName} 太大，浏览器无法保存（请简化边界后再试）`;
  }
  return null;
}

function storedBoundaries(): Boundaries | null {
  const text = localStorage.getItem(storageKey);
  return text ? (JSON.parse(text) as Boundaries) : null;
}
