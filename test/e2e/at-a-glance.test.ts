import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
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

const growth = '居民人均可支配收入年均增长';

/** 专栏 collapsed per 专栏, progress recorded in the dialog; the completion table of the plan that prints one. */
async function checkPlanPage(page: Page, url: string) {
  await page.goto(`${url}/#/plans/1`);
  await page.waitForSelector('#boxes details.box-group');
  assert.match(await page.title(), /连云港市“十四五”新型城镇化规划 - PlanTrack/);
  const groups = page.locator('#boxes details.box-group');
  assert.ok((await groups.count()) > 10);
  assert.equal(await page.locator('#boxes details[open]').count(), 0);
  assert.equal(await page.locator('#boxes button.record:visible').count(), 0, '专栏收起时不应显示录入按钮');
  await shot(page, 'glance-plan-1366');
  const first = groups.first();
  await first.locator('summary').click();
  await first.locator('button.record').first().click();
  const dialog = page.locator('dialog.box-dialog');
  assert.ok(await dialog.isVisible());
  await dialog.locator('select[name=milestone]').selectOption('开工');
  await dialog.locator('input[name=note]').fill('端到端测试进展');
  await shot(page, 'glance-dialog-1366');
  await dialog.locator('button[type=submit]').click();
  await page.waitForFunction(() => /1 项有进展/.test(document.querySelector('#boxes details.box-group summary')?.textContent ?? ''));
  // the record is listed in its 专栏 (textContent: whether the group is shown open or closed after the redraw)
  await page.waitForFunction(() => /开工（\d{4}-\d{2}-\d{2}）：端到端测试进展/.test(document.querySelector('#boxes details.box-group')?.textContent ?? ''));
  const plans = (await page.evaluate(async () => (await fetch('/api/plans')).json())) as Array<{ id: number }>;
  for (const plan of plans) {
    const evaluation = await page.evaluate(async (id) => (await fetch(`/api/plans/${id}/evaluation`)).json(), plan.id) as { completion?: unknown[] };
    if (!evaluation.completion?.length) continue;
    await page.goto(`${url}/#/plans/${plan.id}`);
    await page.waitForSelector('#completion table tbody tr');
    assert.equal(await page.locator('#completion tbody tr').count(), evaluation.completion.length);
    await page.locator('#completion').scrollIntoViewIfNeeded();
    await shot(page, 'glance-completion-1366');
    return;
  }
  assert.fail('示例规划中应有一个印有“十三五”完成情况表');
}

/** A growth target's line is the target rate each year; the chart downloads as PNG, its data as CSV. */
async function checkIndicatorPage(page: Page, url: string, dir: string) {
  await page.goto(`${url}/#/plans/1/indicators/${encodeURIComponent(growth)}`);
  await page.waitForSelector('.indicator-chart canvas');
  assert.equal(await page.title(), `${growth} - PlanTrack 规划监测`);
  assert.match(await page.textContent('#definition') ?? '', /统计口径/);
  assert.ok(await page.locator('#revisions').isVisible());
  const save = async (selector: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    return { path, name: file.suggestedFilename() };
  };
  const png = await save('.indicator-chart button.download-png');
  assert.equal(png.name, `${growth}.png`);
  assert.deepEqual([...readFileSync(png.path).subarray(1, 4)], [...Buffer.from('PNG')]);
  const csv = await save('.indicator-chart button.download-csv');
  const lines = readFileSync(csv.path, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
  assert.equal(lines[0], '年份,目标增速（%）,实际值（%）');
  assert.deepEqual(lines.slice(1).map((l) => l.split(',')[1]), ['7', '7', '7', '7', '7']);
  assert.ok(lines.some((l) => /^2023,7,6\.8$/.test(l)), lines.join(' | '));
  await shot(page, 'glance-indicator-1366');

  // an indicator without values: a hint where the chart would be, no red failure for the empty history
  await page.evaluate((h) => void (location.hash = h), `#/plans/1/indicators/${encodeURIComponent('中心城区绿色出行比例')}`);
  await page.waitForSelector('#revisions');
  assert.match(await page.textContent('.card .empty') ?? '', /暂无图表/);
  assert.equal(await page.locator('#app [role=alert]').count(), 0);
}

async function checkAudit(page: Page, url: string, width: number) {
  await page.goto(`${url}/#/audit`);
  await page.waitForSelector('table.audit tbody tr');
  assert.equal(await page.getAttribute('#nav a[aria-current=page]', 'href'), '#/audit');
  const text = await page.innerText('table.audit');
  assert.match(text, /记录进展/);
  assert.match(text, /填报[\s\S]*监测值/);
  assert.doesNotMatch(text, /"(year|value|region)"|observation|box-item/);
  const fields = await page.locator('dl.audit-value dt').allTextContents();
  assert.deepEqual(fields.filter((f) => /^[A-Za-z]/.test(f)), [], '留痕字段应为中文');
  assert.equal(await overflow(page), 0);
  await shot(page, `glance-audit-${width}`);
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
    await page.evaluate(() => void (location.hash = '#/'));
    await page.waitForSelector('#region-map');

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#region-map button.choose-boundaries')]);
    await chooser.setFiles(boundaries);
    await page.waitForSelector('#region-map canvas');
    assert.ok((await page.locator('#region-map select option').count()) > 1);
    await page.locator('#region-map').scrollIntoViewIfNeeded();
    await shot(page, 'glance-map-1366');

    const warned = api.warnings[0];
    await page.click(`#warnings a:has-text("${warned.indicator}")`);
    await page.waitForSelector('#status');
    assert.match(await page.textContent('h1') ?? '', new RegExp(warned.indicator));
    assert.match(page.url(), new RegExp(`#/plans/${warned.planId}/indicators/`));

    await checkPlanPage(page, server.url);
    await checkIndicatorPage(page, server.url, dir);
    await checkAudit(page, server.url, 1366);

    const phone = await signedInPage(browser, server.url, { viewport: { width: 390, height: 844 }, acceptDownloads: true });
    await checkOverview(phone.page, 390);
    for (const [hash, name] of [['#/plans/1', 'plan'], [`#/plans/1/indicators/${encodeURIComponent(growth)}`, 'indicator']]) {
      await phone.page.evaluate((h) => void (location.hash = h), hash);
      await phone.page.waitForSelector(name === 'plan' ? '#boxes' : '.indicator-chart canvas');
      assert.equal(await overflow(phone.page), 0, `390 px 宽时${name}页横向溢出`);
      await shot(phone.page, `glance-${name}-390`);
    }
    await checkAudit(phone.page, server.url, 390);
    assert.deepEqual([...errors, ...phone.errors], []);
  } finally {
    await browser.close();
    await server.stop();
  }
});
