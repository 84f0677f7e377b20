import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestContext } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { hasLibreOffice, requireSystem } from '../support/system.ts';
import { convertDocxToPdf } from './office.ts';

const root = resolve(import.meta.dirname, '..', '..');
const plan = 'examples/plans/000_6672659702fb4163.txt';
const observations = 'examples/data/observations.csv';

function tempDir(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-report-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const status = await main(['report', ...args], {
    stdout: (text) => { stdout += text; }, stderr: (text) => { stderr += text; }, env, cwd: root, isTTY: false,
  });
  return { status, stdout, stderr };
}

test('report writes the Markdown report of a plan document and says what it wrote', async (t) => {
  const out = join(tempDir(t), '中期评估.md');
  const result = await run([plan, '--observations', observations, '--as-of', '2022', '--format', 'md', '-o', out]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, `已生成中期评估报告：${out}（20项指标，3幅图，评估基准年2022年）\n`);
  const md = readFileSync(out, 'utf8');
  assert.ok(md.startsWith('# 《连云港市“十四五”新型城镇化规划》中期评估报告\n'));
  assert.match(md, /\| 城镇化质量 \| 常住人口城镇化率 \| % \| 61\.52 \| 70 \| 预期性 \| 63\.08（2022年） \| 64\.91（未达到） \| 18\.4% \| 40\.0% \| 相对滞后 \| 黄色预警 \|/);
});

test('report takes the format from the output file and refuses unknown formats and years', async (t) => {
  const dir = tempDir(t);
  const html = await run([plan, '--observations', observations, '--as-of', '2025', '-o', join(dir, 'r.html')]);
  assert.equal(html.status, 0, html.stderr);
  assert.match(readFileSync(join(dir, 'r.html'), 'utf8'), /^<!DOCTYPE html>[\s\S]*总结评估报告/);
  const pdf = await run([plan, '-o', join(dir, 'r.pdf')]);
  assert.deepEqual([pdf.status, pdf.stderr.split('\n')[0]], [2, '用法错误：不支持的报告格式 "pdf"：可用 docx、html、md、pptx']);
  const year = await run([plan, '--as-of', '二〇二二', '-o', join(dir, 'r.md')]);
  assert.equal(year.status, 2);
  assert.match(year.stderr, /--as-of 应为年份（如 2022）/);
  const missingFolder = await run([plan, '--format', 'md', '-o', join(dir, 'no-such-folder', 'r.md')]);
  assert.equal(missingFolder.status, 1);
  assert.match(missingFolder.stderr, /^错误：无法写入报告文件 .*no-such-folder\/r\.md（ENOENT）：请检查目录是否存在/);
  const noOutput = await run([plan]);
  assert.equal(noOutput.status, 2);
  assert.match(noOutput.stderr, /缺少输出文件：加 -o FILE/);
});

test('report on a plan that is neither a file nor stored says where it looked', async (t) => {
  const dir = tempDir(t);
  const result = await run(['不存在的规划', '-o', join(dir, 'r.md'), '--data', join(dir, 'data')]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^错误：找不到规划 "不存在的规划"/);
});

test('the Word report of 连云港 opens in LibreOffice: pages, title, lagging indicator, page numbers', async (t) => {
  if (!requireSystem(t, hasLibreOffice(), 'LibreOffice (apt-get install libreoffice-writer-nogui)')) return;
  const dir = tempDir(t);
  const out = join(dir, 'report.docx');
  const result = await run([plan, '--observations', observations, '--as-of', '2022', '--format', 'docx', '-o', out]);
  assert.equal(result.status, 0, result.stderr);
  const pdf = convertDocxToPdf(t, readFileSync(out));
  assert.ok(pdf.pages > 5, `pages: ${pdf.pages}`);
  const text = pdf.text.replace(/\s+/g, '');
  for (const phrase of ['《连云港市“十四五”新型城镇化规划》中期评估报告', '常住人口城镇化率', '相对滞后', '专栏3-1公共服务领域重点工程', `第2页，共${pdf.pages}页`]) {
    assert.ok(text.includes(phrase), phrase);
  }
  if (process.env.PLANTRACK_KEEP_REPORT_PAGES) {
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '3', '-l', '4', pdf.pdf, join(process.env.PLANTRACK_KEEP_REPORT_PAGES, 'page')]);
    writeFileSync(join(process.env.PLANTRACK_KEEP_REPORT_PAGES, 'report.pdf'), readFileSync(pdf.pdf));
  }
});
