import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageLines, type PlacedText } from './pdf-lines.ts';
import { brokenRowTail, joinTail } from './pdf-broken-row.ts';

const run = (text: string, x: number, y: number): PlacedText => ({ text, x, y, width: text.length * 10, size: 10 });

// an unruled table printed with cell padding: rows 40 pt apart, the lines of a cell 14 pt apart
const header = [
  run('序号', 20, 800), run('指标', 60, 800), run('2025年目', 160, 807), run('标', 170, 793), run('指标属', 230, 807), run('性', 240, 793),
  run('解释', 300, 800), run('单位', 394, 800),
];
const rows = [
  // 解释 wraps around the row's middle line; the name wraps above and below; 解释 and 单位 stand 0.3 em apart
  run('指按可比价格计算', 280, 764), run('区生产总值增', 60, 757), run('1', 20, 750), run('6左右', 160, 750), run('预期性', 230, 750),
  run('的总值增长速度，反映', 290, 750), run('省统计局', 394, 750), run('长', 60, 743), run('经济增长的总体水平', 280, 736),
  run('2', 20, 700), run('森林覆盖率', 60, 700), run('35', 160, 700), run('约束性', 230, 700), run('指森林面积占比', 280, 700), run('省林业局', 394, 700),
];

test('rows of an unruled table whose cells wrap above, below and around the middle line are read as one row each', () => {
  assert.deepEqual(pageLines([...header, ...rows]), [
    '序号\t指标\t2025年目标\t指标属性\t解释\t单位',
    '1\t区生产总值增长\t6左右\t预期性\t指按可比价格计算的总值增长速度，反映经济增长的总体水平\t省统计局',
    '2\t森林覆盖率\t35\t约束性\t指森林面积占比\t省林业局',
  ]);
});

test('rows set tight, every line a row of its own, are not joined', () => {
  const tight = [
    run('序号', 20, 800), run('指标', 60, 800), run('2025年', 160, 800),
    run('1', 20, 786), run('常住人口城镇', 60, 786), run('70', 160, 786),
    run('化率', 60, 772),
    run('2', 20, 758), run('森林覆盖率', 60, 758), run('35', 160, 758),
  ];
  assert.deepEqual(pageLines(tight), ['序号\t指标\t2025年', '1\t常住人口城镇\t70', '\t化率\t', '2\t森林覆盖率\t35']);
});

test('the tail of a row the page turn broke, printed under the repeated header, goes back to the row', () => {
  const before = ['序号\t指标\t解释', '4\t研发经费投入强度\t指全社会研究与试验发展'];
  const page = ['序号\t指标\t解释', '\t\t经费支出的比重。', '5\t森林覆盖率\t指森林面积'];
  assert.equal(brokenRowTail(before, page), 1);
  assert.equal(joinTail(before[1], page[1]), '4\t研发经费投入强度\t指全社会研究与试验发展经费支出的比重。');
  assert.equal(brokenRowTail(before, ['5\t森林覆盖率\t指森林面积']), -1);
  assert.equal(brokenRowTail(['序号\t指标\t解释', '4\t\t'], ['\t新的名称\t']), -1);
});
