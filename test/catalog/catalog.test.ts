import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findCatalogCollisions, matchIndicator, shippedCatalog } from '../../src/domain/catalog/index.ts';
import { seedPlanIndicators } from './seed-plan-indicators.ts';

/**
 * Every indicator name of examples/data/observations.csv, its catalogue entry and whether a seed
 * plan of the same region has that indicator. Unplanned ones are deliberate: no seed plan of the
 * region lists them (连云港市's plan is its 城镇化 plan, with no GDP row).
 */
const observationNames: readonly (readonly [region: string, name: string, id: string, planned: boolean])[] = [
  ['连云港市', 'PM2.5平均浓度', 'pm25', false],
  ['连云港市', '一般公共预算收入增速', 'budget-revenue-growth', false],
  ['连云港市', '人均预期寿命', 'life-expectancy', true],
  ['连云港市', '全体居民人均可支配收入增速', 'disposable-income-growth', true],
  ['连云港市', '地区生产总值', 'gdp', false],
  ['连云港市', '地区生产总值增速', 'gdp-growth', false],
  ['连云港市', '地表水达到或好于Ⅲ类水体比例', 'surface-water-quality', true],
  ['连云港市', '外贸进出口总额', 'foreign-trade', false],
  ['连云港市', '外贸进出口总额增速', 'foreign-trade-growth', false],
  ['连云港市', '实际使用外资增速', 'fdi-growth', false],
  ['连云港市', '常住人口', 'population', false],
  ['连云港市', '常住人口城镇化率', 'urbanization-rate', true],
  ['连云港市', '省考断面水质优Ⅲ类比例', 'surface-water-quality', true],
  ['连云港市', '研发经费支出占地区生产总值比重', 'rd-intensity', true],
  ['连云港市', '空气质量优良天数比率', 'air-quality-days', true],
  ['连云港市', '规模以上工业总产值', 'industrial-output', false],
  ['连云港市', '高新技术产业产值占规模以上工业产值比重', 'high-tech-share', true],
  ['海州区', '地区生产总值', 'gdp', true],
  ['海州区', '地区生产总值增速', 'gdp-growth', false],
  ['海州区', '常住人口', 'population', false],
  ['连云港经济技术开发区', '常住人口', 'population', false],
  ['南通市', '一般公共预算收入增速', 'budget-revenue-growth', false],
  ['南通市', '人均预期寿命', 'life-expectancy', false],
  ['南通市', '农村居民人均可支配收入增速', 'rural-income-growth', false],
  ['南通市', '地区生产总值', 'gdp', false],
  ['南通市', '地区生产总值增速', 'gdp-growth', false],
  ['南通市', '城镇居民人均可支配收入增速', 'urban-income-growth', false],
  ['南通市', '常住人口', 'population', false],
  ['南通市', '常住人口城镇化率', 'urbanization-rate', true],
  ['南通市', '户籍人口', 'registered-population', false],
  ['南通市', '研发经费支出占地区生产总值比重', 'rd-intensity', true],
  ['南通市', '社会消费品零售总额增速', 'retail-sales-growth', false],
  ['南通市', '高新技术产业产值占规模以上工业产值比重', 'high-tech-share', true],
  ['泰州市', '一般公共预算收入', 'budget-revenue', false],
  ['泰州市', '一般公共预算收入增速', 'budget-revenue-growth', false],
  ['泰州市', '人均预期寿命', 'life-expectancy', false],
  ['泰州市', '全体居民人均可支配收入增速', 'disposable-income-growth', false],
  ['泰州市', '地区生产总值', 'gdp', false],
  ['泰州市', '地区生产总值增速', 'gdp-growth', false],
  ['泰州市', '常住人口', 'population', false],
  ['泰州市', '户籍人口', 'registered-population', false],
];

describe('the shipped catalogue', () => {
  it('has unique ids and no two entries claiming the same wording', () => {
    const ids = shippedCatalog.map((entry) => entry.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(findCatalogCollisions(shippedCatalog), []);
  });

  it('fills unit-independent fields of every entry', () => {
    for (const entry of shippedCatalog) {
      assert.ok(entry.name && entry.definition && entry.source && entry.department, entry.id);
      assert.ok(entry.direction === 1 || entry.direction === -1, entry.id);
    }
  });

  for (const [region, rows] of Object.entries(seedPlanIndicators)) {
    it(`matches every indicator of the ${region} seed plan`, () => {
      for (const [name, id] of rows) assert.equal(matchIndicator(name, shippedCatalog)?.entry.id, id, name);
    });
  }

  it('matches every indicator named in examples/data/observations.csv', () => {
    const csv = readFileSync(new URL('../../examples/data/observations.csv', import.meta.url), 'utf8');
    const names = new Set(csv.trim().split('\n').slice(1).map((line) => line.split(',')[1]));
    assert.deepEqual([...names].sort(), [...new Set(observationNames.map((row) => row[1]))].sort());
    for (const [, name, id] of observationNames) assert.equal(matchIndicator(name, shippedCatalog)?.entry.id, id, name);
  });

  it('finds which observations a seed plan of the same region has', () => {
    for (const [region, name, , planned] of observationNames) {
      const planIds = new Set((seedPlanIndicators[region] ?? []).map(([, id]) => id));
      const id = matchIndicator(name, shippedCatalog)!.entry.id;
      assert.equal(planIds.has(id), planned, `${region} ${name}`);
    }
  });
});
