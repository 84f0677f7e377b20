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

test('a header whose every cell wraps (over one, two or three lines, each centred) and a wrapped label are one row each', () => {
  // 编/号 and 计量单/位 stand 6 pt above and below the one-line cells: closer than a line, so cells of one row
  const wrapped = [
    run('基期值', 190, 812), run('编', 70, 806), run('计量单', 150, 806), run('类别', 20, 800), run('指标', 100, 800),
    run('（2020年）', 190, 800), run('解释', 280, 800), run('号', 70, 794), run('位', 150, 794),
    // the label 城镇化水平 wraps onto the line below its row's values; 解释 wraps further down
    run('城镇化水', 20, 760), run('1', 70, 760), run('常住人口', 100, 760), run('%', 150, 760), run('70.4', 190, 760),
    run('指常住人口', 280, 760), run('平', 20, 746), run('城镇化率', 100, 746), run('城镇化率', 280, 746), run('的比重。', 280, 732),
    run('2', 70, 690), run('森林覆盖', 100, 690), run('%', 150, 690), run('23', 190, 690), run('指森林', 280, 690),
  ];
  assert.deepEqual(pageLines(wrapped), [
    '类别\t编号\t指标\t计量单位\t基期值（2020年）\t解释',
    '城镇化水平\t1\t常住人口城镇化率\t%\t70.4\t指常住人口城镇化率的比重。',
    '\t2\t森林覆盖\t%\t23\t指森林',
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
