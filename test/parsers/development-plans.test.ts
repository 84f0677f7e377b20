import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { PlanExtract, SourceLine, Value } from '../../src/domain/index.ts';
import { extractPlan } from '../../src/parsers/index.ts';
import { decodeText } from '../../src/readers/index.ts';
import { valueCell } from './value-cell.ts';

// Development fixtures: plans written in the styles real plans print in, which the parser was developed
// (and tuned) on — they show it reads these layouts, not that it reads layouts in general (for that see
// test/parsers/roundtrip/). Each NAME.expected.json was written by reading NAME.txt, not from output.
const fixtures = new URL('../fixtures/development/', import.meta.url);

// fixtures are decoded as the txt reader decodes them: a plan saved in GB18030 reads like any other
function extract(file: string): PlanExtract {
  const text = decodeText(readFileSync(new URL(file, fixtures)))!.text;
  const lines: SourceLine[] = text.split(/\r?\n/).map((line, i) => ({ line: i + 1, text: line, position: { page: null } }));
  return extractPlan({ file, format: 'txt', encoding: 'utf-8', sha256: '', lines, warnings: [] });
}

const cell = (v: Value | null) => valueCell(v);

function summary(result: PlanExtract) {
  return {
    plan: result.plan,
    outline: result.outline.map((n) => `${n.label} ${n.title}`),
    tables: result.tables.map((t) => `${t.caption} | ${t.kind} | ${t.rows}`),
    indicators: result.indicators.map((i) => ({
      seq: i.seq, category: i.category, name: i.name, unit: i.unit, attribute: i.attribute,
      baseline: cell(i.baseline), target: cell(i.target), actual: cell(i.actual), annualGrowth: cell(i.annualGrowth),
    })),
    textTargets: result.textTargets.map((t) => `${t.indicator} | ${t.year} | ${cell(t.target)}`),
    boxes: result.boxes.map((b) => `${b.title} | ${b.items.length} | ${b.items.map((i) => i.title ?? '—').join('；')}`),
  };
}

const names = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort();

test('every development fixture has its expectation', () => {
  assert.ok(names.length >= 6, `only ${names.length} fixtures`);
});

for (const file of names) {
  const expected = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.expected.json'), fixtures), 'utf8'));
  const actual = summary(extract(file));
  // a fixture committed before the parser change that reads it says why in `todo`: its parts run as todos
  const todo: string | undefined = expected.todo;
  for (const part of ['plan', 'outline', 'tables', 'indicators', 'textTargets', 'boxes'] as const) {
    test(`${file}: ${part}`, { todo }, () => assert.deepEqual(actual[part], expected[part]));
  }
}

test('a 专栏 right after a table without a group column ends the table (its title is no group, its items no rows)', () => {
  const text = ['表 1 泰州市服务业发展主要指标', '指标名称\t2020年\t2025年', '服务业增加值（亿元）\t2800\t4000', '',
    '专栏一 现代服务业集聚区', '1、泰州医药城：建设生物医药研发服务平台。', '2、泰州港物流园：发展港口物流。'].join('\n');
  const lines: SourceLine[] = text.split('\n').map((line, i) => ({ line: i + 1, text: line, position: { page: null } }));
  const result = extractPlan({ file: 'x.txt', format: 'txt', encoding: 'utf-8', sha256: '', lines, warnings: [] });
  assert.deepEqual(result.indicators.map((i) => i.name), ['服务业增加值']);
  assert.deepEqual(result.boxes.map((b) => b.items.map((i) => i.title)), [['泰州医药城', '泰州港物流园']]);
});

test('a PDF row whose name wraps before its values (序号 above, group pieces 创新 / 投入 beside) is one row', () => {
  const text = ['表1   主要指标',
    ' 类别     序号   指标                              单位     2020年     2025年     属性',
    '          1      全社会研发投入占地区生产总值比重  %        2.5        3.2        预期性',
    ' 创新     2      规模以上工业企业研发经费支出占',
    ' 投入            营业收入比重                      %        1.8        2.2        预期性',
    '          3      科技财政支出                      亿元     5.2        8          预期性',
    ' 创新     4      高新技术企业数                    家       210        400        预期性',
    ' 主体     5      省级以上研发机构数                家       150        220        约束性'].join('\n');
  const lines: SourceLine[] = text.split('\n').map((line, i) => ({ line: i + 1, text: line, position: { page: null } }));
  const { indicators } = extractPlan({ file: 'x.txt', format: 'txt', encoding: 'utf-8', sha256: '', lines, warnings: [] });
  assert.deepEqual(indicators.map((i) => [i.seq, i.category, i.name, i.unit, i.baseline?.raw, i.target?.raw]), [
    [1, '创新投入', '全社会研发投入占地区生产总值比重', '%', '2.5', '3.2'],
    [2, '创新投入', '规模以上工业企业研发经费支出占营业收入比重', '%', '1.8', '2.2'],
    [3, '创新投入', '科技财政支出', '亿元', '5.2', '8'],
    [4, '创新主体', '高新技术企业数', '家', '210', '400'],
    [5, '创新主体', '省级以上研发机构数', '家', '150', '220'],
  ]);
  assert.equal(indicators[1].line, 4);
});
