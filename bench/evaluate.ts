// npm run bench:evaluate [-- --series N]
// Indicator-evaluations per second over N synthetic indicator-year series (default 1,000,000: every
// target form and method, 1–5 observed years each), then the time to build the evaluation report for
// the largest seed plan when src/reports exports buildReport. Not part of .ci/run.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { EvaluationMethod, Target, Value } from '../src/domain/index.ts';
import { evaluateIndicator } from '../src/evaluation/index.ts';
import { evaluatePlanDocument } from '../src/services/index.ts';

const { values } = parseArgs({ options: { series: { type: 'string', default: '1000000' } } });
const total = Number(values.series);
const root = join(import.meta.dirname, '..');

/** A small deterministic PRNG (mulberry32) so that runs are comparable. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cell = (value: number | null, extra: Partial<Value> = {}): Value =>
  ({ raw: value === null ? '建成' : String(value), value, comparator: null, cumulative: false, year: null, text: value === null ? '建成' : null, ...extra });

const shapes: Array<(r: () => number) => { target: Target; kind: 'number' | 'word' }> = [
  (r) => ({ kind: 'number', target: { name: '常住人口城镇化率', unit: '%', attribute: 'expected', baseline: cell(50 + 20 * r()), target: cell(70 + 10 * r()), baseYear: 2020, targetYear: 2025 } }),
  (r) => ({ kind: 'number', target: { name: '地区生产总值', unit: '亿元', attribute: 'expected', baseline: cell(500 + 500 * r()), target: cell(1200), baseYear: 2020, targetYear: 2025 } }),
  (r) => ({ kind: 'number', target: { name: 'PM2.5平均浓度', unit: '微克/立方米', attribute: 'binding', baseline: cell(40 + 5 * r()), target: cell(30), baseYear: 2020, targetYear: 2025 } }),
  (r) => ({ kind: 'number', target: { name: '居民人均可支配收入年均增长', unit: '%', attribute: 'expected', baseline: null, target: cell(6 + r()), baseYear: 2020, targetYear: 2025 } }),
  (r) => ({ kind: 'number', target: { name: '实际利用外资', unit: '亿美元', attribute: 'expected', baseline: null, target: cell(20 + 5 * r(), { cumulative: true }), baseYear: 2020, targetYear: 2025 } }),
  () => ({ kind: 'number', target: { name: '林木覆盖率', unit: '%', attribute: 'binding', baseline: cell(26.5), target: cell(26.5, { comparator: 'ge' }), baseYear: 2020, targetYear: 2025 } }),
  () => ({ kind: 'word', target: { name: '综合交通枢纽', unit: null, attribute: null, baseline: null, target: cell(null), baseYear: 2020, targetYear: 2025 } }),
];
const methods: EvaluationMethod[] = ['time-progress', 'cagr-ratio', 'extrapolation'];
const words = ['建成', '推进中', '未开工'];

function series(r: () => number, base: number, kind: 'number' | 'word') {
  const years = 1 + Math.floor(r() * 5);
  return Array.from({ length: years }, (_, i) => ({
    year: 2021 + i, value: kind === 'word' ? null : base * (0.9 + 0.3 * r()), comparator: null,
    milestone: kind === 'word' ? words[Math.floor(r() * 3)] : null, note: null, unit: null,
  }));
}

function benchEvaluations(): void {
  const r = random(42);
  const statuses = new Map<string, number>();
  let years = 0;
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (let i = 0; i < total; i += 1) {
    const { target, kind } = shapes[i % shapes.length](r);
    const observations = series(r, target.baseline?.value ?? target.target.value ?? 5, kind);
    years += observations.length;
    const e = evaluateIndicator({ target, observations, asOf: 2025, method: methods[i % 3] });
    statuses.set(e.status, (statuses.get(e.status) ?? 0) + 1);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(`指标评估：${total.toLocaleString('en')} 个指标序列（${years.toLocaleString('en')} 个年度值，含生成）用时 ${seconds.toFixed(2)} s，` +
    `${Math.round(total / seconds).toLocaleString('en')} 次/秒（按 CPU 时间 ${cpuSeconds.toFixed(2)} s 计 ${Math.round(total / cpuSeconds).toLocaleString('en')} 次/秒）`);
  console.log(`  状态分布：${[...statuses].sort().map(([s, n]) => `${s} ${n}`).join('，')}`);
}

async function benchReport(): Promise<void> {
  const reports = (await import('../src/reports/index.ts').catch(() => ({}))) as Record<string, unknown>;
  if (typeof reports.buildReport !== 'function') {
    console.log('报告：src/reports 未导出 buildReport，跳过');
    return;
  }
  const buildReport = reports.buildReport as (input: object) => unknown;
  const folder = join(root, 'examples', 'plans');
  const largest = readdirSync(folder).filter((f) => f.endsWith('.txt')).map((f) => join(folder, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const started = process.hrtime.bigint();
  const result = await evaluatePlanDocument(largest, { observationsFile: join(root, 'examples', 'data', 'observations.csv') });
  const evaluated = process.hrtime.bigint();
  buildReport({ extract: result.extract, evaluation: result.evaluation, now: new Date('2026-01-01T00:00:00Z') });
  const built = process.hrtime.bigint();
  const ms = (a: bigint, b: bigint) => (Number(b - a) / 1e6).toFixed(1);
  console.log(`报告：最大的示例规划 ${largest.split('/').pop()}（${(statSync(largest).size / 1024).toFixed(0)} KB）` +
    `抽取+评估 ${ms(started, evaluated)} ms，buildReport ${ms(evaluated, built)} ms`);
}

benchEvaluations();
await benchReport();
