import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestContext } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { hasLibreOffice, requireSystem } from '../support/system.ts';
import { convertDocxToHtml, convertDocxToPdf, tablesOf, textOf } from './office.ts';

// The seed plan 连云港 and its published values, reported and evaluated through the CLI, then opened
// by LibreOffice: what a reader sees must be what `plantrack evaluate --json` judged.
const root = resolve(import.meta.dirname, '..', '..');
const planArgs = ['examples/plans/000_6672659702fb4163.txt', '--observations', 'examples/data/observations.csv', '--as-of', '2023'];

interface JudgedRow {
  readonly name: string;
  readonly status: string;
  readonly label: string;
  readonly latest: { readonly year: number; readonly value: number | null } | null;
  readonly completion: number | null;
  readonly timeProgress: number | null;
  readonly warning: 'red' | 'yellow' | null;
}

async function plantrack(...args: string[]): Promise<string> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: (text) => { stdout += text; }, stderr: (text) => { stderr += text; }, env: {}, cwd: root, isTTY: false,
  });
  assert.equal(status, 0, stderr);
  return stdout;
}

async function reportFile(t: TestContext, name: string, ...extra: string[]): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-office-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  await plantrack('report', ...planArgs, ...extra, '-o', join(dir, name));
  return readFileSync(join(dir, name));
}

const evaluated = async (): Promise<JudgedRow[]> => (JSON.parse(await plantrack('evaluate', ...planArgs, '--json')) as { indicators: JudgedRow[] }).indicators;

/** A printed number: 63.08（2022年） → 63.08, 2022; 18.4% → 18.4; — → null. */
function printed(cell: string): { value: number; year?: number } | null {
  if (cell === '—') return null;
  const match = /^(-?\d+(?:\.\d+)?)%?(?:（(\d{4})年）)?$/.exec(cell);
  assert.ok(match, `a number in "${cell}"`);
  return { value: Number(match[1]), year: match[2] ? Number(match[2]) : undefined };
}

const close = (cell: string, expected: number | null, digits: number, what: string) => {
  const found = printed(cell);
  if (expected === null) return assert.equal(found, null, `${what}: ${cell}`);
  assert.ok(found && Math.abs(found.value - expected) <= 0.5 * 10 ** -digits + 1e-9, `${what}: printed ${cell}, evaluated ${expected}`);
};

