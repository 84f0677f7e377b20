import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { hasChromium, requireSystem } from '../support/system.ts';
import { launchChromium, shot } from './browser.ts';
import { startRealServer } from './server-process.ts';

const noOverflow = async (page: Page, what: string) => {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `${what}在手机宽度下横向溢出 ${overflow}px`);
};

test('a planner searches 户籍制度改革, compares 常住人口城镇化率, checks 海州区 against 连云港市 and compares topics', { timeout: 600_000 }, async (t) => {
  if (!requireSystem(t, hasChromium(), 'chromium')) return;
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-e2e-search-'));
  const server = await startRealServer(join(dir, 'data'));
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/#/login`);
    await page.fill('input[name=name]', 'admin');
    await page.fill('input[name=password]', 'plantrack-demo');
    await page.click('form.login button[type=submit]');
    await page.waitForSelector('table.grid');

    await page.click('#nav >> text=检索');
    await page.fill('input[name=q]', '户籍制度改革');
    await page.click('form.search-form button[type=submit]');
    await page.waitForSelector('ol.hits li.hit');
    for (const city of ['连云港', '南通', '泰州']) {
      const marked = page.locator('ol.hits li.hit', { hasText: city }).locator('mark', { hasText: '户籍' });
      assert.ok((await marked.count()) > 0, `${city}: a result with 户籍 marked`);
    }
    assert.match((await page.locator('ol.hits mark').first().textContent()) ?? '', /户籍/);
    await shot(page, '10-search');
    await page.locator('ol.hits a.to-line').first().click();
    await page.waitForSelector('.reader-text p');
    assert.match(page.url(), /reader\?line=\d+/);

    await page.goto(`${server.url}/#/search?q=户籍制度改革&region=火星市`);
    await page.waitForSelector('.search-results .message.error');
    assert.match((await page.textContent('.search-results')) ?? '', /火星市/);
    assert.equal(await page.inputValue('input[name=q]'), '户籍制度改革');

    await page.goto(`${server.url}/#/compare`);
    await page.fill('input[name=indicator]', '常住人口城镇化率');
    await page.click('form.picker button[type=submit]');
    await page.waitForSelector('table.compare tbody tr');
    assert.equal(await page.locator('table.compare tbody tr').count(), 4);
    await page.waitForSelector('.chart canvas');
    await shot(page, '11-compare');

    await page.goto(`${server.url}/#/cascade`);
    await page.selectOption('select[name=plan]', { label: (await page.locator('select[name=plan] option', { hasText: '海州区' }).first().textContent())! });
    await page.click('form.picker button[type=submit]');
    await page.waitForSelector('table.cascade tbody tr');
    assert.ok((await page.locator('table.cascade tr.weaker', { hasText: '⚠' }).count()) > 0, '海州区 has a target weaker than 连云港市');
    await shot(page, '12-cascade');

    await page.goto(`${server.url}/#/topics`);
    await page.waitForSelector('table.topics tbody tr');
    await page.waitForSelector('.chart canvas');
    assert.ok((await page.locator('table.topics tbody tr').count()) >= 2);
    await shot(page, '13-topics');

    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, ready, name] of [['#/search?q=户籍制度改革', 'ol.hits li.hit', '14-search-phone'], ['#/compare?indicator=常住人口城镇化率', '.chart canvas', '14-compare-phone']]) {
      await page.goto(`${server.url}/${path}`);
      await page.waitForSelector(ready);
      await noOverflow(page, name);
      await shot(page, name);
    }
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
