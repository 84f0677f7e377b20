import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMetadata } from './extract-metadata.ts';
import { toLines } from './test-lines.ts';

const meta = (lines: string[]) => extractMetadata(toLines(lines.join('\n')));

test('an issuing notice gives issuer, 文号 and ISO date; the title is the plan it issues', () => {
  const m = meta([
    '', '市政府办公室关于印发 南通市“十四五”新型城镇化规划的通知', '', '通政办发〔2021〕70号', '', '各县（市、区）人民政府：',
    '《南通市“十四五”新型城镇化规划》已经市政府同意，现印发给你们，请认真组织实施。', '', '南通市人民政府办公室', '',
    '2021年12月29日', '', '（此件公开发布）', '', '南通市“十四五”新型城镇化规划', '', '展望2035年，常住人口城镇化率达到80%。',
  ]);
  assert.equal(m.title, '南通市“十四五”新型城镇化规划');
  assert.deepEqual([m.issuer, m.docNumber, m.issuedDate], ['南通市人民政府办公室', '通政办发〔2021〕70号', '2021-12-29']);
  assert.deepEqual([m.region, m.regionLevel, m.parentRegion, m.planKind], ['南通市', 'city', null, 'urbanization']);
  assert.deepEqual([m.period, m.baseYear, m.visionYear], [{ start: 2021, end: 2025 }, 2020, 2035]);
});

test('a title printed over two lines is joined; a cover with a month-only date has no issuedDate', () => {
  const m = meta(['', '连云港经济技术开发区国民经济和社会发展', '第十四个五年规划纲要和二〇三五年远景目标', '', '连云港经济技术开发区管委会', '',
    '二〇二一年九月', '', '本规划的基准年为 2020 年，规划期为 2021-2025 年。']);
  assert.equal(m.title, '连云港经济技术开发区国民经济和社会发展第十四个五年规划纲要和二〇三五年远景目标');
  assert.deepEqual([m.region, m.regionLevel, m.parentRegion, m.planKind], ['连云港经济技术开发区', 'development-zone', '连云港市', 'five-year-outline']);
  assert.deepEqual([m.issuer, m.docNumber, m.issuedDate, m.baseYear, m.visionYear], ['连云港经济技术开发区管委会', null, null, 2020, 2035]);
});

test('a county plan names its city as parent; a Chinese-numeral date reads as ISO', () => {
  const m = meta(['徐州市丰县国民经济和社会发展第十四个五年规划纲要', '丰县人民政府', '二〇二一年三月十五日']);
  assert.deepEqual([m.region, m.regionLevel, m.parentRegion], ['丰县', 'county', '徐州市']);
  assert.deepEqual([m.issuer, m.issuedDate, m.visionYear], ['丰县人民政府', '2021-03-15', null]);
});

test('a province plan; document numbers cited inside the text are not the plan’s own', () => {
  const m = meta(['江苏省“十四五”新型城镇化规划', '', '根据《国家新型城镇化规划》（国发〔2014〕9号），编制本规划。']);
  assert.deepEqual([m.region, m.regionLevel, m.parentRegion, m.docNumber, m.issuer], ['江苏省', 'province', null, null, null]);
});

test('with no title line, the preface names the plan being drawn up (编制《…》)', () => {
  const m = meta([' 序  言', '根据《中共海州区委关于制定……建议》，编制《连云港市海州区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》。']);
  assert.deepEqual([m.title, m.region, m.regionLevel, m.parentRegion], ['连云港市海州区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', '海州区', 'district', '连云港市']);
});

test('a 十三五 plan covers 2016–2020; empty or binary text gives nulls, never throws', () => {
  assert.deepEqual(meta(['泰州市“十三五”城市发展规划']).period, { start: 2016, end: 2020 });
  const empty = meta(['', '\u0000\u0007\uFFFD']);
  assert.deepEqual([empty.title, empty.region, empty.period, empty.planKind], [null, null, null, 'other']);
});

