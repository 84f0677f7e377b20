import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { hasChromium, requireSystem } from '../support/system.ts';
import { launchChromium, shot } from './browser.ts';
import { startRealServer } from './server-process.ts';


interface Judged {
  name: string;
  status: string;
  label: string;
  target: { value: number | null } | null;
  baseline: { value: number | null } | null;
}

test('a planner logs in, opens 连云港市 常住人口城镇化率, enters a 2023 value, sees the status change and downloads the report', { timeout: 600_000 }, async (t) => {
  if (!requireSystem(t, hasChromium(), 'chromium')) return;
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-e2e-'));
  const server = await startRealServer(join(dir, 'data'));
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/`);
    await page.waitForSelector('form.login');
    await shot(page, '01-login');
    await page.fill('input[name=name]', 'admin');
    await page.fill('input[name=password]', 'plantrack-demo');
    await page.click('form.login button[type=submit]');
    await page.waitForSelector('table.grid >> text=连云港市“十四五”新型城镇化规划');
    assert.match(await page.textContent('.totals') ?? '', /预警/);
    await shot(page, '02-overview');

    await page.click('text=连云港市“十四五”新型城镇化规划');
    await page.waitForSelector('table.indicators tbody tr');
    assert.ok((await page.locator('table.indicators tbody tr').count()) >= 15);
    await shot(page, '03-plan');

    await page.click('table.indicators >> text=常住人口城镇化率');
    await page.waitForSelector('#status');
    await page.waitForSelector('.chart canvas');
    const before = (await page.textContent('#status'))!.trim();
    const judged = await page.evaluate(async () => {
      const evaluation = await (await fetch('/api/plans/1/evaluation')).json();
      return evaluation.indicators.find((i: { name: string }) => i.name === '常住人口城镇化率');
    }) as Judged;
    assert.equal(judged.label, before);
    assert.match(await page.textContent('pre.source') ?? '', /常住人口城镇化率/);
    await shot(page, '04-indicator');

    // a value past the target is achieved; when it already was, a value under the baseline regresses
    const value = judged.status === 'achieved' ? judged.baseline!.value! - 3 : judged.target!.value! + 2;
    await page.fill('#entry input[name=year]', '2023');
    await page.fill('#entry input[name=value]', 'abc');
    assert.match(await page.textContent('#entry .message.error') ?? '', /不是数值/);
    await page.fill('#entry input[name=value]', String(value));
    await page.fill('#entry input[name=source_title]', '端到端测试');
    await page.click('#entry button[type=submit]');
    await page.waitForFunction((old) => document.querySelector('#status')?.textContent?.trim() !== old, before);
    const after = (await page.textContent('#status'))!.trim();
    assert.notEqual(after, before);
    assert.match(await page.textContent('table.grid') ?? '', /2023[\s\S]*端到端测试/);
    await shot(page, '05-indicator-after-entry');

    await page.click('text=连云港市“十四五”新型城镇化规划');
    await page.waitForSelector('button:has-text("下载报告")');
    // the report request is held until the page has shown that it is building, then let through
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/api\/plans\/\d+\/report\?/, async (route) => {
      await held;
      await route.continue();
    });
    const downloading = page.waitForEvent('download', { timeout: 300_000 });
    await page.click('button:has-text("下载报告")');
    await page.waitForSelector('.report-status progress');
    assert.match(await page.textContent('.report-status') ?? '', /^正在生成报告（Word）…/);
    assert.ok(await page.locator('.report-links button[data-format=docx]').isDisabled(), 'no second request while one builds');
    await shot(page, '05-report-building');
    release();
    const download = await downloading;
    await page.waitForSelector('.report-status:has-text("已生成")');
    await page.unroute(/\/api\/plans\/\d+\/report\?/);
    const file = join(dir, 'report.docx');
    await download.saveAs(file);
    assert.equal(readFileSync(file).subarray(0, 2).toString(), 'PK');
    assert.match(download.suggestedFilename(), /评估报告\.docx$/);

    await page.goto(`${server.url}/#/plans/1/reader?line=101`);
    await page.waitForSelector('.reader-text mark');
    assert.ok((await page.locator('.outline li').count()) > 5);
    assert.ok((await page.locator('.reader-text a[href*="indicators"]').count()) > 0);
    await shot(page, '06-reader');
    await page.goto(`${server.url}/#/plans/1/entry`);
    await page.waitForSelector('table.entry tbody tr');
    await page.locator('table.entry input').first().fill('一百');
    assert.match(await page.textContent('table.entry tbody tr') ?? '', /不是数值/);
    await shot(page, '06-entry');

    await page.goto(`${server.url}/#/audit`);
    await page.waitForSelector('table.grid tbody tr');
    assert.match(await page.textContent('table.grid') ?? '', /admin/);
    await shot(page, '06-audit');

    await page.goto(`${server.url}/#/catalog`);
    await page.waitForSelector('table.grid tbody tr');
    assert.ok((await page.locator('table.grid tbody tr').count()) > 20);
    await shot(page, '06-catalog');
    await page.goto(`${server.url}/#/tasks`);
    await page.waitForSelector('h1:has-text("目标任务分解")');
    await shot(page, '06-tasks');

    await checkUploadedScriptIsText(page);
    await shot(page, '07-script-as-text');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/#/`);
    await page.waitForSelector('.totals');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `页面在手机宽度下横向溢出 ${overflow}px`);
    await shot(page, '08-overview-phone');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A plan whose title and indicator name carry markup is uploaded through the API and shown as text. */
async function checkUploadedScriptIsText(page: Page) {
  const seed = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'plans', '000_6672659702fb4163.txt'), 'utf8').split('\n');
  seed[0] = '<script>window.__xss=1</script>盐城市“十四五”新型城镇化规划';
  const text = seed.join('\n').replace('1．常住人口城镇化率（%）', '1．<img src=x onerror="window.__xss=2">常住人口城镇化率（%）');
  const planId = await page.evaluate(async (body) => {
    const { csrfToken } = await (await fetch('/api/session')).json();
    const form = new FormData();
    form.append('file', new File([body], 'xss-plan.txt', { type: 'text/plain' }));
    const response = await fetch('/api/plans', { method: 'POST', body: form, headers: { 'x-csrf-token': csrfToken } });
    const results = await response.json();
    return results[0].planId as number;
  }, text);
  assert.ok(planId);
  await page.goto(`${page.url().split('#')[0]}#/plans/${planId}`);
  await page.waitForSelector('table.indicators tbody tr');
  assert.match((await page.textContent('h1')) ?? '', /<script>window\.__xss=1<\/script>/);
  assert.match((await page.textContent('table.indicators')) ?? '', /<img src=x onerror=/);
  assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
  assert.equal(await page.locator('main script, main img').count(), 0);
}
