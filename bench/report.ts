// npm run bench:report
// Time to build the Word, HTML and Markdown report (and the PPTX deck) of each seed plan with the
// example observations: extraction + evaluation, the view model, and each format. The target is
// ≤ 5 s for the Word report of a seed plan; the baseline is the time measured before issue 12
// (12–25 s as a user saw it; 45.6 s wall, 8.9 s CPU for plan 000 through the CLI on a loaded machine).
// Wall time on a machine shared by other jobs overstates the work: the CPU time of the same steps
// (extraction, evaluation, view model, Word) is printed beside it; the first plan also pays for loading the modules. Not part of .ci/run.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocumentReport, renderPlanReport, type ReportFormat } from '../src/services/index.ts';
import { printFigures, type Figure } from './figures.ts';

const root = join(import.meta.dirname, '..');
const plans = readdirSync(join(root, 'examples/plans')).filter((f) => f.endsWith('.txt')).sort();
const observationsFile = join(root, 'examples/data/observations.csv');
const formats: ReportFormat[] = ['docx', 'html', 'md', 'pptx'];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const figures: Figure[] = [];
for (const plan of plans) {
  const started = performance.now();
  let cpu = process.cpuUsage();
  const report = await buildDocumentReport(join(root, 'examples/plans', plan), { observationsFile, now: new Date('2026-01-01T00:00:00Z') });
  const built = performance.now();
  const times: string[] = [];
  let docx = 0;
  for (const format of formats) {
    const before = performance.now();
    await renderPlanReport(report, format);
    const took = performance.now() - before;
    if (format === 'docx') [docx, cpu] = [took, process.cpuUsage(cpu)];
    times.push(`${format} ${seconds(took)}`);
  }
  const total = built - started + docx;
  console.log(`${plan}: 抽取+评估+视图 ${seconds(built - started)}，${times.join('，')}（${report.charts.length}幅图）`);
  figures.push({ label: `${plan} Word 报告`, now: `${seconds(total)}（CPU ${seconds((cpu.user + cpu.system) / 1000)}）`, baseline: plan.startsWith('000') ? '8.9 s CPU（CLI）' : '—', target: '≤ 5 s' });
}
printFigures('评估报告生成时间', figures);