test('a district titled without its city takes the parent the text names; a 一、规划基础 heading is no title', () => {
  const m = meta(['一、规划基础', '海州区“十四五”城市更新规划', '本规划范围为连云港市海州区全域。', '连云港市委、市政府要求……', '连云港市中心城区……']);
  assert.deepEqual([m.title, m.region, m.regionLevel, m.parentRegion, m.planKind], ['海州区“十四五”城市更新规划', '海州区', 'district', '连云港市', 'other']);
});

test('a title whose second line starts with 和… is joined', () => {
  const m = meta(['无锡市国民经济和社会发展第十四个五年规划', '和二〇三五年远景目标纲要', '', '无锡市人民政府', '2021年2月5日']);
  assert.deepEqual([m.title, m.region, m.planKind, m.issuer, m.issuedDate], ['无锡市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', '无锡市', 'five-year-outline', '无锡市人民政府', '2021-02-05']);
});

test('a national document: 全国… names the nation (no level); 国家…/a ministry’s list names no area', () => {
  const nation = meta(['全国国土空间规划纲要（2021—2035年）', '', '国务院', '2022年10月14日']);
  assert.deepEqual([nation.title, nation.region, nation.regionLevel, nation.parentRegion], ['全国国土空间规划纲要（2021—2035年）', '全国', null, null]);
  assert.deepEqual(nation.period, { start: 2021, end: 2035 });
  assert.deepEqual([meta(['国家新型城镇化规划（2021—2035年）']).region, meta(['城市体检基本指标体系']).region], [null, null]);
});

test('an area is never a common noun: 城市, 市县, 全省 are words of the title, not its region', () => {
  assert.deepEqual([meta(['浙江省城市内涝治理实施方案']).region, meta(['江苏省市县国土空间总体规划编制指南']).region], ['浙江省', '江苏省']);
  assert.equal(meta(['城市更新行动计划（2023—2025年）']).region, null);
  assert.deepEqual([meta(['丰县“十四五”交通运输发展规划']).region, meta(['连云港市“十四五”城市更新规划']).region], ['丰县', '连云港市']);
});

test('any five-year plan gives its period: 十一五 … 十五五, 第十二个五年规划', () => {
  assert.deepEqual(meta(['苏州市“十一五”科技发展规划']).period, { start: 2006, end: 2010 });
  assert.deepEqual(meta(['苏州市国民经济和社会发展第十二个五年规划纲要']).period, { start: 2011, end: 2015 });
  assert.deepEqual(meta(['南通市“十五五”综合交通运输体系规划']).period, { start: 2026, end: 2030 });
});

test('a title over lines with （草案）, a 工作方案 with a full-width period; a standard’s number, date and issuer apart', () => {
  const draft = meta(['苏州市吴江区', '“十五五”生态环境保护规划', '（草案）', '', '苏州市吴江区人民政府', '2025年12月30日']);
  assert.deepEqual([draft.title, draft.region, draft.parentRegion, draft.issuer], ['苏州市吴江区“十五五”生态环境保护规划（草案）', '吴江区', '苏州市', '苏州市吴江区人民政府']);
  assert.deepEqual(meta(['无锡市城市体检工作方案（２０２３—２０２５年）']).period, { start: 2023, end: 2025 });
  const standard = meta(['中华人民共和国国家标准', 'GB/T 50137 - 2011', '城市用地分类与规划建设用地标准', '2011 - 01 - 04 发布  2012 - 01 - 01 实施', '中华人民共和国住房和城乡建设部  发 布']);
  assert.deepEqual([standard.docNumber, standard.issuedDate, standard.issuer], ['GB/T 50137 - 2011', '2011-01-04', '中华人民共和国住房和城乡建设部']);
});

test('an issuer and its date printed side by side on one line are read apart', () => {
  const m = meta(['南通市“十四五”综合交通运输体系规划', '', '南通市人民政府办公室\t2021年12月29日']);
  assert.deepEqual([m.issuer, m.issuedDate], ['南通市人民政府办公室', '2021-12-29']);
});

test('a title over lines ending in 实施方案 with its period and （征求意见稿）; a full-width date', () => {
  const m = meta(['浙江省城市内涝治理', '实施方案', '（２０２１—２０２５年）', '（征求意见稿）', '', '浙江省住房和城乡建设厅', '２０２２年３月１５日']);
  assert.equal(m.title, '浙江省城市内涝治理实施方案（２０２１—２０２５年）（征求意见稿）');
  assert.deepEqual([m.region, m.regionLevel, m.period], ['浙江省', 'province', { start: 2021, end: 2025 }]);
  assert.deepEqual([m.issuer, m.issuedDate], ['浙江省住房和城乡建设厅', '2022-03-15']);
});

