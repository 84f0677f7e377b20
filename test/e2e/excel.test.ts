import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { hasChromium, requireSystem } from '../support/system.ts';
import { launchChromium, signedInPage, shot } from './browser.ts';
import { startRealServer } from './server-process.ts';

const root = join(import.meta.dirname, '..', '..');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/plantrack.js', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, PLANTRACK_DATABASE_URL: '' } });

const hasCalc = () => spawnSync('sh', ['-c', 'ls /usr/lib/libreoffice/program/libsclo.so']).status === 0;

/** Clicks a download link and returns the file's path and suggested name. */
async function download(page: Page, selector: string, dir: string): Promise<{ path: string; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

/** LibreOffice's CSV of the first sheet with every text cell quoted: a bare field is a numeric cell. */
function libreOfficeCsv(dir: string, xlsx: string): string[] {
  const input = join(dir, 'lo-export.xlsx'); // a plain name: LibreOffice's output name is then certain
  copyFileSync(xlsx, input);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true', '--outdir', dir, input], { stdio: 'pipe', timeout: 120_000 });
  return readFileSync(join(dir, 'lo-export.csv'), 'utf8').split('\n');
}

test('Excel in the web: 填报表 downloaded, filled, uploaded, reported row by row, confirmed, shown; tables exported', { timeout: 900_000 }, async (t) => {
  if (!requireSystem(t, hasChromium(), 'chromium')) return;
  if (!requireSystem(t, hasCalc(), 'LibreOffice Calc (apt libreoffice-calc-nogui)')) return;
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-e2e-excel-'));
  assert.equal(cli('import', 'examples/plans/000_6672659702fb4163.txt', '--data', join(dir, 'data')).status, 0);
  const server = await startRealServer(join(dir, 'data'));
  const browser = await launchChromium();
  try {
    const { page, errors } = await signedInPage(browser, server.url, { viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    await page.waitForSelector('table.grid >> text=连云港市“十四五”新型城镇化规划');
    await page.goto(`${server.url}/#/plans/1`);
    await page.click('a.button >> text=Excel 填报');
    await page.waitForSelector('#template-download');
    await page.fill('input[name=from]', '2021');
    await page.fill('input[name=to]', '2023');
    await page.dispatchEvent('input[name=to]', 'input');
    const template = await download(page, '#template-download', dir);
    assert.match(template.name, /填报表-2021-2023\.xlsx$/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template.path);
    const sheet = workbook.worksheets[0];
    assert.deepEqual((sheet.getRow(2).values as unknown[]).slice(5), ['目标', '2021', '2022', '2023']);
    const rowOf = (name: string) => [...Array(sheet.rowCount).keys()].map((i) => i + 1).find((r) => sheet.getRow(r).getCell(2).value === name)!;
    const urban = rowOf('常住人口城镇化率');
    const other = urban + 1;
    sheet.getRow(urban).getCell(7).value = 63.08;
    sheet.getRow(urban).getCell(8).value = 99; // a jump from 63.08: needs confirmation
    sheet.getRow(other).getCell(7).value = '不详'; // neither a number nor a milestone: refused
    await workbook.xlsx.writeFile(template.path);

    await page.setInputFiles('input[type=file]', template.path);
    await page.click('form button[type=submit] >> text=检查');
    await page.waitForSelector('#upload-report table.upload-report');
    await shot(page, '40-excel-upload-report');
    assert.match(await page.textContent(`tr[data-row="${urban}"]`) ?? '', /2022：63\.08；2023：99.*需确认/);
    assert.match(await page.textContent(`tr[data-row="${other}"]`) ?? '', /被拒绝.*不详/);
    const stored = () => page.evaluate(() => fetch('/api/observations?region=%E8%BF%9E%E4%BA%91%E6%B8%AF%E5%B8%82').then((r) => r.json()));
    assert.deepEqual(await stored(), [], 'nothing is stored before 确认');
    assert.match(await page.textContent('#confirm-upload') ?? '', /确认导入 1 行（跳过 1 行被拒绝的）/);
    await page.click('#confirm-upload');
    await page.waitForSelector('#upload-report .message.ok');
    assert.match(await page.textContent('#upload-report') ?? '', /新增 2/);

    await page.click('#upload-report a.button >> text=返回规划查看');
    await page.waitForSelector('table.indicators');
    const row = page.locator('table.indicators tr', { hasText: '常住人口城镇化率' }).first();
    assert.match(await row.textContent() ?? '', /99（2023）/);

    const xlsx = await download(page, 'a.export[data-format=xlsx]', dir);
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.readFile(xlsx.path);
    const evaluation = exported.getWorksheet('指标评估')!;
    const header = (evaluation.getRow(1).values as unknown[]).slice(1);
    const judged = [...Array(evaluation.rowCount).keys()].map((i) => evaluation.getRow(i + 1)).find((r) => r.getCell(header.indexOf('指标') + 1).value === '常住人口城镇化率')!;
    const latest = judged.getCell(header.indexOf('最新值') + 1);
    assert.deepEqual([latest.value, latest.type, evaluation.views[0].state], [99, ExcelJS.ValueType.Number, 'frozen']);
    const lines = libreOfficeCsv(dir, xlsx.path);
    assert.match(lines[0], /^"序号","类别","指标"/);
    assert.ok(lines.some((line) => /"常住人口城镇化率","%",.*,2023,99(\.00)?,/.test(line)), 'LibreOffice reads 2023 and 99 as numbers (unquoted)');

    const csv = await download(page, 'a.export[data-format=csv]', dir);
    assert.match(readFileSync(csv.path, 'utf8'), /^\uFEFF序号,类别,指标,/);
    await page.goto(`${server.url}/#/plans/1/indicators/${encodeURIComponent('常住人口城镇化率')}`);
    await page.waitForSelector('a.export[data-format=csv]');
    const observations = readFileSync((await download(page, 'a.export[data-format=csv]', dir)).path, 'utf8').split('\r\n');
    assert.equal(observations[0], '\uFEFFregion,indicator,year,value,unit,source_title,source_url,quote,note');
    assert.ok(observations.some((l) => /^连云港市,常住人口城镇化率,2023,99,/.test(l)), observations.join('\n'));
    for (const [path, selector] of [['#/tasks', 'a.export[data-format=xlsx]'], [`#/compare?indicator=${encodeURIComponent('常住人口城镇化率')}`, 'a.export[data-format=xlsx]'], [`#/search?q=${encodeURIComponent('城镇化')}`, 'a.export[data-format=xlsx]']]) {
      await page.goto(`${server.url}/${path}`);
      await page.waitForSelector(selector);
      const file = await download(page, selector, dir);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file.path);
      assert.equal(book.worksheets[0].views[0].state, 'frozen', path);
    }
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.stop();
  }
});
