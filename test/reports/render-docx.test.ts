import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport, renderDocx } from '../../src/reports/index.ts';
import { hasLibreOffice, requireSystem } from '../support/system.ts';
import { convertDocxToPdf, docxPart } from './office.ts';
import { sampleInput } from './sample-input.ts';

test('the Word report has real tables with a header row only at the top, shaded status cells, native Word charts and Chinese fonts', async (t) => {
  const report = buildReport(sampleInput());
  const docx = await renderDocx(report);
  const xml = docxPart(t, docx);
  const tables = xml.match(/<w:tbl>/g)?.length ?? 0;
  assert.ok(tables >= 4);
  assert.equal(xml.match(/<w:tblHeader\/>/g)?.length, tables, 'one header row per table');
  assert.ok(/<w:shd [^>]*w:fill="FFEB9C"/.test(xml), 'the 相对滞后 cell is shaded');
  assert.equal(xml.match(/<c:chart /g)?.length, report.charts.length, 'one Word chart per charted indicator');
  assert.ok(docxPart(t, docx, 'word/footer1.xml').includes('PAGE'), 'page number field in the footer');
  const styles = docxPart(t, docx, 'word/styles.xml');
  assert.ok(styles.includes('w:eastAsia="宋体"') && styles.includes('w:eastAsia="黑体"'), 'Chinese fonts named');
});

test('the Word report opens in LibreOffice with its title, tables and glyphs', async (t) => {
  if (!requireSystem(t, hasLibreOffice(), 'LibreOffice (apt-get install libreoffice-writer-nogui)')) return;
  const pdf = convertDocxToPdf(t, await renderDocx(buildReport(sampleInput(hostileName))));
  assert.ok(pdf.pages > 1, `pages: ${pdf.pages}`);
  const text = pdf.text.replace(/\s+/g, '');
  assert.ok(text.includes('《连云港市“十四五”新型城镇化规划》中期评估报告'));
  assert.ok(text.includes('相对滞后'));
  assert.ok(text.includes('<script>alert(1)</script>'), 'a hostile name is printed as text');
  assert.ok(text.includes('第2页，共'), 'page numbers from the page after the cover');
});

const hostileName = '<script>alert(1)</script>';

test('the 公文 typeface option sets 小标宋 for the title, 黑体 and 楷体 for headings, 仿宋 三号 for the body', async (t) => {
  const report = buildReport(sampleInput());
  const styles = docxPart(t, await renderDocx(report, 'official'), 'word/styles.xml');
  for (const font of ['方正小标宋简体', '黑体', '楷体_GB2312', '仿宋_GB2312']) assert.ok(styles.includes(`w:eastAsia="${font}"`), font);
  assert.ok(styles.includes('<w:sz w:val="32"/>'), 'body in 三号 (16 pt)');
  assert.ok(!docxPart(t, await renderDocx(report), 'word/styles.xml').includes('仿宋'), 'the standard report keeps 宋体');
});
