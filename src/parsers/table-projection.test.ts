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
