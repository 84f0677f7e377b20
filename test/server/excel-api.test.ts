import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createApp } from '../../src/server/app.ts';
import { parseCsv } from '../../src/readers/parse-csv.ts';
import { recordObservation } from '../../src/services/record-observation.ts';
import { storeSeedPlans } from '../catalog/seed-plans.ts';
import { backends } from './backends.ts';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbookOf(response: Response): Promise<ExcelJS.Workbook> {
  assert.equal(response.status, 200, await response.clone().text());
  assert.equal(response.headers.get('content-type'), xlsxType);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

function upload(app: ReturnType<typeof createApp>, bytes: Uint8Array, name: string, mode: 'preview' | 'store') {
  const form = new FormData();
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  return app.request(`/api/observations/upload?mode=${mode}`, { method: 'POST', body: form });
}

const observationsCsv = async (app: ReturnType<typeof createApp>, query: string) => {
  const response = await app.request(`/api/observations/export?format=csv&${query}`);
  assert.equal(response.status, 200);
  return parseCsv(await response.text());
};

for (const [backend, open] of backends) {
  test(`${backend}: 填报表 download for a year range, upload reported row by row before anything is stored, stored on confirm`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      await storeSeedPlans(db);
      await recordObservation(db, { region: '连云港市', indicator: '常住人口城镇化率', year: 2021, value: 62.5, unit: '%', by: 'test' });
      const app = createApp({ db });
      const workbook = await workbookOf(await app.request(`/api/plans/${encodeURIComponent('连云港市')}/template?from=2021&to=2023`));
      const sheet = workbook.worksheets[0];
      assert.deepEqual((sheet.getRow(2).values as unknown[]).slice(1), ['地区', '指标', '单位', '基期', '目标', '2021', '2022', '2023']);
      assert.equal(sheet.getCell('F3').value, 62.5);
      sheet.getCell('G3').value = 63.08; // accepted
      sheet.getCell('H3').value = 99.5; // a jump from 63: needs confirmation
      sheet.getCell('G4').value = 'abc'; // refused: not a number
      const filled = new Uint8Array(await workbook.xlsx.writeBuffer());

      const preview = (await (await upload(app, filled, '填报.xlsx', 'preview')).json()) as {
        stored: boolean; counts: Record<string, number>; rows: Array<{ row: number; status: string; values: Array<{ year: number; value: string }>; reasons: Array<{ reason: string }> }>;
      };
      assert.equal(preview.stored, false);
      const row3 = preview.rows.find((r) => r.row === 3)!;
      const row4 = preview.rows.find((r) => r.row === 4)!;
      assert.equal(row3.status, 'warning');
      assert.deepEqual(row3.values.map((v) => v.year), [2021, 2022, 2023]);
      assert.match(row3.reasons.map((r) => r.reason).join(), /需确认/);
      assert.equal(row4.status, 'refused');
      assert.match(row4.reasons[0].reason, /abc/);
      assert.deepEqual((await observationsCsv(app, 'region=连云港市')).length, 2, 'the preview stored nothing: header and the one value of before');

      const stored = (await (await upload(app, filled, '填报.xlsx', 'store')).json()) as { stored: boolean; created: number };
      assert.deepEqual([stored.stored, stored.created], [true, 2]);
      const records = await observationsCsv(app, 'region=连云港市');
      assert.deepEqual(records[0].cells, ['region', 'indicator', 'year', 'value', 'unit', 'source_title', 'source_url', 'quote', 'note']);
      assert.deepEqual(records.slice(1).map((r) => r.cells.slice(2, 4)), [['2021', '62.5'], ['2022', '63.08'], ['2023', '99.5']]);

      const refused = await upload(app, new TextEncoder().encode('x'), 'values.txt', 'preview');
      assert.equal(refused.status, 415);
      assert.match(((await refused.json()) as { message: string }).message, /\.csv 或 \.xlsx/);
      const badRange = await app.request(`/api/plans/${encodeURIComponent('连云港市')}/template?from=2025&to=2021`);
      assert.equal(badRange.status, 400);
    } finally {
      await db.close();
    }
  });
}

test('every table the web shows downloads as CSV and as XLSX with numeric cells, formats and a frozen header', { timeout: 300_000 }, async (t) => {
  const [, open] = backends[0];
  const db = (await open(t))!;
  t.after(() => db.close());
  await storeSeedPlans(db);
  await recordObservation(db, { region: '连云港市', indicator: '常住人口城镇化率', year: 2022, value: 63.08, unit: '%', by: 'test' });
  const app = createApp({ db });
  const plan = encodeURIComponent('连云港市');
  const paths = [
    `/api/plans/${plan}/export?`, '/api/observations/export?region=连云港市&', '/api/compare/export?indicator=常住人口城镇化率&',
    '/api/tasks/export?', '/api/search/export?q=城镇化&',
  ];
  for (const path of paths) {
    const csv = await app.request(`${path}format=csv`);
    assert.equal(csv.status, 200, path);
    assert.match(csv.headers.get('content-disposition') ?? '', /^attachment; filename\*=UTF-8''.+\.csv$/);
    assert.deepEqual([...new Uint8Array(await csv.arrayBuffer()).slice(0, 3)], [0xef, 0xbb, 0xbf], `${path}: a BOM, so Excel reads UTF-8`);
    const sheet = (await workbookOf(await app.request(`${path}format=xlsx`))).worksheets[0];
    assert.equal(sheet.views[0].state, 'frozen', path);
    assert.equal(sheet.getRow(1).font?.bold, true, path);
  }
  const indicators = (await workbookOf(await app.request(`/api/plans/${plan}/export?format=xlsx&asOf=2022`))).getWorksheet('指标评估')!;
  const header = (indicators.getRow(1).values as unknown[]).slice(1);
  const row = [...Array(indicators.rowCount).keys()].map((i) => indicators.getRow(i + 1)).find((r) => r.getCell(header.indexOf('指标') + 1).value === '常住人口城镇化率')!;
  const latest = row.getCell(header.indexOf('最新值') + 1);
  assert.deepEqual([latest.value, latest.type, row.getCell(header.indexOf('最新年') + 1).value], [63.08, ExcelJS.ValueType.Number, 2022]);
  const completionColumn = indicators.getColumn(header.indexOf('完成进度') + 1);
  assert.match(completionColumn.numFmt ?? '', /^0(\.0+)?%$/);
  assert.match(latest.numFmt ?? '', /^#,##0(\.0+)?$/);
  assert.equal(row.getCell(header.indexOf('最新年') + 1).numFmt, '0', 'years without a thousands separator');
  const compare = (await workbookOf(await app.request('/api/compare/export?format=xlsx&indicator=常住人口城镇化率'))).worksheets[0];
  const compareHeader = (compare.getRow(1).values as unknown[]).slice(1);
  const baselines = [2, 3].map((r) => compare.getRow(r).getCell(compareHeader.indexOf('基期值') + 1));
  assert.ok(baselines.every((c) => c.type === ExcelJS.ValueType.Number || c.type === ExcelJS.ValueType.Null));
  assert.ok(baselines.some((c) => typeof c.value === 'number'));
});
