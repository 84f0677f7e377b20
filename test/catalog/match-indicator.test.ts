import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchIndicator, normalizeIndicatorName, shippedCatalog } from '../../src/domain/catalog/index.ts';

describe('normalizeIndicatorName', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['常住人口城镇化率（%）', '常住人口城镇化率'],
    ['1．常住人口城镇化率（％）', '常住人口城镇化率'],
    ['人均体育场地面积（m ² ）', '人均体育场地面积'],
    ['每千人执业（助理）医师数（人）', '每千人执业助理医师数'],
    ['地表水达到或好于Ⅲ类水体比例', '地表水达到或好于III类水体比例'],
    ['PM2.5年均浓度（微克/立方米）', 'PM2.5年均浓度'],
    ['接受上门服务的居家老年人数占比', '接受上门服务居家老年人数占比'],
    ['产值 100 亿元以上企业数(家)', '产值100亿元以上企业数'],
    ['城乡居民人均可支配收入比', '城乡居民人均可支配收入比'],
    ['“十四五”单位GDP能耗降低', '十四五单位GDP能耗降低'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => assert.equal(normalizeIndicatorName(input), expected));
  }
});

describe('matchIndicator', () => {
  const cases: readonly (readonly [string, string, 'exact' | 'normalized' | 'synonym'])[] = [
    ['常住人口城镇化率', 'urbanization-rate', 'exact'],
    ['常住人口城镇化率（%）', 'urbanization-rate', 'normalized'],
    ['空气质量优良天数比率', 'air-quality-days', 'synonym'],
    ['设区市空气质量优良天数比率', 'air-quality-days', 'synonym'],
    ['城市建城区绿化覆盖率', 'built-up-green-coverage', 'synonym'],
    ['R&D经费支出占GDP比重', 'rd-intensity', 'synonym'],
    ['全社会研发投入占地区生产总值比重', 'rd-intensity', 'synonym'],
    ['研发经费投入占地区生产总值比重', 'rd-intensity', 'synonym'],
    ['地表水国考断面达到或好于III类水体比例', 'surface-water-quality', 'synonym'],
    ['单位GDP能耗降低', 'energy-intensity-reduction', 'synonym'],
    ['单位地区生产总值能耗下降', 'energy-intensity-reduction', 'synonym'],
    ['规上工业总产值', 'industrial-output', 'synonym'],
    ['ＧＤＰ增速', 'gdp-growth', 'synonym'],
    ['每千人口拥有3岁以下婴幼儿托位数', 'childcare-places', 'exact'],
  ];
  for (const [input, id, how] of cases) {
    it(`${input} → ${id} (${how})`, () => {
      const match = matchIndicator(input, shippedCatalog);
      assert.equal(match?.entry.id, id);
      assert.equal(match?.how, how);
    });
  }

  it('returns undefined for a name no entry knows', () => {
    assert.equal(matchIndicator('海州区重点项目开工数', shippedCatalog), undefined);
  });
});
