import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Indicator } from '../domain/index.ts';
import { parseValue } from './parse-value.ts';
import { doubtedRows, setAsideDoubtfulRows } from './table-row-doubt-issues.ts';

const row = (line: number, seq: number | null, name: string, fields: Partial<Indicator> = {}): Indicator => ({
  table: '表1', seq, category: '经济发展', name, unit: '%', attribute: 'expected', baseline: null, target: null, actual: null,
  annualGrowth: null, line, ...fields,
});
const ROLES = ['category', 'seq', 'name', 'unit', 'baseline', 'target', 'attribute'] as const;

test('rows a reading of pdftotext text cannot vouch for are set aside with their lines, the others kept', () => {
  const rows = [
    row(10, 1, '常住人口城镇化率'),
    row(12, 2, '每万人口高价值发明专利拥有量预期性'),
    row(14, 3, '城镇常住居民人均可支配收6300元'),
    row(16, 4, '人均预期寿命'),
    row(18, 5, '城镇调查失业率', { category: '完成市下达' }),
    row(20, 6, '空气质量优良天数比例', { category: '[累计]' }),
  ];
  const { kept, issues } = setAsideDoubtfulRows('表1 主要指标', ROLES, rows);
  assert.deepEqual(kept.map((r) => r.seq), [1, 4]);
  assert.deepEqual(issues.map((i) => [i.code, i.line]), [['table-unread', 12], ['table-unread', 18]]);
  assert.match(issues[0].message, /第 12–14 行.*2 行没有把握读对/);
});

test('a 序号 off the count along the other rows, or a 单位 column no row fills, is a doubt', () => {
  const numbered = [row(1, 1, '甲指标'), row(2, 2, '乙指标'), row(3, 4, '丙指标'), row(4, 4, '丁指标'), row(5, 5, '戊指标')];
  assert.deepEqual(setAsideDoubtfulRows('表1', ROLES, numbered).kept.map((r) => r.line), [1, 2, 4, 5]);
  const unitless = numbered.map((r) => ({ ...r, unit: null }));
  assert.deepEqual(setAsideDoubtfulRows('表1', ROLES, unitless).kept, []);
});

test('a right reading loses nothing: names with 预期寿命, PM2.5 or a number inside, labels of words', () => {
  const rows = [row(1, 1, '人均预期寿命'), row(2, 2, '细颗粒物（PM2.5）浓度'), row(3, 3, '产值 100 亿元以上企业数', { category: '基础设施' })];
  assert.equal(setAsideDoubtfulRows('表1', ROLES, rows).kept.length, 3);
});

test('a 类别 that is a name, a label head beside its whole label, or joined lone pieces is a doubt', () => {
  const rows = [
    row(1, 1, '甲指标', { category: '质量效益' }), row(2, 2, '乙指标', { category: '质量效' }),
    row(3, 3, '丙指标', { category: '长长长长展' }), row(4, 4, '丁指标', { category: '甲指标' }),
    row(5, 5, '地区生产总值亿元', { unit: '亿元' }),
  ];
  assert.deepEqual(setAsideDoubtfulRows('表1', ROLES, rows).kept.map((r) => r.line), [1]);
});

test('a value column blank in most rows but read in some: those rows are set aside (not a column blank in all)', () => {
  const value = (raw: string) => parseValue(raw);
  const rows = [1, 2, 3, 4].map((k) =>
    row(k, k, `${'甲乙丙丁'[k - 1]}指标`, { target: value(String(k)), baseline: k === 1 ? value('9') : null }));
  assert.deepEqual(setAsideDoubtfulRows('表1', ROLES, rows).kept.map((r) => r.seq), [1]);
  const none = rows.map((r) => ({ ...r, baseline: null }));
  assert.equal(setAsideDoubtfulRows('表1', ROLES, none).kept.length, 4);
});

test('a row without a class where the 属性 column is filled in the others is a doubt', () => {
  const rows = [row(1, 1, '甲指标'), row(2, 2, '乙指标', { attribute: null }), row(3, 3, '丙指标'), row(4, 4, '丁指标')];
  const { kept, issues } = setAsideDoubtfulRows('表1', ROLES, rows);
  assert.deepEqual(kept.map((r) => r.line), [1, 3, 4]);
  assert.match(issues[0].message, /属性/);
  const classless = rows.map((r) => ({ ...r, attribute: null }));
  assert.equal(setAsideDoubtfulRows('表1', ROLES.filter((r) => r !== 'attribute'), classless).kept.length, 4);
});

