import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasChromium, requireSystem } from '../support/system.ts';
import { launchChromium, signedInPage, shot } from './browser.ts';
import { startRealServer } from './server-process.ts';

const root = join(import.meta.dirname, '..', '..');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/plantrack.js', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, PLANTRACK_DATABASE_URL: '' } });

test('junk uploads as a draft with its issues while the overview still works; a version and a value are withdrawn and restored', { timeout: 900_000 }, async (t) => {
  if (!requireSystem(t, hasChromium(), 'chromium')) return;
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-e2e-drafts-'));
  const data = join(dir, 'data');
  const revised = join(dir, '000-revised.txt');
  writeFileSync(revised, `${readFileSync(join(root, 'examples/plans/000_6672659702fb4163.txt'), 'utf8')}\n附：修订稿。\n`);
  assert.equal(cli('import', 'examples/plans/000_6672659702fb4163.txt', revised, '--data', data).status, 0);
  const observed = cli('observe', '连云港市', '--indicator', '常住人口城镇化率', '--year', '2023', '--value', '64.2', '--data', data, '--by', '统计局');
  assert.equal(observed.status, 0, observed.stderr);
  const server = await startRealServer(data);
  const browser = await launchChromium();
  try {
    const { page, errors } = await signedInPage(browser, server.url, { viewport: { width: 1366, height: 900 } });
    await page.waitForSelector('table.overview a[href="#/plans/2"]');

    await page.setInputFiles('input[type=file]', { name: 'junk.txt', mimeType: 'text/plain', buffer: Buffer.from('这不是一个规划，只是一行字。\n') });
    await page.click('form.card button[type=submit]');
    await page.waitForSelector('.import-preview .preview-notes [role=alert]');
    assert.match(await page.textContent('.import-preview') ?? '', /确认后仍为待核对：未识别规划标题.*没有读到指标表/);
    await page.click('.import-preview button.confirm-import');
    await page.waitForSelector('section.pending tr.plan-draft');
    const pending = await page.textContent('section.pending') ?? '';
    assert.match(pending, /junk\.txt.*（地区未识别）.*待核对.*未识别规划标题.*没有读到指标表/);
    assert.equal(await page.locator('table.overview tbody tr').count(), 1, 'the overview still lists the current plan, and only it');
    await shot(page, '40-overview-with-draft');

    await page.click('section.pending a[href="#/plans/3"]');
    await page.waitForSelector('.plan-state.state-draft');
    assert.match(await page.textContent('#app') ?? '', /待核对：不计入总览.*没有读到指标表.*无法评估：/s);

    await page.goto(`${server.url}/#/plans/1/indicators/${encodeURIComponent('常住人口城镇化率')}`);
    await page.waitForSelector('#values button.withdraw');
    await page.click('#values button.withdraw');
    await page.fill('#values form.withdraw input[name=reason]', '口径错误，待统计局复核');
    await page.click('#values form.withdraw button[type=submit]');
    await page.waitForSelector('#values tr.withdrawn');
    assert.match(await page.textContent('#values') ?? '', /已撤回 口径错误，待统计局复核（admin /);
    const values = () => page.evaluate(() => fetch('/api/observations?region=%E8%BF%9E%E4%BA%91%E6%B8%AF%E5%B8%82').then((r) => r.json()));
    assert.deepEqual(await values(), []);
    await shot(page, '41-value-withdrawn');
    await page.click('#values button.restore');
    await page.waitForSelector('#values button.withdraw');
    assert.deepEqual((await values()).map((o: { value: number; version: number }) => [o.value, o.version]), [[64.2, 3]]);

    await page.goto(`${server.url}/#/plans/2`);
    await page.waitForSelector('.plan-state.state-current button.withdraw');
    await page.click('.plan-state button.withdraw');
    await page.fill('.plan-state input[name=reason]', '修订稿尚未印发');
    await page.click('.plan-state form.withdraw button[type=submit]');
    await page.waitForSelector('.plan-state.state-withdrawn button.restore');
    await page.goto(`${server.url}/#/`);
    await page.waitForSelector('table.overview a[href="#/plans/1"]');
    assert.match(await page.textContent('section.pending') ?? '', /已撤回.*修订稿尚未印发（admin）/);
    await shot(page, '42-version-withdrawn');
    await page.goto(`${server.url}/#/plans/2`);
    await page.click('.plan-state button.restore');
    await page.waitForSelector('.plan-state.state-current');
    await page.goto(`${server.url}/#/`);
    await page.waitForSelector('table.overview a[href="#/plans/2"]');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.stop();
  }
});
