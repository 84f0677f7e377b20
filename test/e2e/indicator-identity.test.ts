import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasChromium, requireSystem } from '../support/system.ts';
import { launchChromium, signedInPage, shot } from './browser.ts';
import { startRealServer } from './server-process.ts';

const root = join(import.meta.dirname, '..', '..');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/plantrack.js', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, PLANTRACK_DATABASE_URL: '' } });

test('the indicator page is named by the row id and says which row it judges; a correction and a 专栏 progress record are withdrawn with a reason and restored; a draft is confirmed', { timeout: 900_000 }, async (t) => {
  if (!requireSystem(t, hasChromium(), 'chromium')) return;
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-e2e-identity-'));
  const data = join(dir, 'data');
  writeFileSync(join(dir, 'junk.txt'), '这不是一个规划，只是一行字。\n');
  assert.equal(cli('import', 'examples/plans/000_6672659702fb4163.txt', join(dir, 'junk.txt'), '--data', data).status, 0);
  const corrected = cli('correct', '连云港市', '--indicator', '常住人口城镇化率', '--field', 'target', '--value', '72', '--reason', '复核', '--data', data, '--by', '核对员');
  assert.equal(corrected.status, 0, corrected.stderr);
  const server = await startRealServer(data);
  const browser = await launchChromium();
  try {
    const { page, errors } = await signedInPage(browser, server.url, { viewport: { width: 1366, height: 900 } });
    await page.waitForSelector('table.overview');
    await page.goto(`${server.url}/#/plans/1/indicators/${encodeURIComponent('常住人口城镇化率')}`);
    await page.waitForFunction(() => /^#\/plans\/1\/indicators\/\d+$/.test(location.hash));
    await page.waitForSelector('#judged-row');
    assert.match(await page.textContent('#judged-row') ?? '', /^所评估的行：.*指标.* · 原文第 \d+ 行 · 编号 \d+$/);
    await page.waitForSelector('#corrections button.withdraw');
    await shot(page, '50-indicator-row-and-corrections');
    await page.click('#corrections button.withdraw');
    await page.fill('#corrections form.withdraw input[name=reason]', '看错行');
    await page.click('#corrections form.withdraw button[type=submit]');
    await page.waitForSelector('#corrections tr.withdrawn');
    assert.match(await page.textContent('#corrections') ?? '', /已撤回 看错行（admin /);
    const corrections = await page.evaluate(() => fetch('/api/plans/1/corrections').then((r) => r.json()));
    assert.deepEqual(corrections.map((c: { withdrawal: { reason: string } | null }) => c.withdrawal?.reason), ['看错行']);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('#corrections').scrollIntoViewIfNeeded();
    await shot(page, '51-correction-withdrawn-phone');
    await page.click('#corrections button.restore');
    await page.waitForSelector('#corrections tr[data-correction]:not(.withdrawn) button.withdraw');
    assert.deepEqual((await page.evaluate(() => fetch('/api/plans/1/corrections').then((r) => r.json()))).map((c: { withdrawal: unknown }) => c.withdrawal), [null]);
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.goto(`${server.url}/#/plans/1`);
    await page.click('#boxes details.box-group summary');
    await page.click('#boxes details.box-group[open] button.record');
    await page.selectOption('dialog.box-dialog select[name=milestone]', '在建');
    await page.fill('dialog.box-dialog input[name=date]', '2024-03-01');
    await page.click('dialog.box-dialog button[type=submit]');
    const record = '#boxes details.box-group[open] li[data-progress]';
    await page.click(`${record} button.withdraw`);
    await page.fill(`${record} form.withdraw input[name=reason]`, '填错项目');
    await page.click(`${record} form.withdraw button[type=submit]`);
    await page.waitForSelector(`${record}.withdrawn`);
    assert.match(await page.textContent(record) ?? '', /在建（2024-03-01，admin）已撤回 填错项目（admin /);
    const boxes = () => page.evaluate(() => fetch('/api/plans/1/boxes').then((r) => r.json()));
    const [item] = await boxes();
    assert.deepEqual([item.progress.length, item.withdrawn.map((p: { withdrawal: { reason: string } }) => p.withdrawal.reason)], [0, ['填错项目']]);
    await page.locator(record).scrollIntoViewIfNeeded();
    await shot(page, '52-box-progress-withdrawn');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator(record).scrollIntoViewIfNeeded();
    await shot(page, '53-box-progress-withdrawn-phone');
    await page.click(`${record} button.restore`);
    await page.waitForSelector(`${record}:not(.withdrawn) button.withdraw`);
    assert.deepEqual((await boxes())[0].progress.map((p: { milestone: string }) => p.milestone), ['在建']);
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.goto(`${server.url}/#/plans/2`);
    await page.click('.plan-state.state-draft button.confirm');
    await page.waitForSelector('.plan-state.state-current');
    await page.goto(`${server.url}/#/`);
    await page.waitForSelector('table.overview tr.plan-error');
    assert.equal(await page.locator('table.overview tbody tr').count(), 2, 'the confirmed junk has its own error row; the plan before it is still summarised');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.stop();
  }
});
