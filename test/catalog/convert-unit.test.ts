import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { convertUnit, isGrowthIndicator, isShareIndicator } from '../../src/domain/catalog/index.ts';

describe('convertUnit', () => {
  const cases: readonly (readonly [number, string, string, number | undefined])[] = [
    [4512762, '人', '万人', 451.2762],
    [90248, '人', '万人', 9.0248],
    [91.8, '万人', '人', 918000],
    [3277, '亿元', '万元', 32770000],
    [14.6, '万元', '元', 146000],
    [12.13, '亿美元', '万美元', 121300],
    [3.45, 'm²', '平方米', 3.45],
    [2, '公顷', '平方公里', 0.02],
    [30, 'μg/m3', '微克/立方米', 30],
    [61.52, '％', '%', 61.52],
    [5, '亿元', '亿美元', undefined],
    [5, '%', '个百分点', undefined],
    [5, '亩', '公顷', undefined],
  ];
  for (const [value, from, to, expected] of cases) {
    it(`${value} ${from} → ${to}: ${expected}`, () => assert.equal(convertUnit(value, from, to), expected));
  }
});

describe('isShareIndicator and isGrowthIndicator', () => {
  const cases: readonly (readonly [string, string | null, boolean, boolean])[] = [
    ['常住人口城镇化率', '%', true, false],
    ['空气质量优良天数比率', '%', true, false],
    ['研发经费支出占地区生产总值比重', '%', true, false],
    ['城市建成区绿化覆盖率', null, true, false],
    ['城镇调查失业率', '%', true, false],
    ['地区生产总值增速', '%', false, true],
    ['居民人均可支配收入增长率', '%', false, true],
    ['单位地区生产总值建设用地使用面积下降率', '%', false, false],
    ['地区生产总值', '亿元', false, false],
    ['城乡居民人均可支配收入比', null, false, false],
    ['高新技术产业产值占规模以上工业产值比重', '亿元', false, false],
  ];
  for (const [name, unit, share, growth] of cases) {
    it(`${name} (${unit ?? '—'}): share ${share}, growth ${growth}`, () => {
      assert.equal(isShareIndicator(name, unit), share);
      assert.equal(isGrowthIndicator(name), growth);
    });
  }
});
