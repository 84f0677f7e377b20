import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport, renderHtml, renderMarkdown } from '../../src/reports/index.ts';
import { sampleInput } from './sample-input.ts';

const hostile = '<script>alert(1)</script>';

test('an indicator named like a script renders as text in HTML, charts included', () => {
  const html = renderHtml(buildReport(sampleInput(hostile)));
  assert.ok(!html.includes('<script'), 'no script element anywhere');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
});

test('the HTML is self-contained: inline CSS, one inline SVG per charted indicator, no external resources', () => {
  const report = buildReport(sampleInput());
  const html = renderHtml(report);
  assert.deepEqual(report.charts.map((c) => c.indicator), ['常住人口城镇化率', '空气质量优良天数比例'], 'the growth target without data has no chart');
  assert.equal(html.match(/<svg[\s>]/g)?.length, report.charts.length);
  assert.match(html, /<style>/);
  assert.doesNotMatch(html, /<link|<img|src=/);
  assert.match(html, /《连云港市“十四五”新型城镇化规划》中期评估报告/);
});

test('a source address is a link only when it is http(s)', () => {
  const html = renderHtml(buildReport(sampleInput()));
  assert.match(html, /<a href="https:\/\/m\.news\.shi-fen\.com\/china\/202202\/50-1225017\.html">/);
  assert.ok(!html.includes('javascript:'));
});

test('the status cell is shaded and the warning marked', () => {
  const html = renderHtml(buildReport(sampleInput()));
  assert.match(html, /<td style="background:#FFEB9C"[^>]*>相对滞后<\/td><td class="warn-yellow">▲黄色预警<\/td>/);
});

test('Markdown escapes HTML and keeps table rows whole', () => {
  const md = renderMarkdown(buildReport(sampleInput(`${hostile}|x`)));
  assert.ok(!md.includes('<script'));
  assert.match(md, /\| 城镇化质量 \| &lt;script>alert\(1\)&lt;\/script>\\\|x \| % \| 61\.52 \| 70 \| 预期性 \| 63\.08（2022年） \| — \| 18\.4% \| 40\.0% \| 相对滞后 \| 黄色预警 \|/);
  assert.ok(!md.includes('javascript:alert(2))'), 'no link to a javascript: address');
});