test('the Word report opened by LibreOffice: a 目录 index linked to every heading', { timeout: 300_000 }, async (t) => {
  if (!requireSystem(t, hasLibreOffice(), 'LibreOffice (apt-get install libreoffice-writer-nogui)')) return;
  const html = convertDocxToHtml(t, await reportFile(t, 'report.docx'));
  const toc = /<div id="Table of Contents\d*"[\s\S]*?<\/div>/.exec(html);
  assert.ok(toc, 'LibreOffice reads the 目录 as a table-of-contents index, not as typed text');
  const entries = [...toc[0].matchAll(/<a href="#(_Toc\d+)">([\s\S]*?)<\/a>/g)].map(([, anchor, text]) => [anchor, textOf(text).replace(/\d+$/, '')]);
  const headings = [...html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map(([, inner]) => [/name="(_Toc\d+)"/.exec(inner)?.[1], textOf(inner)]);
  assert.deepEqual(entries, headings, 'one entry per chapter, each pointing at its heading');
  assert.deepEqual(entries.map(([, text]) => text).slice(0, 3), ['一、总体评估', '二、主要指标进展情况', '三、滞后及约束性指标差距分析']);
  assert.ok(entries.some(([, text]) => text === '附录一评估方法与判断标准'), entries.join('\n'));
});

test('the Word report opened by LibreOffice: the indicator table equals evaluate --json; charts only for indicators with data', { timeout: 300_000 }, async (t) => {
  if (!requireSystem(t, hasLibreOffice(), 'LibreOffice (apt-get install libreoffice-writer-nogui)')) return;
  const [rows, docx] = await Promise.all([evaluated(), reportFile(t, 'report.docx')]);
  const html = convertDocxToHtml(t, docx);
  const table = tablesOf(html).find((rows) => rows[0].includes('完成进度') && rows[0].includes('时序进度'));
  assert.ok(table, 'the indicator table is a real table');
  const column = (name: string) => table[0].indexOf(name);
  const body = table.slice(1);
  assert.deepEqual(body.map((r) => r[column('指标')]), rows.map((r) => r.name.replace(/\s+/g, '')), 'every evaluated indicator, in order');
  const warnings = { red: '红色预警', yellow: '黄色预警' };
  rows.forEach((row, i) => {
    const cells = body[i];
    const latest = printed(cells[column('最新值')]);
    assert.deepEqual(latest && latest.year, row.latest?.value == null ? null : row.latest.year, `${row.name}: year of the latest value`);
    close(cells[column('最新值')], row.latest?.value ?? null, 2, `${row.name} 最新值`);
    close(cells[column('完成进度')], row.completion === null ? null : row.completion * 100, 1, `${row.name} 完成进度`);
    close(cells[column('时序进度')], row.timeProgress === null ? null : row.timeProgress * 100, 1, `${row.name} 时序进度`);
    assert.equal(cells[column('评估状态')], row.label, row.name);
    assert.equal(cells[column('预警')], row.warning ? warnings[row.warning] : '', row.name);
  });

  const chapter = /六、指标走势[\s\S]*?(?=<h1)/.exec(html.slice(html.indexOf('<h1')))?.[0] ?? '';
  const captions = [...textOf(chapter).matchAll(/图\d+(.+?)（[^）]*）/g)].map(([, name]) => name);
  const observed = rows.filter((r) => r.latest?.value != null).map((r) => r.name.replace(/\s+/g, ''));
  assert.deepEqual(captions, observed, 'a chart for each indicator with a value, none for the others');
  assert.equal(chapter.match(/<img /g)?.length, captions.length, 'each caption under a drawn chart');
  assert.ok(rows.some((r) => r.latest?.value == null), 'the plan has indicators without data, so the check means something');
});

test('the briefing deck opened by LibreOffice: title, overall status, one slide per lagging or warned indicator, next steps', { timeout: 300_000 }, async (t) => {
  if (!requireSystem(t, hasLibreOffice(), 'LibreOffice (apt-get install libreoffice-impress-nogui)')) return;
  const [rows, pptx] = await Promise.all([evaluated(), reportFile(t, 'deck.pptx', '--prepared-by', '连云港市发展和改革委员会')]);
  const pdf = convertDocxToPdf(t, pptx, 'pptx');
  const slides = execFileSync('pdftotext', [pdf.pdf, '-'], { encoding: 'utf8' }).split('\f').map((s) => s.replace(/\s+/g, '')).filter(Boolean);
  const flagged = rows.filter((r) => ['lagging', 'regressing', 'not-achieved'].includes(r.status) || r.warning !== null);
  assert.ok(flagged.length >= 2, 'the seed plan has lagging and warned indicators');
  assert.equal(slides.length, 3 + flagged.length, slides.map((s) => s.slice(0, 30)).join('\n'));
  assert.ok(slides[0].startsWith('《连云港市“十四五”新型城镇化规划》中期评估报告'), slides[0]);
  assert.ok(slides[0].includes('连云港市发展和改革委员会'));
  assert.ok(slides[1].startsWith('总体评估') && slides[1].includes('指标评估状态（共20项）'), slides[1]);
  flagged.forEach((row, i) => {
    const slide = slides[2 + i];
    assert.ok(slide.startsWith(`${row.name}：${row.label}`), slide);
    assert.ok(slide.includes('判断依据'), slide);
    if (row.latest?.value != null) assert.ok(slide.includes('规划路径') && slide.includes('实际'), `${row.name}: its chart with a legend`);
  });
  assert.ok(slides.at(-1)!.startsWith('下一步建议') && slides.at(-1)!.includes('【初稿，请核改】'), slides.at(-1));
});
