import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Comparator, Indicator, Value } from '../domain/index.ts';
import { evaluateCompletionRow, summarizeCompletion } from './completion-table.ts';

/** A printed cell read the way the extractor reads it. */
function cell(raw: string): Value {
  const bound = raw.match(/^([<>≤≥])\s*([\d.]+)%?$/);
  if (bound) {
    const comparator = ({ '<': 'lt', '>': 'gt', '≤': 'le', '≥': 'ge' } as Record<string, Comparator>)[bound[1]];
    return { raw, value: Number(bound[2]), comparator, cumulative: false, year: null, text: null };
  }
  const n = Number(raw);
  return raw !== '' && !Number.isNaN(n)
    ? { raw, value: n, comparator: null, cumulative: false, year: null, text: null }
    : { raw, value: null, comparator: null, cumulative: false, year: null, text: raw.replace(/\s+/g, '') };
}

const table = '表 1：开发区“十三五”规划主要发展指标完成情况';
const row = (name: string, unit: string | null, target: string, actual: string): Indicator => ({
  table, seq: null, category: null, name, unit, attribute: 'expected', baseline: null,
  target: cell(target), actual: cell(actual), annualGrowth: null, line: 0,
});

// The 连云港经开区 十三五 completion table (examples/plans/003_d7ad96852b7746b9.txt, 表 1), as printed.
const rows: Array<[Indicator, string]> = [
  [row('高新技术产业产值占规模以上工业总产值比重', '%', '68', '77.3'), 'achieved'],
  [row('万人发明专利拥有量', '件', '75', '120'), 'achieved'],
  [row('研发经费支出占地区生产总值比重', '%', '5', '7.16'), 'achieved'],
  [row('大中型工业企业研发机构覆盖率', '%', '100', '100'), 'achieved'],
  [row('高新技术企业数', '家', '60', '74'), 'achieved'],
  [row('领军人才数', '个', '230', '240'), 'achieved'],
  [row('高技能人才数', '个', '2600', '3620'), 'achieved'],
  [row('地区生产总值年均增长', '%', '11', '8.3'), 'not-achieved'],
  [row('公共财政预算收入年均增长', '%', '10', '1.5'), 'not-achieved'],
  [row('规模以上工业总产值年均增长', '%', '15', '9.4'), 'not-achieved'],
  [row('服务业增加值比重', '%', '30', '19.6'), 'not-achieved'],
  [row('固定资产投资年均增长', '%', '18', '6.0'), 'not-achieved'],
  [row('工业投资年均增长', '%', '17', '3.2'), 'not-achieved'],
  [row('规模以上工业企业数', '家', '200', '117'), 'not-achieved'],
  [row('主导产业产值占规模以上工业总产值比重', '%', '70', '78.5'), 'achieved'],
  [row('产值 100 亿元以上企业数', '家', '4', '2'), 'not-achieved'],
  [row('期末上市和挂牌公司数', '家', '20', '21'), 'achieved'],
  [row('累计实际利用外资', '亿美元', '15', '7.3'), 'not-achieved'],
  [row('进出口总额年均增长', '%', '5', '-'), 'no-data'],
  [row('企业境外投资额', '亿美元', '10', '8.5'), 'not-achieved'],
  [row('单位地区生产总值综合能耗下降', '%', '市下达目 标', '完成'), 'achieved'],
  [row('单位工业增加值用水量降低', '%', '市下达目 标', '完成'), 'achieved'],
  [row('主要污染物排放总量减少', '%', '市下达目 标', '完成'), 'achieved'],
  [row('工业污水集中处理率', '%', '100', '100'), 'achieved'],
  [row('城乡基本社会保险覆盖率', '%', '90', '99'), 'achieved'],
  [row('城镇登记失业率', '%', '<4%', '<4%'), 'achieved'],
];

test('连云港经开区 十三五 completion table: 15 met, 10 not met, 1 without an actual', () => {
  const judged = rows.map(([r]) => evaluateCompletionRow(r)!);
  for (const [i, [r, status]] of rows.entries()) assert.equal(judged[i].status, status, r.name);
  assert.deepEqual(summarizeCompletion(judged), { achieved: 15, 'not-achieved': 10, 'no-data': 1 });
  assert.deepEqual(judged[7], {
    table, name: '地区生产总值年均增长', unit: '%', target: { raw: '11', value: 11 }, actual: { raw: '8.3', value: 8.3 },
    status: 'not-achieved', label: '未完成',
  });
});

test('completion rows: no target → left out; a cap or a falling indicator judged by its direction', () => {
  assert.equal(evaluateCompletionRow(row('某指标', '%', '-', '5')), undefined);
  assert.equal(evaluateCompletionRow(row('PM2.5平均浓度', '微克/立方米', '35', '32'))?.status, 'achieved');
  assert.equal(evaluateCompletionRow(row('PM2.5平均浓度', '微克/立方米', '35', '38'))?.status, 'not-achieved');
  assert.equal(evaluateCompletionRow(row('城镇登记失业率', '%', '<4%', '4.2'))?.status, 'not-achieved');
  assert.equal(evaluateCompletionRow(row('重点工程', null, '建成', '推进中'))?.status, 'not-achieved');
});
