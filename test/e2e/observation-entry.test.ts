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

test('the web says a value will be revised, sends its version, asks to confirm an unusual value and shows the revisions', { timeout: 600_000 }, async (t) => {
  if (!requireSystem(t, hasChromium(), 'chromium')) return;
  const data = join(mkdtempSync(join(tmpdir(), 'plantrack-e2e-entry-')), 'data');
  assert.equal(cli('import', 'examples/plans/000_6672659702fb4163.txt', '--data', data).status, 0);
  const observed = cli('observe', '连云港市', '--indicator', '常住人口城镇化率', '--year', '2023', '--value', '64.2', '--data', data, '--by', '统计局');
  assert.equal(observed.status, 0, observed.stderr);
  const server = await startRealServer(data);
  const browser = await launchChromium();
  try {
    const { page, errors } = await signedInPage(browser, server.url, { viewport: { width: 1366, height: 900 } });
    await page.waitForSelector('table.grid >> text=连云港市“十四五”新型城镇化规划');
    await page.goto(`${server.url}/#/plans/1/indicators/${encodeURIComponent('常住人口城镇化率')}`);
    await page.waitForSelector('form#entry');

    await page.fill('form#entry input[name=value]', '101');
    assert.match(await page.textContent('form#entry .message.error') ?? '', /比重类指标.*0–100 之间，收到 101/);

    await page.fill('form#entry input[name=year]', '2023');
    await page.dispatchEvent('form#entry input[name=year]', 'input');
    assert.equal(await page.textContent('#revision-notice'), '2023 年已有值 64.2（版本 1），将修订');
    await page.fill('form#entry input[name=value]', '64.5');
    await page.fill('form#entry input[name=source_title]', '连云港市2023年国民经济和社会发展统计公报');
    await page.fill('form#entry input[name=source_url]', 'https://tjj.lyg.gov.cn/gb2023.html');
    await shot(page, '30-entry-revision-notice');
    await page.click('form#entry button[type=submit]');
    await page.waitForSelector('#revisions table.revisions');
    const revisions = await page.textContent('#revisions') ?? '';
    assert.match(revisions, /2023\s*版本 1\s*64\.2/);
    assert.match(revisions, /64\.5（版本 2）/);
    assert.ok(await page.$('a[href="https://tjj.lyg.gov.cn/gb2023.html"] >> text=连云港市2023年国民经济和社会发展统计公报'));

    await page.fill('form#entry input[name=year]', '2024');
    await page.dispatchEvent('form#entry input[name=year]', 'input');
    assert.equal(await page.textContent('#revision-notice'), '');
    await page.fill('form#entry input[name=value]', '95');
    await page.click('form#entry button[type=submit]');
    await page.waitForSelector('form#entry button.confirm');
    assert.match(await page.textContent('form#entry [role=alert]') ?? '', /需确认.*2023 年的 64\.5% 变为 95%/);
    await shot(page, '31-entry-confirm-warning');
    const stored = () => page.evaluate(() => fetch('/api/observations?region=%E8%BF%9E%E4%BA%91%E6%B8%AF%E5%B8%82&year=2024').then((r) => r.json()));
    assert.deepEqual(await stored(), [], '2024 is not stored before 确认');
    await page.click('form#entry button.confirm');
    await page.waitForSelector('table.grid >> td >> text=95');
    assert.deepEqual((await stored()).map((o: { value: number; version: number }) => [o.value, o.version]), [[95, 1]]);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.stop();
  }
});
