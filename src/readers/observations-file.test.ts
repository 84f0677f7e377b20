import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { parseCsv, readObservationsFile } from './observations-file.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'evaluation', 'fixtures');
const examples = join(import.meta.dirname, '..', '..', 'examples', 'data', 'observations.csv');

test('the real observations.csv reads without problems; 预计 values replaced by a final one are history', async () => {
  const { rows, problems } = await readObservationsFile(examples);
  assert.deepEqual(problems, []);
  assert.equal(rows.length, 61);
  const urbanization = rows.filter((r) => r.region === '连云港市' && r.indicator === '常住人口城镇化率').map((r) => [r.year, r.value]);
  assert.deepEqual(urbanization, [[2021, 62.38], [2022, 63.08]]);
  assert.deepEqual(rows.filter((r) => r.superseded).map((r) => [r.row, r.indicator, r.year, r.value]), [
    [55, '地区生产总值', 2020, 5312],
    [59, '地区生产总值增速', 2020, 3.6],
  ]);
  const negative = rows.find((r) => r.indicator === '实际使用外资增速')!;
  assert.deepEqual([negative.value, negative.note, negative.unit], [-61.5, '预计', '%']);
});

test('each kind of bad row is reported with its row, column and reason', async () => {
  const { rows, problems } = await readObservationsFile(join(fixtures, 'observations-problems.csv'));
  assert.deepEqual(problems.map((p) => [p.row, p.column]), [[6, 'year'], [7, 'value'], [8, 'value'], [10, 'region'], [11, 'year']]);
  assert.match(problems[0].reason, /“二〇二二”不是年份/);
  assert.match(problems[1].reason, /“约四千”不是数字/);
  assert.match(problems[2].reason, /比重类指标（%）.*0–100 之间，收到 183.6/);
  assert.match(problems[4].reason, /与第 3 行重复/);
  assert.deepEqual(rows.map((r) => r.row), [2, 3, 4, 5, 9, 12, 13, 14, 16]);
  const byRow = new Map(rows.map((r) => [r.row, r]));
  assert.deepEqual([byRow.get(4)!.value, byRow.get(4)!.comparator], [4, 'lt']);
  assert.deepEqual([byRow.get(5)!.value, byRow.get(5)!.milestone], [null, '推进中']);
  assert.deepEqual([byRow.get(12)!.superseded, byRow.get(13)!.superseded, byRow.get(13)!.value], [true, false, 4005.2]);
  assert.equal(byRow.get(14)!.note, '说明含"引号",以及逗号\r\n和换行');
  assert.equal(byRow.get(16)!.year, 2020);
});

test('GB18030 CSV with Chinese headers, UTF-8 with BOM, and XLSX read the same rows', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-obs-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const text = '地区,指标,年份,数值,单位\n连云港市,常住人口城镇化率,2022,63.08,%\n';
  writeFileSync(join(dir, 'gb.csv'), iconv.encode(text, 'gb18030'));
  writeFileSync(join(dir, 'bom.csv'), `\uFEFF${text}`);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('观测');
  sheet.addRow(['region', 'indicator', 'year', 'value', 'unit']);
  sheet.addRow(['连云港市', '常住人口城镇化率', 2022, 63.08, '%']);
  sheet.addRow(['连云港市', '常住人口城镇化率', 2023, '≥64', '%']);
  await workbook.xlsx.writeFile(join(dir, 'obs.xlsx'));
  for (const file of ['gb.csv', 'bom.csv', 'obs.xlsx']) {
    const { rows, problems } = await readObservationsFile(join(dir, file));
    assert.deepEqual(problems, [], file);
    assert.deepEqual([rows[0].row, rows[0].region, rows[0].indicator, rows[0].year, rows[0].value, rows[0].unit], [2, '连云港市', '常住人口城镇化率', 2022, 63.08, '%'], file);
  }
  const xlsx = await readObservationsFile(join(dir, 'obs.xlsx'));
  assert.deepEqual([xlsx.rows[1].row, xlsx.rows[1].value, xlsx.rows[1].comparator], [3, 64, 'ge']);
});

test('a missing required column is reported on the header row; a missing file is refused', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-obs-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'no-year.csv'), 'region,indicator,value\n连云港市,常住人口城镇化率,63.08\n');
  const { rows, problems } = await readObservationsFile(join(dir, 'no-year.csv'));
  assert.deepEqual([rows, problems.map((p) => [p.row, p.column])], [[], [[1, 'year']]]);
  await assert.rejects(readObservationsFile(join(dir, 'none.csv')), /找不到观测数据文件/);
});

test('CSV records: quoted cells, doubled quotes, blank lines skipped', () => {
  assert.deepEqual(parseCsv('a,"b\n""c""",d\r\n\r\ne,f\n').map((r) => [r.row, r.cells]), [[1, ['a', 'b\n"c"', 'd']], [4, ['e', 'f']]]);
});