test('a metropolitan area or city cluster is no region; a 新区 gets no invented city; a zone keeps its city apart', () => {
  assert.deepEqual([meta(['苏锡常都市圈发展行动方案']).region, meta(['省会城市群协同发展规划']).region, meta(['南京都市圈发展规划']).region], [null, null, null]);
  const newArea = meta(['雄安新区规划纲要']);
  assert.deepEqual([newArea.region, newArea.regionLevel, newArea.parentRegion], ['雄安新区', 'development-zone', null]);
  const inCity = meta(['南京市江宁经济技术开发区“十四五”发展规划']);
  assert.deepEqual([inCity.region, inCity.parentRegion], ['江宁经济技术开发区', '南京市']);
  assert.deepEqual([meta(['苏州工业园区国民经济和社会发展第十四个五年规划纲要']).parentRegion, meta(['成都市“十四五”规划']).region], ['苏州市', '成都市']);
});

test('a web page’s navigation trail above the article is not its title', () => {
  const m = meta(['首页 > 政务公开 > 规划计划', '某某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', '发布时间：2021-03-01　来源：市发展改革委']);
  assert.equal(m.title, '某某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
  assert.equal(meta(['当前位置：首页 > 规划计划', '泰州市“十四五”新型城镇化规划']).title, '泰州市“十四五”新型城镇化规划');
});

test('markup in a title (<script>…</script>) is no navigation trail: the title is kept as printed', () => {
  assert.equal(meta(['<script>window.__xss=1</script>盐城市“十四五”新型城镇化规划']).title, '<script>window.__xss=1</script>盐城市“十四五”新型城镇化规划');
});

test('a zone named after a province-level area and a place is in that area, its name kept whole', () => {
  const m = meta(['上海张江高新技术产业开发区“十五五”发展规划']);
  assert.deepEqual([m.region, m.regionLevel, m.parentRegion], ['上海张江高新技术产业开发区', 'development-zone', '上海市']);
  assert.deepEqual([meta(['吉林经济技术开发区“十五五”发展规划']).parentRegion, meta(['天津经开区发展规划']).parentRegion], ['吉林市', '天津市']);
});

test('a zone named after a prefecture-level city and a place is in that city, its name kept whole', () => {
  const m = meta(['广州南沙经济技术开发区“十五五”发展规划']);
  assert.deepEqual([m.region, m.regionLevel, m.parentRegion], ['广州南沙经济技术开发区', 'development-zone', '广州市']);
  // a county-level city's zone is named after it alone
  assert.equal(meta(['昆山经济技术开发区“十五五”发展规划']).parentRegion, '昆山市');
});

test('…区域 and …县域 are words, not an area ending in 区 or 县; a county’s 县域 plan is the county’s', () => {
  assert.deepEqual([meta(['成渝地区双城经济圈区域协同发展规划']).region, meta(['粤港澳大湾区区域发展规划']).region], [null, null]);
  assert.deepEqual([meta(['长沙县县域经济发展规划']).region, meta(['长沙县县域经济发展规划']).regionLevel], ['长沙县', 'county']);
});

test('a portal’s information table with several fields on a row gives issuer, 文号 and 成文日期, never its 发布日期', () => {
  const m = meta(['索 引 号：000014349/2021-00052\t主题分类：城乡建设、环境保护', '发文机关：国家发展改革委、住房城乡建设部\t成文日期：2021年06月02日',
    '标　　题：关于印发“十四五”城镇污水处理及资源化利用发展规划的通知', '发文字号：发改环资〔2021〕827号\t发布日期：2021年06月11日', '',
    '“十四五”城镇污水处理及资源化利用发展规划']);
  assert.deepEqual([m.issuer, m.docNumber, m.issuedDate], ['国家发展改革委、住房城乡建设部', '发改环资〔2021〕827号', '2021-06-02']);
});
