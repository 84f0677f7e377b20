import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasChromium, requireSystem } from '../support/system.ts';
import { launchChromium, signedInPage, shot } from './browser.ts';
import { startRealServer } from './server-process.ts';

const root = join(import.meta.dirname, '..', '..');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/plantrack.js', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, PLANTRACK_DATABASE_URL: '' } });

test('the indicator page is named by the row id, says which table row it judges, and a correction is withdrawn with a reason', { timeout: 900_000 }, async (t) => {
  if (!requireSystem(t, hasChromium(), 'chromium')) return;
  const data = join(mkdtempSync(join(tmpdir(), 'plantrack-e2e-identity-')), 'data');
  assert.equal(cli('import', 'examples/plans/000_6672659702fb4163.txt', '--data', data).status, 0);
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
    await shot(page, '51-correction-withdrawn-phone');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.stop();
  }
});
