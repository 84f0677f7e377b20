import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SourceLine } from '../../src/domain/index.ts';
import { extractPlan } from '../../src/parsers/index.ts';

// Parsers never throw on messy text: cut, shuffled and garbled seed lines still give a plan-extract/1.
const seed = readFileSync(resolve(import.meta.dirname, '../../examples/plans/002_d50b99ada46e1ee4.txt'), 'utf8').split(/\r?\n/);

function random(seedValue: number) {
  let s = seedValue;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const source = (texts: string[]) => ({
  file: 'messy.txt', format: 'txt' as const, encoding: 'utf-8', sha256: '0', warnings: [],
  lines: texts.map((text, i): SourceLine => ({ line: i + 1, text, position: { page: null } })),
});

test('cut lines, shuffled lines and garbage never make the extractor throw', () => {
  const next = random(42);
  for (let round = 0; round < 20; round++) {
    const lines = seed.map((line) => {
      const r = next();
      if (r < 0.2) return line.slice(0, Math.floor(line.length * next()));
      if (r < 0.3) return line.split('').reverse().join('');
      if (r < 0.35) return '\t专栏\t第\t章\t（\t一、\t1.\t≥\t[\t';
      return line;
    });
    for (let k = 0; k < 50; k++) {
      const a = Math.floor(next() * lines.length);
      const b = Math.floor(next() * lines.length);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    }
    const x = extractPlan(source(lines));
    assert.equal(x.schema, 'plan-extract/1');
  }
});

test('a very long line and thousands of headings finish quickly', () => {
  const started = Date.now();
  const lines = [`${'常住人口城镇化率达到75%左右，'.repeat(20000)}`, ...Array.from({ length: 5000 }, (_, i) => (i % 2 ? '第一节 发展目标' : '第一章 发展目标'))];
  const x = extractPlan(source(lines));
  assert.equal(x.outline.length, 2500);
  assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
});

test('long runs of spaces between cover words (关于印发 …, issuer … date, a heading … page) stay linear', () => {
  const lines = [`关于印发${' '.repeat(200_000)}x`, `南通市人民政府办公室${'  '.repeat(300_000)}2021年1月1日`, `第一章 总则${' '.repeat(500_000)}x`];
  for (const text of lines) {
    const started = Date.now();
    extractPlan(source([text]));
    assert.ok(Date.now() - started < 5_000, `took ${Date.now() - started} ms on ${text.slice(0, 12)}…`);
  }
});

test('a table note glued to the last row\'s value (as a PDF reader may join them) is reported on that row, never silently kept', () => {
  const taizhou = readFileSync(resolve(import.meta.dirname, '../../examples/plans/004_cc525a364f434966.txt'), 'utf8').split(/\r?\n/);
  const row = taizhou.findIndex((line) => line.includes('16．实行全科服务模式的社区覆盖率'));
  const note = taizhou.findIndex((line, i) => i > row && line.startsWith('注：'));
  const glued = [...taizhou.slice(0, row + 1), `\t50${taizhou[note]}`, ...taizhou.slice(note + 1)];
  const plan = extractPlan(source(glued));
  const issue = plan.issues.find((i) => i.code === 'table-cell-unread' && i.excerpt?.includes('注：'));
  assert.ok(issue, JSON.stringify(plan.issues));
  assert.match(issue.message, /数值后连着表注/);
  assert.equal(plan.issues.filter((i) => i.code === 'table-cell-unread').length, 1);
});

test('a table whose narrow columns wrap every cell (pdftotext -layout of a LibreOffice PDF) is reported with its lines, not dropped', () => {
  // development fixture: an HTML plan page → LibreOffice .docx → PDF → `pdftotext -layout`; 5 rows, every cell over 2–3 lines
  const text = readFileSync(resolve(import.meta.dirname, '../fixtures/development/unread/narrow-columns-pdf-layout.txt'), 'utf8');
  const plan = extractPlan(source(text.split(/\r?\n/)));
  const unread = plan.issues.filter((i) => i.code === 'table-unread');
  const names = ['地区生产总值增长', '全员劳动生产率增长', '常住人口城镇化率', '城镇调查失业率', '每千人口拥有3岁以下婴幼儿托位数'];
  // once a reading explains these lines it must give the five rows; until then, the issue with the lines' range
  if (plan.indicators.length > 0) return assert.deepEqual(plan.indicators.map((i) => i.name), names);
  assert.equal(unread.length, 1);
  assert.match(unread[0]!.message, /^第 15–42 行：表格“表 1 “十四五”时期经济社会发展主要指标”后有 \d+ 行数值/);
});
