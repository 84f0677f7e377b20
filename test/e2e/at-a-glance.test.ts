import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Dashboard } from '../../src/server/api-types.ts';
import { hasChromium, requireSystem } from '../support/system.ts';
import { launchChromium, shot, signedInPage } from './browser.ts';
import { startRealServer } from './server-process.ts';

const boundaries = join(import.meta.dirname, '..', 'fixtures', 'maps', 'three-cities-rectangles.geojson');

const dashboardOf = (page: Page, year = '') =>
  page.evaluate(async (y) => (await fetch(`/api/dashboard${y ? `?year=${y}` : ''}`)).json(), year) as Promise<Dashboard>;

/** Nothing wider than the window: a phone never scrolls sideways. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function checkOverview(page: Page, width: number) {
  await page.waitForSelector('table.overview tbody tr');
  const api = await dashboardOf(page);
  assert.equal(await page.title(), '规划实施总览 - PlanTrack 规划监测');
  assert.equal(await page.getAttribute('#nav a[aria-current=page]', 'href'), '#/');
  assert.equal(await page.inputValue('#year'), String(api.year));
  assert.equal(api.year, Math.max(...api.years));
  for (const row of api.rows) {
    const tr = page.locator(`table.overview tr[data-plan="${row.plan.id}"]`);
    const parts = await tr.locator('.status-bar .part').allTextContents();
    assert.equal(parts.reduce((n, t) => n + Number(t), 0), row.indicators, `${row.plan.title} 的状态条合计应为指标数`);
    assert.match(await tr.locator('td.coverage').innerText(), new RegExp(`${Math.round(row.coverage! * 100)}%（${row.covered}/${row.indicators}）`));
  }
  assert.equal(await page.locator('#warnings li a').count(), api.warnings.length);
  assert.equal(await overflow(page), 0, `${width} px 宽时页面横向溢出`);
  await shot(page, `glance-overview-${width}`);
  return api;
}

test('总览 at a glance: one 评估年 for all plans, stacked status bars, coverage, 预警 links, a region map from the user\'s GeoJSON', { timeout: 600_000 }, async (t) => {
  if (!requireSystem(t, hasChromium(), 'chromium')) return;
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-e2e-glance-'));
  const server = await startRealServer(join(dir, 'data'));
  const browser = await launchChromium();
  try {
    const { page, errors } = await signedInPage(browser, server.url, { viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const api = await checkOverview(page, 1366);
    assert.ok(api.rows.length >= 2 && api.warnings.length >= 1, '示例数据应有多个规划和预警');

    const earlier = api.years[1];
    await page.selectOption('#year', String(earlier));
    await page.waitForFunction((y) => document.querySelector('#app h2')?.textContent?.includes(`${y}年`), earlier);
    const then = await dashboardOf(page, String(earlier));
    assert.ok(then.rows.every((r) => r.error !== null || r.asOf === Math.min(earlier, r.plan.periodEnd ?? earlier)));
    assert.match(page.url(), new RegExp(`year=${earlier}`));
    await page.goto(`${server.url}/#/`);

    await page.setInputFiles('#region-map input[type=file]', boundaries);
    await page.waitForSelector('#region-map canvas');
    assert.ok((await page.locator('#region-map select option').count()) > 1);
    await page.locator('#region-map').scrollIntoViewIfNeeded();
    await shot(page, 'glance-map-1366');

    const warned = api.warnings[0];
    await page.click(`#warnings a:has-text("${warned.indicator}")`);
    await page.waitForSelector('#status');
    assert.match(await page.textContent('h1') ?? '', new RegExp(warned.indicator));
    assert.match(page.url(), new RegExp(`#/plans/${warned.planId}/indicators/`));

    const phone = await signedInPage(browser, server.url, { viewport: { width: 390, height: 844 }, acceptDownloads: true });
    await checkOverview(phone.page, 390);
    assert.deepEqual([...errors, ...phone.errors], []);
  } finally {
    await browser.close();
    await server.stop();
  }
});
