import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTargetClause, readTargetClauses } from './read-target-clause.ts';

const cases: Array<[string, string, string, number, string, boolean]> = [
  // clause, indicator, raw, value, comparator, cumulative
  ['常住人口城镇化率达到75%左右', '常住人口城镇化率', '75%左右', 75, 'approx', false],
  ['常住人口城镇化率力争达到74%', '常住人口城镇化率', '74%', 74, 'eq', false],
  ['户籍人口城镇化率达68%以上', '户籍人口城镇化率', '68%以上', 68, 'ge', false],
  ['研发经费支出占比不低于3%', '研发经费支出占比', '3%', 3, 'ge', false],
  ['力争地区生产总值迈上1000亿台阶', '地区生产总值', '1000亿', 1000, 'ge', false],
  ['一般公共预算收入突破100亿元', '一般公共预算收入', '100亿元', 100, 'gt', false],
  ['外贸进出口总额超过 60 亿美元', '外贸进出口总额', '60 亿美元', 60, 'gt', false],
  ['城镇登记失业率控制在3.5%以内', '城镇登记失业率', '3.5%以内', 3.5, 'le', false],
  ['城乡居民人均可支配收入比缩小到1.95', '城乡居民人均可支配收入比', '1.95', 1.95, 'le', false],
  ['单位GDP能耗降至0.4吨', '单位GDP能耗', '0.4吨', 0.4, 'le', false],
  ['力争在国家级开发区排名从目前的 28 位跻身前 20 强', '国家级开发区排名', '前 20 强', 20, 'le', false],
  ['确保产业有效投入累计达到800亿元', '产业有效投入', '800亿元', 800, 'eq', true],
  ['累计完成重点产业项目投资 1500 亿元', '重点产业项目投资', '1500 亿元', 1500, 'eq', true],
  ['全区实现地区生产总值 800 亿元', '地区生产总值', '800 亿元', 800, 'eq', false],
  ['R&D 经费占 GDP 比重达到 8% 以上', 'R&D 经费占 GDP 比重', '8% 以上', 8, 'ge', false],
  ['到2025年，城镇常住人口达380万人左右', '城镇常住人口', '380万人左右', 380, 'approx', false],
  // met in plans outside the seeds
  ['PM2.5浓度不高于30微克/立方米', 'PM2.5浓度', '30微克/立方米', 30, 'le', false],
  ['单位面积农药使用量不超过2.5公斤', '单位面积农药使用量', '2.5公斤', 2.5, 'le', false],
  ['建成区绿化覆盖率≥42%', '建成区绿化覆盖率', '42%', 42, 'ge', false],
  ['一般公共预算收入力争突破100亿元', '一般公共预算收入', '100亿元', 100, 'gt', false],
  ['主要劳动年龄人口平均受教育年限达到14年左右', '主要劳动年龄人口平均受教育年限', '14年左右', 14, 'approx', false],
];

for (const [clause, indicator, raw, value, comparator, cumulative] of cases) {
  test(`reads “${clause}”`, () => {
    const found = readTargetClause(clause.split('，').at(-1)!);
    assert.deepEqual(found, { indicator, target: { raw, value, comparator, cumulative, year: null, text: null } });
  });
}

test('clauses without a stated quantity are not targets', () => {
  for (const clause of ['城镇化水平迈上新台阶', '到2025年', 'PM2.5平均浓度进一步下降', '5G基站实现全覆盖', '基本形成市域1小时、省内2小时通行圈', '较2015年增长']) {
    assert.equal(readTargetClause(clause), null, clause);
  }
});

test('分别 pairs each named indicator with its value, completing the shared noun', () => {
  const found = readTargetClauses('常住人口、户籍人口城镇化率分别达到75%、60%以上');
  assert.deepEqual(found.map((t) => [t.indicator, t.target.raw, t.target.value, t.target.comparator]), [
    ['常住人口城镇化率', '75%', 75, 'eq'], ['户籍人口城镇化率', '60%以上', 60, 'ge'],
  ]);
  assert.deepEqual(readTargetClauses('城镇新增就业和农村劳动力转移分别达到20万人、5万人').map((t) => [t.indicator, t.target.value]), [
    ['城镇新增就业', 20], ['农村劳动力转移', 5],
  ]);
});

test('new wordings: 提高至 → eq, 降低到 → le', () => {
  assert.equal(readTargetClause('城镇化率提高至72%')?.target.comparator, 'eq');
  assert.equal(readTargetClause('单位GDP能耗降低到0.35吨标准煤')?.target.comparator, 'le');
});
