import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ownersOfPieces } from './table-wrapped-names.ts';

const width = { chars: 8, columns: 16 };
const cells = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const texts = (owners: ReturnType<typeof ownersOfPieces>) =>
  owners && { above: owners.above.map((c) => c.text), below: owners.below.map((c) => c.text) };

test('pieces after a name that fills the width continue it, up to the first that does not', () => {
  assert.deepEqual(texts(ownersOfPieces('农民工随迁子女在', cells('公办学校接受义务', '教育比例'), '城乡基本养老保险', width)),
    { above: ['公办学校接受义务', '教育比例'], below: [] });
});

test('full pieces after a name that ends lead the name of the row below', () => {
  assert.deepEqual(texts(ownersOfPieces('护理型床位占比', cells('街道综合性养老服'), '务中心覆盖率', width)),
    { above: [], below: ['街道综合性养老服'] });
});

test('a run splits where one name ends and the next begins', () => {
  assert.deepEqual(texts(ownersOfPieces('研发经费支出占地', cells('区生产总值比重', '每千名老年人拥有'), '养老床位数', width)),
    { above: ['区生产总值比重'], below: ['每千名老年人拥有'] });
});

test('pieces before the first row lead it; after the last row they end it', () => {
  assert.deepEqual(texts(ownersOfPieces(undefined, cells('规模以上工业增加'), '值', width)), { above: [], below: ['规模以上工业增加'] });
  assert.deepEqual(texts(ownersOfPieces('实行全科服务模式', cells('的社区覆盖率'), undefined, width)), { above: ['的社区覆盖率'], below: [] });
});

test('a full name before full pieces follows the way the table leans, and is undecided without one', () => {
  const run = cells('单位GDP能耗降');
  assert.equal(ownersOfPieces('常住人口城镇化率', run, '低', width), undefined);
  assert.deepEqual(texts(ownersOfPieces('常住人口城镇化率', run, '低', width, 'below')), { above: [], below: ['单位GDP能耗降'] });
});

test('a short piece after a short name is no wrapped name (a group heading, say)', () => {
  assert.equal(ownersOfPieces('林木覆盖率', cells('经济发展'), '地区生产总值', width), undefined);
});

test('where groups have a column of their own, a short piece after a short name ends that name (wrapped one character short of the widest)', () => {
  assert.deepEqual(texts(ownersOfPieces('国家级科技企业', cells('数'), '技术合同成交额', width, 'above', true)), { above: ['数'], below: [] });
  // a piece that fills the width still leads the name below
  assert.deepEqual(texts(ownersOfPieces('林木覆盖率', cells('规模以上工业增加'), '值', width, undefined, true)), { above: [], below: ['规模以上工业增加'] });
});
