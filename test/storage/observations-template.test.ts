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
