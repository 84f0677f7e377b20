import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { importObservationsFile } from '../../src/services/import-observations.ts';
import { writeObservationTemplate } from '../../src/services/observation-template.ts';
import { listObservations } from '../../src/services/observations.ts';
import { recordObservation } from '../../src/services/record-observation.ts';
import { contractTest } from './backends.ts';
import { storeSeedPlans } from '../catalog/seed-plans.ts';

const by = '填报员';

contractTest('the 填报表 shows the plan rows and years, locks all but the year cells, and imports back', async (db) => {
  await storeSeedPlans(db);
  await recordObservation(db, { region: '连云港市', indicator: '常住人口城镇化率', year: 2022, value: 63.08, unit: '%', by });
  const path = join(mkdtempSync(join(tmpdir(), 'plantrack-template-')), '连云港.xlsx');
  const written = await writeObservationTemplate(db, '连云港市', path);
  assert.deepEqual(written, { rows: 20, years: [2021, 2022, 2023, 2024, 2025] });

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  assert.deepEqual((sheet.getRow(2).values as unknown[]).slice(1), ['地区', '指标', '单位', '基期', '目标', '2021', '2022', '2023', '2024', '2025']);
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7].map((c) => sheet.getRow(3).getCell(c).value ?? null), ['连云港市', '常住人口城镇化率', '%', '1', '稳步提高', null, 63.08]);
  assert.equal((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet, true);
  assert.notEqual(sheet.getCell('B3').protection?.locked, false);
  assert.equal(sheet.getCell('H3').protection?.locked, false);

  const unchanged = await importObservationsFile(db, path, { by });
  assert.deepEqual([unchanged.committed, unchanged.created, unchanged.revised, unchanged.unchanged, unchanged.problems], [true, 0, 0, 1, []]);

  sheet.getCell('H3').value = 64.5;
  sheet.getCell('H16').value = '<90';
  sheet.getCell('I4').value = 6.1;
  await workbook.xlsx.writeFile(path);
  const filled = await importObservationsFile(db, path, { by });
  assert.deepEqual([filled.created, filled.unchanged, filled.problems], [3, 1, []]);
  const values = await listObservations(db, { region: '连云港市', year: 2023 });
  assert.deepEqual(values.map((o) => [o.catalogId, o.value, o.comparator]).sort(), [
    ['air-quality-days', 90, 'lt'], ['urbanization-rate', 64.5, null],
  ]);
  assert.equal((await listObservations(db, { region: '连云港市', indicator: '居民人均可支配收入增长', year: 2024 }))[0].value, 6.1);
});

contractTest('a 填报表 cell that is not a number is reported by its sheet row and year column', async (db) => {
  await storeSeedPlans(db);
  const path = join(mkdtempSync(join(tmpdir(), 'plantrack-template-')), '南通.xlsx');
  await writeObservationTemplate(db, '南通市', path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  workbook.worksheets[0].getCell('F3').value = '七十';
  await workbook.xlsx.writeFile(path);
  const result = await importObservationsFile(db, path, { by });
  assert.equal(result.committed, false);
  assert.deepEqual(result.problems.map((p) => [p.row, p.column]), [[3, 'value']]);
});

contractTest('a 填报表 remembers the version of each value it shows: a value changed since is not overwritten', async (db) => {
  await storeSeedPlans(db);
  const urbanization = { region: '连云港市', indicator: '常住人口城镇化率', unit: '%', by };
  await recordObservation(db, { ...urbanization, year: 2022, value: 63.08 });
  const path = join(mkdtempSync(join(tmpdir(), 'plantrack-template-')), '连云港.xlsx');
  await writeObservationTemplate(db, '连云港市', path);
  await recordObservation(db, { ...urbanization, year: 2022, value: 63.2, expectedVersion: 1, by: '另一位填报员' });
  await recordObservation(db, { ...urbanization, year: 2023, value: 64.2, expectedVersion: 0, by: '另一位填报员' });

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  workbook.worksheets[0].getCell('G3').value = 64;
  workbook.worksheets[0].getCell('H3').value = 64.5;
  await workbook.xlsx.writeFile(path);
  const stale = await importObservationsFile(db, path, { by });
  assert.equal(stale.committed, false);
  assert.deepEqual(stale.problems.map((p) => [p.row, p.column]), [[3, 'version'], [3, 'version']]);
  assert.match(stale.problems[0].reason, /2022 年的数据已被他人修改：当前值为 63\.2（版本 2，另一位填报员.*此行依据的是版本 1/);
  assert.match(stale.problems[1].reason, /2023 年.*当前值为 64\.2（版本 1.*依据的是版本 0/);
  assert.deepEqual((await listObservations(db, { region: '连云港市', indicator: '常住人口城镇化率' })).map((o) => o.value), [63.2, 64.2]);

  await writeObservationTemplate(db, '连云港市', path);
  const again = new ExcelJS.Workbook();
  await again.xlsx.readFile(path);
  again.worksheets[0].getCell('G3').value = 64;
  await again.xlsx.writeFile(path);
  const fresh = await importObservationsFile(db, path, { by });
  assert.deepEqual([fresh.committed, fresh.revised, fresh.problems], [true, 1, []]);
});
