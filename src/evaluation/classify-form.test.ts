import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Comparator, Target, TargetForm, Value } from '../domain/index.ts';
import { classifyForm } from './classify-form.ts';

const value = (raw: string, v: number | null, comparator: Comparator | null = null, cumulative = false): Value =>
  ({ raw, value: v, comparator, cumulative, year: null, text: v === null ? raw : null });

const target = (name: string, unit: string | null, baseline: Value | null, goal: Value): Target =>
  ({ name, unit, attribute: null, baseline, target: goal, baseYear: 2020, targetYear: 2025 });

test('target forms: the first that applies', () => {
  const cases: Array<[string, Target, TargetForm]> = [
    ['no number', target('综合交通枢纽', null, null, value('建成', null)), 'qualitative'],
    ['市下达目标', target('单位地区生产总值能耗降低', '%', null, value('市下达目标', null)), 'qualitative'],
    ['annual growth in %', target('居民人均可支配收入年均增长', '%', null, value('7', 7)), 'growth'],
    ['增速 in %', target('地区生产总值增速', '%', value('3.5', 3.5), value('6', 6)), 'growth'],
    ['(%) left in the name', target('地区生产总值年均增长（%）', null, null, value('6', 6)), 'growth'],
    ['增长 not in % is a level', target('增长极数量', '个', value('2', 2), value('4', 4)), 'level'],
    ['a five-year total in brackets', target('实际利用外资', '亿美元', value('[7.3]', 7.3, null, true), value('[20]', 20, null, true)), 'cumulative'],
    ['累计 in the name', target('单位地区生产总值建设用地使用面积五年累计下降率', '%', null, value('21', 21)), 'cumulative'],
    ['T = B', target('法治建设满意度', null, value('90', 90), value('90', 90)), 'maintain'],
    ['a floor the baseline meets', target('林木覆盖率', '%', value('26.5', 26.5), value('≥26.5', 26.5, 'ge')), 'maintain'],
    ['99 → ≥95', target('城乡基本养老保险参保缴费率', '%', value('99', 99), value('95以上', 95, 'ge')), 'maintain'],
    ['a cap the baseline meets, printed with a comparator', target('城镇调查失业率', '%', value('<4%', 4, 'lt'), value('<4%', 4, 'lt')), 'maintain'],
    ['a floor not yet met', target('空气质量优良天数比例', '%', value('81.1', 81.1), value('≥82', 82, 'ge')), 'level'],
    ['no printed baseline and a floor', target('中心城区绿色出行比例', '%', null, value('≥70', 70, 'ge')), 'level'],
    ['level', target('常住人口城镇化率', '%', value('61.52', 61.52), value('70', 70)), 'level'],
  ];
  for (const [what, t, form] of cases) assert.equal(classifyForm(t), form, what);
});
