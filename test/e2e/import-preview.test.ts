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
  return Number((await page.evaluate(() => location.hash)).split('/')[2]);
}

async function upload(page: Page, path: string): Promise<void> {
  await page.setInputFiles('form.card input[type=file]', path);
  await page.click('form.card button[type=submit]');
  await page.waitForSelector('.import-preview .preview-table');
}

/** Types into a preview field and waits for the server's new preview. */
async function edit(page: Page, selector: string, value: string, edits: number): Promise<void> {
  await page.fill(selector, value);
  await page.press(selector, 'Tab');
  await page.waitForFunction((n) => document.querySelector('.import-preview')?.textContent?.includes(`改动 ${n} 处`), edits);
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
    assert.match(await page.textContent('.import-preview') ?? '', /预览：taizhou\.docx.*读取完整.*“十四五”新型城镇化发展主要指标 16 行，可信度 100%/s);
    assert.equal(await page.inputValue('input[name=meta-period]'), '2021—2025');
    await page.selectOption('.preview-table select[name=role-baseline]', 'target');
    await page.waitForFunction(() => document.querySelector('.import-preview')?.textContent?.includes('改动 1 处'));
    assert.equal(await page.inputValue('tr[data-row=r0] input[name=baseline]'), '≥73', 'the columns changed roles');
    await edit(page, 'tr[data-row=r0] input[name=target]', '≥74', 2);
    await edit(page, 'tr[data-row=r1] input[name=baseline]', '1.90', 3);
    await shot(page, '60-import-preview-1366');
    const first = await confirmAndOpen(page);
    const planText = await page.textContent('table.grid.indicators') ?? '';
    assert.match(planText, /≥74/);
    assert.match(planText, /1\.90/);

    await page.goto(`${server.url}/#/`);
    await upload(page, pdf);
    const carried = await page.textContent('.import-preview .carried') ?? '';
    assert.equal((carried.match(/已沿用/g) ?? []).length, 3, carried);
    assert.equal(await page.inputValue('tr[data-row=r0] input[name=target]'), '≥74');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, '61-import-preview-390');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow}px at 390px`);
    await page.setViewportSize({ width: 1366, height: 900 });
    const second = await confirmAndOpen(page);
    assert.notEqual(second, first, 'the PDF is stored as a new version');
    assert.match(await page.textContent('table.grid.indicators') ?? '', /≥74/);

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
