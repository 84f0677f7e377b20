import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IndicatorEvaluation, ProgressStatus, Warning } from '../../src/domain/index.ts';
import { statusLabels } from '../../src/reports/labels.ts';
import { buildSummary } from '../../src/reports/summary.ts';

const judged = (status: ProgressStatus, warning: Warning | null = null) =>
  ({ name: status, status, label: statusLabels[status], warning }) as IndicatorEvaluation;
const many = (n: number, status: ProgressStatus, warning: Warning | null = null) => Array.from({ length: n }, () => judged(status, warning));
// at the final phase rows are 已完成 / 未完成 (evaluation.md as amended), so the final cases use those
const done = (n: number) => Array.from({ length: n }, (_, i) => ({ ...judged('achieved'), name: `达标${i + 1}`, label: '已完成' }));
const missed = (name: string, target: string, level: number, form: IndicatorEvaluation['form'] = 'level') =>
  ({ ...judged('not-achieved', 'yellow'), name, form, level, target: { year: 2025, raw: target, value: Number(target) } }) as IndicatorEvaluation;

const cases: [string, IndicatorEvaluation[], 'mid-term' | 'final', string][] = [
  ['nothing listed', [], 'mid-term', '规划未列出可评估的指标。'],
  ['no data at all', many(4, 'no-data'), 'mid-term', '4项指标中，4项暂无数据。现有监测数据不足以作出总体判断，需补报监测数据。'],
  ['most judged and on course', [...many(3, 'achieved'), ...many(5, 'ahead'), ...many(1, 'on-track')], 'mid-term', '9项指标中，3项提前实现、5项快于预期、1项基本符合预期。总体进展好于预期。'],
  ['seven in ten on course', [...many(7, 'on-track'), ...many(3, 'lagging', 'yellow')], 'mid-term', '10项指标中，7项基本符合预期、3项相对滞后。3项指标预警（黄色3项）。总体进展基本符合预期。'],
  ['half behind, a binding one red', [...many(2, 'on-track'), judged('regressing', 'red'), judged('lagging', 'yellow')], 'mid-term', '4项指标中，2项基本符合预期、1项相对滞后、1项严重滞后（逆向）。2项指标预警（红色1项、黄色1项），约束性指标须重点推进。总体进展基本符合预期，但部分指标相对滞后。'],
  ['mostly behind', [judged('on-track'), ...many(3, 'lagging', 'yellow')], 'mid-term', '4项指标中，1项基本符合预期、3项相对滞后。3项指标预警（黄色3项）。总体进展滞后于预期，需加大推进力度。'],
  ['few judged', [judged('on-track'), ...many(3, 'no-data')], 'mid-term', '4项指标中，1项基本符合预期、3项暂无数据。已评估的1项指标中1项进展符合或好于预期；其余3项暂无数据或无法评估，尚不足以作出总体判断，需补报监测数据。'],
  ['few judged, all behind', [judged('lagging'), ...many(3, 'no-data')], 'mid-term', '4项指标中，1项相对滞后、3项暂无数据。已评估的1项指标均进展滞后；其余3项暂无数据或无法评估，尚不足以作出总体判断，需补报监测数据。'],
  ['final, few judged, none achieved', [missed('常住人口城镇化率', '70', 65.2), ...many(3, 'no-data')], 'final',
    '4项指标中，1项未完成、3项暂无数据。1项指标预警（黄色1项）。未完成的指标：常住人口城镇化率（目标70，实际65.2）。已评估的1项指标均未完成；其余3项暂无数据或无法评估，尚不足以作出总体判断，需补报监测数据。'],
  ['final, all achieved', done(3), 'final', '3项指标中，3项已完成。总体看，规划目标全面完成。'],
  ['final, four in five achieved', [...done(4), missed('居民人均可支配收入年均增长', '7', 6.5926, 'growth')], 'final',
    '5项指标中，4项已完成、1项未完成。1项指标预警（黄色1项）。未完成的指标：居民人均可支配收入年均增长（目标7，实际年均6.59%）。总体看，规划目标基本完成。'],
];

for (const [name, evaluations, kind, expected] of cases) {
  test(`overall judgement: ${name}`, () => {
    assert.equal(buildSummary(evaluations, kind).judgement, expected);
  });
}
