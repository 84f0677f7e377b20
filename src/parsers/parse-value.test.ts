import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseValue, type CellContext } from './parse-value.ts';

type Expected = [value: number | null, comparator: string | null, cumulative: boolean, text: string | null, year?: number | null];

const cases: Array<[printed: string, expected: Expected, context?: CellContext]> = [
  // the spec's Value table, row by row
  ['70', [70, 'eq', false, null]],
  ['95%', [95, 'eq', false, null]],
  ['99% 99', [99, 'eq', false, null]],
  ['≥70', [70, 'ge', false, null]],
  ['70以上', [70, 'ge', false, null]],
  ['不低于70', [70, 'ge', false, null]],
  ['95以上', [95, 'ge', false, null]],
  ['>74', [74, 'gt', false, null]],
  ['﹥5', [5, 'gt', false, null]],
  ['超过74', [74, 'gt', false, null]],
  ['≤5', [5, 'le', false, null]],
  ['不高于5', [5, 'le', false, null]],
  ['控制在5以内', [5, 'le', false, null]],
  ['<5', [5, 'lt', false, null]],
  ['<4%', [4, 'lt', false, null]],
  ['6左右', [6, 'approx', false, null]],
  ['约6', [6, 'approx', false, null]],
  ['[21]', [21, 'eq', true, null]],
  ['[ 24.64 ]', [24.64, 'eq', true, null]],
  ['〔13.5〕', [13.5, 'eq', true, null]],
  ['60.6*', [60.6, 'eq', false, null, 2019], { starredYear: 2019 }],
  ['—', [null, null, false, null]],
  ['-', [null, null, false, null]],
  ['/', [null, null, false, null]],
  ['', [null, null, false, null]],
  ['建成', [null, null, false, '建成']],
  ['市下达目 标', [null, null, false, '市下达目标']],
  ['>7、力争投入强度高于全市平均', [7, 'gt', false, '力争投入强度高于全市平均']],
  // more printed forms met in plans
  ['６．５', [6.5, 'eq', false, null]],
  ['≥２６．５', [26.5, 'ge', false, null]],
  ['［21］', [21, 'eq', true, null]],
  ['【30】', [30, 'eq', true, null]],
  ['[21]', [21, 'eq', false, null], { bracketsMeanCumulative: false }],
  ['60.6*', [60.6, 'eq', false, null, null]],
  ['12#', [12, 'eq', false, null, 2019], { markYears: { '#': 2019 } }],
  ['15△', [15, 'eq', true, null], { cumulativeMarks: ['△'] }],
  ['5', [5, 'eq', true, null], { cumulative: true }],
  ['完成市下达任务', [null, null, false, '完成市下达任务'], { cumulative: true }],
  ['≧82', [82, 'ge', false, null]],
  ['≦5', [5, 'le', false, null]],
  ['2.5（2019年）', [2.5, 'eq', false, null, 2019]],
  ['82 (2019年数据)', [82, 'eq', false, null, 2019]],
  ['-1.5', [-1.5, 'eq', false, null]],
  ['−2', [-2, 'eq', false, null]],
  ['1,234.5', [1234.5, 'eq', false, null]],
  ['12,000', [12000, 'eq', false, null]],
  ['1.91:1', [1.91, 'eq', false, null]],
  ['2.2:1以内', [2.2, 'le', false, null]],
  ['800亿元', [800, 'eq', false, null]],
  ['4.5左右', [4.5, 'approx', false, null]],
  ['6.0', [6, 'eq', false, null]],
  ['80%以上', [80, 'ge', false, null]],
  ['3个百分点以下', [3, 'le', false, null]],
  ['5-6', [null, null, false, '5-6']],
  ['保持在合理区间', [null, null, false, '保持在合理区间']],
  ['下降15%', [15, 'eq', false, '下降15%']],
  ['——', [null, null, false, null]],
  ['[ ]', [null, null, false, null]],
  ['〔5.5〕左右', [5.5, 'approx', true, null]],
  ['[10]以上', [10, 'ge', true, null]],
  ['  95以上 ', [95, 'ge', false, null]],
  // a circled note number after a value is its mark, not a digit (NFKC would make 60.6① 60.61)
  ['60.6①', [60.6, 'eq', false, null, 2019], { markYears: { '①': 2019 } }],
  ['≥88②', [88, 'ge', false, null]],
];

for (const [printed, [value, comparator, cumulative, text, year = null], context] of cases) {
  test(`parseValue reads ${JSON.stringify(printed)}${context ? ' ' + JSON.stringify(context) : ''}`, () => {
    const result = parseValue(printed, context);
    assert.deepEqual(result, { raw: printed.trim(), value, comparator, cumulative, year, text });
  });
}

test('parseValue keeps the cell as printed in raw (no width folding)', () => {
  assert.equal(parseValue(' ﹥5 ').raw, '﹥5');
  assert.equal(parseValue('≥２６．５').raw, '≥２６．５');
});

test('parseValue never throws on odd text', () => {
  for (const odd of ['\u0000', '[[[', '*', '∞', 'NaN', '1e999', '．', '%%%', '(', '12345678901234567890']) {
    const result = parseValue(odd);
    assert.equal(typeof result.raw, 'string');
    assert.ok(result.value === null || Number.isFinite(result.value));
  }
});
