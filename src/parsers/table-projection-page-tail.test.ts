import assert from 'node:assert/strict';
import { test } from 'node:test';
import { projectColumns } from './table-projection.ts';

/** The name cell of every projected row (a line with values), header aside. */
const names = (lines: readonly { text: string }[] = []) =>
  lines.slice(1).map((l) => l.text.split('\t')).filter((cells) => cells.slice(1).some(Boolean)).map((cells) => cells[0]);

const linesOf = (texts: string[]) => texts.map((text, i) => ({ line: i + 1, text, position: { page: null } }));

test('the rest of a name cut by a page break (受教育年 | 限) ends the last row of the page before', () => {
  const projected = projectColumns(linesOf([
    '       指标名称              单位   2020年   2025年',
    '       九年义务教育巩固率      %      99.2     99.5',
    '       劳动年龄人口平均受教育年  年     10.6     11',
    '\f   指标名称              单位   2020年   2025年',
    '   限',
    '   人均预期寿命          岁     79.3     80',
    '   每千人口执业医师数      人     2.9      3.4',
  ]));
  assert.deepEqual(names(projected?.lines), ['九年义务教育巩固率', '劳动年龄人口平均受教育年限', '人均预期寿命', '每千人口执业医师数']);
});

test('a name piece centred over a page\'s first row stays with that row', () => {
  const projected = projectColumns(linesOf([
    '       指标名称              单位   2020年   2025年',
    '       九年义务教育巩固率      %      99.2     99.5',
    '       劳动年龄人口平均受教育年限 年     10.6     11',
    '\f   指标名称              单位   2020年   2025年',
    '   城乡基本养老保险参保缴',
    '                     %      99       95',
    '   费率',
    '   每千人口执业医师数         人      2.9      3.4',
  ]));
  assert.deepEqual(names(projected?.lines), ['九年义务教育巩固率', '劳动年龄人口平均受教育年限', '城乡基本养老保险参保缴费率', '每千人口执业医师数']);
});

test('a header printed again on a new page ends where a piece reads on from no header cell (pdftotext -layout)', () => {
  const projected = projectColumns(linesOf([
    '                            基期值',
    '      序                  计量        2025 年 年均增长',
    ' 类别      主要指标               （2020                属性',
    '      号                  单位        目标值    [累计]',
    '                            年）',
    '         全社会研发投入占地区生产                            预期',
    '      1                  %  3.78   4      —',
    '         总值比重                                    性',
    ' 创新                                       高于 GDP 预期',
    '      2  全社会研发投入         亿元 761    —',
    ' 投入                                       增长     性',
    '         基础研究经费占研发投入比                            预期',
    '      3                  %  3*     5      —',
    '         重                                       性',
    '         每万人高价值发明专利拥有                            预期',
    '      4                  件  27.4   45     —',
    ' 创新      量                                       性',
    ' 产出                                              预期',
    '      5  技术合同成交额         亿元 〔1024〕 —      〔1500〕',
    '                                                 性',
    ' 创新   6  高新技术企业数         家  9772   >15000 —      预期',
    '\f                            基期值',
    '     序                 计量           2025 年   年均增长',
    '类别       主要指标               （2020                   属性',
    '     号                 单位           目标值      [累计]',
    '                            年）',
    '                                                    性',
    '主体     高新技术产业产值占规上工                                 预期',
    '     7              %   50.9        55 左右    —',
    '       业总产值比重                                       性',
    ' 创新    科技公共财政支出占一般公                 >7、力争           约束',
    '     8              %   6.3                  —',
    ' 环境    共预算支出比重                      达到 8            性'
  ]));
  const rows = projected!.lines.map((l) => l.text.split('\t')).filter((cells) => /\d/.test(cells[1] ?? ''));
  // 性 under the repeated header is the rest of 预期 cut by the break (not a piece of 属 / 性); 主体 starts no name
  assert.deepEqual(rows.map((cells) => cells.at(-1)), [...Array(7).fill('预期性'), '约束性']);
  assert.deepEqual(rows.slice(5).map((cells) => cells[2]), [
    '高新技术企业数', '高新技术产业产值占规上工业总产值比重', '科技公共财政支出占一般公共预算支出比重',
  ]);
  // the group label merged over rows 6 and 7 was cut by the break: 创新 | 主体
  assert.deepEqual(rows.slice(5).map((cells) => cells[0]), ['创新主体', '', '创新环境']);
});
