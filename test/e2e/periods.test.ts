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

test('the web switches 连云港市 between its 十四五 and 十五五 plans and shows both periods of an indicator', { timeout: 600_000 }, async (t) => {
  if (!requireSystem(t, hasChromium(), 'chromium')) return;
  const data = join(mkdtempSync(join(tmpdir(), 'plantrack-e2e-periods-')), 'data');
  const imported = spawnSync(process.execPath, ['bin/plantrack.js', 'import', 'examples/plans/000_6672659702fb4163.txt',
    'test/fixtures/periods/dev-lyg-urbanization-2026-2030.txt', '--data', data], { cwd: root, encoding: 'utf8', env: { ...process.env, PLANTRACK_DATABASE_URL: '' } });
  assert.equal(imported.status, 0, imported.stderr);
  const server = await startRealServer(data);
  const browser = await launchChromium();
  try {
    const { page, errors } = await signedInPage(browser, server.url, { viewport: { width: 1366, height: 768 } });
    await page.waitForSelector('table.grid >> text=连云港市“十五五”新型城镇化规划');

    await page.click('text=连云港市“十四五”新型城镇化规划');
    await page.waitForSelector('nav.periods');
    assert.equal((await page.textContent('nav.periods a[aria-current=page]'))?.trim(), '十四五（2021–2025）');
    await shot(page, '20-periods-14');

    await page.click('nav.periods >> text=十五五（2026–2030）');
    await page.waitForSelector('h1 >> text=连云港市“十五五”新型城镇化规划');
    assert.equal((await page.textContent('nav.periods a[aria-current=page]'))?.trim(), '十五五（2026–2030）');
    assert.match(await page.textContent('section.succession') ?? '', /延续 8 项，新增 4 项，不再列入 12 项/);
    await shot(page, '21-periods-15');

    await page.click('table.indicators >> text=常住人口城镇化率');
    await page.waitForSelector('section.periods-of-indicator');
    const both = await page.textContent('section.periods-of-indicator') ?? '';
    assert.match(both, /十四五.*61\.52.*70/s);
    assert.match(both, /十五五.*66\.5.*72/s);
    await shot(page, '22-periods-indicator');

    await page.click('section.periods-of-indicator >> text=十四五');
    await page.waitForSelector('h1 >> text=常住人口城镇化率');
    await page.waitForSelector('section.periods-of-indicator');
    assert.match(page.url(), /#\/plans\/1\/indicators\//);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.stop();
  }
});
