import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayStandEitherWay, type Valued } from './table-reading-order-doubts.ts';
import { readReadingOrder } from './table-reading-order.ts';

const sourceLines = (texts: readonly string[]) => texts.map((text, i) => ({ line: i + 1, text, position: { page: null } }));
const HEADER = ['2020 年基', '指标名称', '单位', '2025 年', '年均增速', '指标属性', '数'];

test('a value with Chinese after a dash or a number of like size may stand on either side of it', () => {
  const row = (...cells: Array<[number, string, Valued['role']]>) => cells.map(([run, text, role]) => ({ run, text, role }));
  const cases: Array<[string, Valued[], boolean]> = [
    ['32.5 — | 33 以上: the target may be 33 以上', row([1, '32.5', 'baseline'], [1, '—', 'target'], [2, '33以上', 'annual']), true],
    ['2.31 6 | 3.1 以上: 3.1 以上 may be the target', row([1, '2.31', 'baseline'], [1, '6', 'target'], [2, '3.1以上', 'annual']), true],
    ['1000 1400 | 7 左右: a rate is no target of a total', row([1, '1000', 'baseline'], [1, '1400', 'target'], [2, '7左右', 'annual']), false],
    ['80.2 | 81 左右: a goal is no baseline', row([1, '80.2', 'baseline'], [2, '81左右', 'target']), false],
    ['— | 稳中向好: words are no baseline', row([1, '—', 'baseline'], [2, '稳中向好', 'target']), false],
    ['— | 〔353〕: a cumulative figure may be the baseline', row([1, '—', 'baseline'], [2, '〔353〕', 'target']), true],
    ['6.8 — | 〔40〕: a cumulative total in the 年均增长 column', row([1, '6.8', 'baseline'], [1, '—', 'target'], [2, '〔40〕', 'annual']), false],
    ['all values in one run: their order is printed', row([2, '〔20.4〕', 'baseline'], [2, '—', 'target']), false],
  ];
  for (const [name, valued, expected] of cases) assert.equal(mayStandEitherWay(valued), expected, name);
});

test('rows pdftotext leaves in doubt are kept and named in one table-ambiguous issue per reason', () => {
  const body = readReadingOrder(sourceLines([
    ...HEADER,
    '3200', '4500', '7', '规模以上工业总产值', '亿元', '预期性',
    '%', '32.5', '—', '制造业增加值比重', '33 以上', '预期性',
    '%', '—', '6.5', '规模以上工业增加值增速', '预期性',
    '第三章 加快构建现代产业体系',
  ]), 0, new Set())!;
  assert.deepEqual(body.rows.map((r) => r.map((c) => c.text)).slice(1), [
    ['制造业增加值比重', '%', '32.5', '—', '33以上', '预期性'],
    ['规模以上工业增加值增速', '%', '', '—', '6.5', '预期性'],
  ]);
  assert.deepEqual(body.issues.map((i) => [i.code, i.line]), [['table-ambiguous', 14], ['table-ambiguous', 20]]);
  assert.match(body.issues[0].message, /第 14 行：.*左右次序/);
  assert.match(body.issues[1].message, /第 20 行：.*“-”/);
});
