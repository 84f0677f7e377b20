import assert from 'node:assert/strict';
import { test } from 'node:test';
import { projectColumns } from './table-projection.ts';

const linesOf = (texts: string[]) => texts.map((text, i) => ({ line: i + 1, text, position: { page: null } }));

test('a list of indicators without values is projected on its units: an empty 领域 cell stays in its place', () => {
  const projected = projectColumns(linesOf([
    '  领域      主要指标                 计量单位',
    '  住房      存在结构安全隐患的住宅数量        栋',
    '          住宅性能不达标的房屋数量         栋',
    '  街区      中小学服务半径覆盖率           %',
  ]));
  assert.deepEqual(projected?.lines.map((l) => l.text), [
    '领域\t主要指标\t计量单位', '住房\t存在结构安全隐患的住宅数量\t栋', '\t住宅性能不达标的房屋数量\t栋', '街区\t中小学服务半径覆盖率\t%',
  ]);
});

test('a unit in a header line ((%)) does not make it a row where the rows print values', () => {
  const projected = projectColumns(linesOf([
    '  指标名称          单位    2025年    增速',
    '                            目标      （%）',
    '  地区生产总值      亿元    1000      6',
  ]));
  assert.equal(projected?.header, 0);
  assert.equal(projected?.lines[2].text, '地区生产总值\t亿元\t1000\t6');
});

test('a wrapped name cut at a single space where no column stands keeps its rest (每千人口拥有 3 岁以下婴幼)', () => {
  // pdftotext -layout of a bordered table: names wrapped around their values line
  const projected = projectColumns(linesOf([
    '                            基期值（2020 2025 年目标',
    ' 序号 主要指标              计量单位                    指标属性',
    '                            年）       值',
    ' 1    人均预期寿命          岁     80.2     81 左右    预期性',
    ' 3    婴儿死亡率           ‰     2.1      ≤3       预期性',
    '      每千人口拥有 3 岁以下婴幼',
    ' 5                    个     4.5      5.5      预期性',
    '      儿托位数',
  ]));
  assert.equal(projected?.lines[6].text, '5\t每千人口拥有 3 岁以下婴幼儿托位数\t个\t4.5\t5.5\t预期性');
});
