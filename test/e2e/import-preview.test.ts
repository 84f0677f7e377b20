import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { findLibreOffice } from '../../src/readers/convert-office.ts';
import { hasChromium, hasLibreOffice, requireSystem } from '../support/system.ts';
import { launchChromium, signedInPage, shot } from './browser.ts';
import { startRealServer } from './server-process.ts';

const root = join(import.meta.dirname, '..', '..');

/** The 泰州 seed as .docx and .pdf, written by LibreOffice. */
function seedDocuments(dir: string): { docx: string; pdf: string } {
  const txt = join(dir, 'taizhou.txt');
  copyFileSync(join(root, 'examples/plans/004_cc525a364f434966.txt'), txt);
  const profile = `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`;
  for (const to of ['docx', 'pdf']) execFileSync(findLibreOffice()!, [profile, '--headless', '--norestore', '--convert-to', to, '--outdir', dir, txt], { timeout: 180_000 });
  return { docx: join(dir, 'taizhou.docx'), pdf: join(dir, 'taizhou.pdf') };
}

/** Clicks 确认导入 and waits for the plan page it leads to; answers that plan's id. */
async function confirmAndOpen(page: Page): Promise<number> {
  const before = await page.evaluate(() => location.hash);
  await page.click('.import-preview button.confirm-import');
  await page.waitForFunction((from) => location.hash !== from && /^#\/plans\/\d+$/.test(location.hash), before);
  await page.waitForSelector('table.grid.indicators >> text=常住人口城镇化率');
  await page.waitForLoadState('networkidle');
  return Number((await page.evaluate(() => location.hash)).split('/')[2]);
}

async function upload(page: Page, path: string): Promise<void> {
  await page.setInputFiles('form.card input[type=file]', path);
  await page.click('form.card button[type=submit]');
  await page.waitForSelector('.import-preview .preview-table', { timeout: 180_000 });
}

/** Types into a preview field and waits for the server's new preview. */
async function edit(page: Page, selector: string, value: string, edits: number): Promise<void> {
  await page.fill(selector, value);
  await page.press(selector, 'Tab');
  await page.waitForFunction((n) => document.querySelector('.import-preview')?.textContent?.includes(`改动 ${n} 处`), edits);
}

/** A row of the plan page's indicator table: its cells by column (基期, 目标 …). */
async function planRow(page: Page, name: string): Promise<Record<string, string>> {
  const row = page.locator('table.grid.indicators tbody tr').filter({ has: page.locator('td[data-label=指标]', { hasText: new RegExp(`^${name}$`) }) });
  return row.first().evaluate((tr) => Object.fromEntries([...tr.querySelectorAll('td')].map((td) => [td.dataset.label ?? '', td.textContent ?? ''])));
}

/** The preview's heading at the top of the screen, then a screenshot of what a person sees. */
async function previewShot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.querySelector('.import-preview h2')!.scrollIntoView());
  await shot(page, name);
}

test('a .docx and a PDF are previewed, fixed in the grid (two cells, a column role) and confirmed; the fixes follow into the next version; junk becomes a draft', { timeout: 900_000 }, async (t) => {
  if (!requireSystem(t, hasChromium(), 'chromium') || !requireSystem(t, hasLibreOffice(), 'libreoffice')) return;
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-e2e-preview-'));
  const { docx, pdf } = seedDocuments(dir);
  const server = await startRealServer(join(dir, 'data'));
  const browser = await launchChromium();
  try {
    const { page, errors } = await signedInPage(browser, server.url, { viewport: { width: 1366, height: 900 } });
    await page.waitForSelector('form.card input[type=file]');
    await upload(page, docx);
    const read = await page.textContent('.import-preview') ?? '';
    assert.match(read, /预览：taizhou\.docx.*级别市上级地区无.*读取完整.*“十四五”新型城镇化发展主要指标目标表，原文第 \d+ 行起，16 行可信度 100%/s);
    assert.match(read, /文本目标 5 项.*常住人口城镇化率：2025 年 73%以上.*专栏 6 个（共 16 项）.*专栏3：城市更新工程：3 项/s);
    assert.equal(await page.inputValue('input[name=meta-title]'), '泰州市“十四五”新型城镇化规划');
    assert.equal(await page.inputValue('input[name=meta-period]'), '2021—2025');
    assert.equal(await page.inputValue('input[name=meta-baseYear]'), '2020');

    await page.selectOption('.preview-table select[name=role-baseline]', 'target');
    await page.waitForFunction(() => document.querySelector('.import-preview')?.textContent?.includes('改动 1 处'));
    assert.equal(await page.inputValue('tr[data-row=r0] input[name=baseline]'), '≥73', 'the baseline and target columns swapped roles');
    await edit(page, 'tr[data-row=r0] input[name=target]', '≥74', 2);
    await edit(page, 'tr[data-row=r1] input[name=baseline]', '1.90', 3);
    await previewShot(page, '60-import-preview-1366');
    const first = await confirmAndOpen(page);
    assert.deepEqual([(await planRow(page, '常住人口城镇化率')).基期, (await planRow(page, '常住人口城镇化率')).目标], ['≥73', '≥74'], 'cell fixed after the role change');
    assert.deepEqual([(await planRow(page, '城乡居民人均可支配收入比')).基期, (await planRow(page, '城乡居民人均可支配收入比')).目标], ['1.90', '1.99'], 'cell fixed');
    assert.deepEqual([(await planRow(page, '空气质量优良天数比例')).基期, (await planRow(page, '空气质量优良天数比例')).目标], ['86', '83.9'], 'a row only the role change touched');

    await page.goto(`${server.url}/#/`);
    await upload(page, pdf);
    const carried = await page.locator('.import-preview li.carried').allTextContents();
    assert.deepEqual(carried, ['已沿用：表1：“十四五”新型城镇化发展主要指标：基期值列与目标值列互换', '已沿用：常住人口城镇化率 目标值 → ≥74', '已沿用：城乡居民人均可支配收入比 基期值 → 1.90']);
    assert.match(await page.textContent('.import-preview .preview-notes') ?? '', /上一版的更正 3 处：3 处已沿用/);
    assert.equal(await page.inputValue('tr[data-row=r0] input[name=target]'), '≥74');
    assert.equal(await page.getAttribute('tr[data-row=r0] input[name=target]', 'class'), 'was-carried');
    await previewShot(page, '61-import-preview-pdf-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await previewShot(page, '62-import-preview-390');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow}px at 390px`);
    await page.setViewportSize({ width: 1366, height: 900 });
    const second = await confirmAndOpen(page);
    assert.notEqual(second, first, 'the PDF is stored as a new version');
    assert.equal((await planRow(page, '常住人口城镇化率')).目标, '≥74');
    assert.equal((await planRow(page, '城乡居民人均可支配收入比')).基期, '1.90');

    await page.goto(`${server.url}/#/`);
    await page.setInputFiles('form.card input[type=file]', { name: 'junk.txt', mimeType: 'text/plain', buffer: Buffer.from('这不是一个规划，只是一行字。\n') });
    await page.click('form.card button[type=submit]');
    await page.waitForSelector('.import-preview .preview-notes [role=alert]');
    await page.click('.import-preview button.confirm-import');
    await page.waitForSelector('section.pending tr.plan-draft');
    assert.match(await page.textContent('section.pending') ?? '', /junk\.txt.*待核对.*没有读到指标表/);
    assert.ok(await page.locator(`table.overview a[href="#/plans/${second}"]`).count() >= 1, 'the overview still lists the current plan');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.stop();
  }
});