test('another reader keeps the rows the checks doubt and names them in a table-row-doubt issue', () => {
  const rows = [row(1, 1, '甲指标'), row(2, 2, '乙指标', { attribute: null }), row(3, 3, '丙指标'), row(4, 4, '丁指标')];
  const issues = doubtedRows('表1', ROLES, rows);
  assert.deepEqual(issues.map((i) => [i.code, i.line]), [['table-row-doubt', 2]]);
  assert.match(issues[0].message, /第 2 行.*属性/);
});

test('a name with a year and words around it is no header cell; 2025年目标值 as a name is', () => {
  const rows = [row(1, 1, '细颗粒物浓度较2015年下降'), row(2, 2, '2025年目标值'), row(3, 3, '丙指标')];
  assert.deepEqual(doubtedRows('表1', ROLES, rows).map((i) => i.line), [2]);
});

test('a completion value worded as a goal (10左右) is a doubt: plan target and achievement changed places', () => {
  const rows = [row(1, 1, '甲指标', { target: parseValue('8.7'), actual: parseValue('10左右') }), row(2, 2, '乙指标')];
  assert.deepEqual(doubtedRows('表1', ROLES, rows).map((i) => i.line), [1]);
});

test('a unit left in the name while the row’s 单位 cell is empty is a doubt naming the row', () => {
  const rows = [
    row(1, 1, '文化及相关产业增加值占GDP比重　%', { unit: null }), row(2, 2, '地区生产总值亿元', { unit: null }),
    row(3, 3, '旅游总收入'), row(4, 4, '新增市场主体户', { unit: null }), row(5, 5, '森林覆盖率', { unit: null }),
  ];
  const issues = doubtedRows('表1', ROLES, rows);
  assert.deepEqual(issues.map((i) => [i.line, i.excerpt]), [[1, '文化及相关产业增加值占GDP比重　%']]);
  assert.match(issues[0].message, /第 1–2 行.*单位格为空，名称末尾却是单位/);
  // without a 单位 column a unit in the name is where the table prints it
  assert.deepEqual(doubtedRows('表1', ROLES.filter((r) => r !== 'unit'), rows), []);
});

test('a name that is a column word (单位) or a 类别 holding a measure word (…比例健康保障) is a doubt', () => {
  const rows = [
    row(1, 1, '城市建成区绿化覆盖率'), row(2, 2, '单位'), row(3, 3, '城镇新建建筑中绿色建筑占比'),
    row(4, 4, '个人卫生支出占卫生总费用比例', { category: '年医学科比例健康保障' }),
    row(5, 5, '单位地区生产总值能耗降低', { category: '资源环境' }),
  ];
  assert.deepEqual(setAsideDoubtfulRows('表1', ROLES, rows).kept.map((r) => r.seq), [1, 3, 5]);
});

test('a class cell that holds a value or a target too (5%左右 预期性, 完成省下达任务 约束性) is a doubt; a class alone is not', () => {
  const rows = [
    row(1, 1, '甲指标', { attributeRaw: '5%左右预期性' }), row(2, 2, '乙指标', { attributeRaw: '完成省下达任务约束性' }),
    row(3, 3, '丙指标', { attributeRaw: '预期性' }), row(4, 4, '丁指标', { attributeRaw: '约束性' }),
  ];
  const issues = doubtedRows('表1', ROLES, rows);
  assert.deepEqual(issues.map((i) => [i.code, i.line]), [['table-row-doubt', 1]]);
  assert.match(issues[0].message, /第 1–2 行.*属性格“5%左右预期性”混有数值或目标文字/);
});

test('a plain number read as the unit (a row shifted a column left) is a doubt; units with digits are not', () => {
  const rows = [
    row(1, 1, '甲指标', { unit: '亿元' }),
    row(2, 2, '地表水国考断面优Ⅲ类水体%比例', { unit: '90' }),
    row(3, 3, '孕产妇死亡率', { unit: '/10万' }),
    row(4, 4, '事故死亡人数', { unit: '0.012' }),
    row(5, 5, '戊指标', { unit: '%' }),
  ];
  assert.deepEqual(doubtedRows('表1', ROLES, rows).map((i) => i.line), [2, 4]);
});
