import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTextTargets } from './extract-text-targets.ts';
import { toLines } from './test-lines.ts';
import { none, other, testMetadataCases, type MetadataCase } from './test-metadata-cases.ts';

// Development cases: openings of recent documents as they are printed (not the five seeds), each with
// its hand-checked metadata. A case the extractor did not read yet says why in `todo`.

export const unusualOpenings: MetadataCase[] = [
  {
    name: 'a 县级市 十五五 纲要 over two lines with （草案）, a month-only date',
    lines: ['义乌市国民经济和社会发展第十五个五年规划', '和二〇三五年远景目标纲要', '（草案）', '', '义乌市人民政府', '2026年1月', '',
      '“十五五”时期是义乌加快建设世界小商品之都的关键五年。', '展望2035年，基本建成现代化国际商贸名城。'],
    expected: { ...none, title: '义乌市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要（草案）', region: '义乌市', regionLevel: 'city',
      planKind: 'five-year-outline', period: { start: 2026, end: 2030 }, baseYear: 2025, visionYear: 2035, issuer: '义乌市人民政府' },
  },
  {
    name: 'a title cut mid-word by a PDF (…规划和二 / 〇三五年…纲要) with the blank line of its wide spacing between',
    lines: ['某市国民经济和社会发展第十四个五年规划和二', '', '〇三五年远景目标纲要', '第一章 开启全面建设社会主义现代化新征程'],
    expected: { ...none, title: '某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', region: '某市', regionLevel: 'city',
      planKind: 'five-year-outline', period: { start: 2021, end: 2025 }, baseYear: 2020 },
  },
  {
    name: 'a 新区 十五五 plan issued by its 管理委员会',
    lines: ['两江新区“十五五”现代产业体系规划', '', '重庆两江新区管理委员会', '2026年3月12日'],
    expected: { ...none, title: '两江新区“十五五”现代产业体系规划', region: '两江新区', regionLevel: 'development-zone', parentRegion: '重庆市', planKind: other,
      period: { start: 2026, end: 2030 }, baseYear: 2025, issuer: '重庆两江新区管理委员会', issuedDate: '2026-03-12' },
  },
  {
    name: 'a province 实施方案 over lines, （征求意见稿） on its own line, issued by a 厅',
    lines: ['安徽省城市更新行动', '实施方案（2026—2030年）', '（征求意见稿）', '', '安徽省住房和城乡建设厅', '2026年4月'],
    expected: { ...none, title: '安徽省城市更新行动实施方案（2026—2030年）（征求意见稿）', region: '安徽省', regionLevel: 'province', planKind: other,
      period: { start: 2026, end: 2030 }, baseYear: 2025, issuer: '安徽省住房和城乡建设厅' },
  },
  {
    name: 'a 国土空间 standard: TD/T number, 发布 and 实施 dates on one line, the ministry that 发布',
    lines: ['ICS 07.040', 'CCS A 75', 'TD', '中华人民共和国土地管理行业标准', 'TD/T 1062—2021', '', '社区生活圈规划技术指南',
      'Technical guide for planning of community life circle', '', '2021-06-09 发布    2021-07-01 实施', '', '中华人民共和国自然资源部  发 布'],
    expected: { ...none, title: '社区生活圈规划技术指南', planKind: other, issuer: '中华人民共和国自然资源部', docNumber: 'TD/T 1062—2021', issuedDate: '2021-06-09' },
  },
  {
    name: 'a district plan whose title is split after the five-year period',
    lines: ['广州市黄埔区“十五五”', '综合交通发展规划', '', '广州市黄埔区人民政府办公室', '2026年5月20日'],
    expected: { ...none, title: '广州市黄埔区“十五五”综合交通发展规划', region: '黄埔区', regionLevel: 'district', parentRegion: '广州市', planKind: other,
      period: { start: 2026, end: 2030 }, baseYear: 2025, issuer: '广州市黄埔区人民政府办公室', issuedDate: '2026-05-20' },
  },
  {
    name: 'a 实施方案 with its period and date in full-width digits',
    lines: ['成都市公园城市建设实施方案（２０２６—２０３０年）', '', '成都市人民政府办公厅', '２０２６年２月１８日'],
    expected: { ...none, title: '成都市公园城市建设实施方案（２０２６—２０３０年）', region: '成都市', regionLevel: 'city', planKind: other,
      period: { start: 2026, end: 2030 }, baseYear: 2025, issuer: '成都市人民政府办公厅', issuedDate: '2026-02-18' },
  },
  {
    name: 'an issuer and a month printed on one line under the title, one space apart',
    lines: ['绍兴市“十五五”数字经济发展规划', '绍兴市人民政府办公室 2026年3月', '', '一、发展基础'],
    expected: { ...none, title: '绍兴市“十五五”数字经济发展规划', region: '绍兴市', regionLevel: 'city', planKind: other,
      period: { start: 2026, end: 2030 }, baseYear: 2025, issuer: '绍兴市人民政府办公室' },
  },
  {
    name: 'a 方案 whose first sentence opens with its title',
    lines: ['苏州市“十五五”城市更新实施方案是指导全市城市更新工作的行动纲领，依据《苏州市国土空间总体规划（2021—2035年）》编制。', '一、总体要求'],
    expected: { ...none, title: '苏州市“十五五”城市更新实施方案', region: '苏州市', regionLevel: 'city', planKind: other,
      period: { start: 2026, end: 2030 }, baseYear: 2025 },
  },
  {
    name: 'a 新区 指标体系 （试行） issued by its 管理委员会',
    lines: ['雄安新区城市体检指标体系（试行）', '', '河北雄安新区管理委员会', '2026年6月1日'],
    expected: { ...none, title: '雄安新区城市体检指标体系（试行）', region: '雄安新区', regionLevel: 'development-zone', parentRegion: '河北省', planKind: other,
      issuer: '河北雄安新区管理委员会', issuedDate: '2026-06-01' },
  },
  {
    name: 'an 工业园区 国土空间 plan with its period on the next line',
    lines: ['苏州工业园区国土空间总体规划', '（2021—2035年）', '', '苏州工业园区管理委员会', '2026年1月'],
    expected: { ...none, title: '苏州工业园区国土空间总体规划（2021—2035年）', region: '苏州工业园区', regionLevel: 'development-zone', parentRegion: '苏州市',
      planKind: other, period: { start: 2021, end: 2035 }, baseYear: 2020, issuer: '苏州工业园区管理委员会' },
  },
  {
    name: 'an autonomous prefecture, its government printing the short name',
    lines: ['恩施土家族苗族自治州“十五五”文化和旅游发展规划', '', '恩施州人民政府', '2026年2月10日'],
    expected: { ...none, title: '恩施土家族苗族自治州“十五五”文化和旅游发展规划', region: '恩施土家族苗族自治州', regionLevel: 'city', planKind: other,
      period: { start: 2026, end: 2030 }, baseYear: 2025, issuer: '恩施州人民政府', issuedDate: '2026-02-10' },
  },
  {
    name: 'a provincial 规程 standard over two lines (试行), its area named only by its cover and issuer',
    lines: ['ICS 07.040', 'DB32', '江苏省地方标准', 'DB32/T 4500—2023', '', '国土空间规划“一张图”实施监督', '信息系统数据汇交规程（试行）', '',
      '2023-05-10发布    2023-06-10实施', '', '江苏省市场监督管理局  发布'],
    expected: { ...none, title: '国土空间规划“一张图”实施监督信息系统数据汇交规程（试行）', region: '江苏省', regionLevel: 'province', planKind: other,
      issuer: '江苏省市场监督管理局', docNumber: 'DB32/T 4500—2023', issuedDate: '2023-05-10' },
  },
  {
    name: 'an autonomous region 十二五 plan, a Chinese-numeral month-only date',
    lines: ['宁夏回族自治区“十二五”水利发展规划', '', '宁夏回族自治区水利厅', '二〇一一年十月'],
    expected: { ...none, title: '宁夏回族自治区“十二五”水利发展规划', region: '宁夏回族自治区', regionLevel: 'province', planKind: other,
      period: { start: 2011, end: 2015 }, baseYear: 2010, issuer: '宁夏回族自治区水利厅' },
  },
];

testMetadataCases('metadata of unusual openings', unusualOpenings);

/** A second batch, written and hand-checked before the extractor was run on it (held out from the first fixes). */
export const unusualOpeningsHeldOut: MetadataCase[] = [
  {
    name: 'an issuing notice whose 关于印发… line is split over two lines',
    lines: ['杭州市人民政府办公厅关于印发杭州市“十五五”', '生态环境保护规划的通知', '杭政办函〔2026〕12号', '各区、县（市）人民政府，市政府各部门、各直属单位：',
      '《杭州市“十五五”生态环境保护规划》已经市政府同意，现印发给你们，请认真贯彻执行。', '杭州市人民政府办公厅', '2026年4月3日'],
    expected: { ...none, title: '杭州市“十五五”生态环境保护规划', region: '杭州市', regionLevel: 'city', planKind: other, period: { start: 2026, end: 2030 },
      baseYear: 2025, issuer: '杭州市人民政府办公厅', docNumber: '杭政办函〔2026〕12号', issuedDate: '2026-04-03' },
  },
  {
    name: 'a county 国土空间 plan with its period and （公示稿） each on a line',
    lines: ['浦江县国土空间总体规划', '（2021—2035年）', '（公示稿）', '', '浦江县人民政府', '2026年1月'],
    expected: { ...none, title: '浦江县国土空间总体规划（2021—2035年）（公示稿）', region: '浦江县', regionLevel: 'county', planKind: other,
      period: { start: 2021, end: 2035 }, baseYear: 2020, issuer: '浦江县人民政府' },
  },
  {
    name: 'a cover title letter-spaced as PDF covers print it',
    lines: ['苏 州 市 “十 五 五” 科 技 创 新 规 划', '', '苏州市科学技术局', '2026年3月'],
    expected: { ...none, title: '苏州市“十五五”科技创新规划', region: '苏州市', regionLevel: 'city', planKind: other,
      period: { start: 2026, end: 2030 }, baseYear: 2025, issuer: '苏州市科学技术局' },
  },
  {
    name: 'a 红头文件: issuer’s banner, 文号, notice, then signature and date',
    lines: ['宁波市人民政府文件', '甬政发〔2026〕8号', '宁波市人民政府关于印发宁波市国民经济和社会发展第十五个五年规划纲要的通知', '各区（县、市）人民政府，市直及部省属驻甬各单位：',
      '《宁波市国民经济和社会发展第十五个五年规划纲要》已经市十六届人大五次会议审议批准，现印发给你们，请认真组织实施。', '宁波市人民政府', '2026年2月10日'],
    expected: { ...none, title: '宁波市国民经济和社会发展第十五个五年规划纲要', region: '宁波市', regionLevel: 'city', planKind: 'five-year-outline',
      period: { start: 2026, end: 2030 }, baseYear: 2025, issuer: '宁波市人民政府', docNumber: '甬政发〔2026〕8号', issuedDate: '2026-02-10' },
  },
  {
    name: 'a district of a 直辖市, “十五五”时期 in the title',
    lines: ['北京市朝阳区“十五五”时期城市更新规划', '', '北京市朝阳区人民政府', '2026年7月15日'],
    expected: { ...none, title: '北京市朝阳区“十五五”时期城市更新规划', region: '朝阳区', regionLevel: 'district', parentRegion: '北京市', planKind: other,
      period: { start: 2026, end: 2030 }, baseYear: 2025, issuer: '北京市朝阳区人民政府', issuedDate: '2026-07-15' },
  },
  {
    name: 'an autonomous county',
    lines: ['长阳土家族自治县“十五五”乡村振兴规划', '', '长阳土家族自治县人民政府', '2026年5月'],
    expected: { ...none, title: '长阳土家族自治县“十五五”乡村振兴规划', region: '长阳土家族自治县', regionLevel: 'county', planKind: other,
      period: { start: 2026, end: 2030 }, baseYear: 2025, issuer: '长阳土家族自治县人民政府' },
  },
  {
    name: 'a period in Chinese numerals in the title',
    lines: ['青岛市海洋经济发展规划（二〇二六—二〇三〇年）', '', '青岛市人民政府', '二〇二六年四月二十日'],
    expected: { ...none, title: '青岛市海洋经济发展规划（二〇二六—二〇三〇年）', region: '青岛市', regionLevel: 'city', planKind: other,
      period: { start: 2026, end: 2030 }, baseYear: 2025, issuer: '青岛市人民政府', issuedDate: '2026-04-20' },
  },
  {
    name: 'a 技术标准 (CJJ/T) with dates in 年月日 and its English title',
    lines: ['中华人民共和国行业标准', '城市体检评估技术标准', 'Technical standard for urban physical examination and assessment', 'CJJ/T 335—2026', '',
      '2026年3月1日发布    2026年9月1日实施', '', '中华人民共和国住房和城乡建设部  发布'],
    expected: { ...none, title: '城市体检评估技术标准', planKind: other, issuer: '中华人民共和国住房和城乡建设部', docNumber: 'CJJ/T 335—2026', issuedDate: '2026-03-01' },
  },
];

testMetadataCases('metadata of unusual openings, held out', unusualOpeningsHeldOut);

test('text targets of a 实施方案 under 阶段性目标 and 2035年目标方向 headings, not under 重点任务', () => {
  const lines = toLines(['二、工作目标', '（一）阶段性目标', '到2027年，城市生命线安全工程覆盖率达到80%，城市燃气管道老化更新改造完成率达到100%。',
    '（二）2035年目标方向', '城市建成区绿地率达到40%以上。', '三、重点任务', '新建改造雨水管网500公里。'].join('\n'));
  const targets = extractTextTargets(lines, { periodEnd: 2030, visionYear: 2035 });
  assert.deepEqual(targets.map((t) => [t.indicator, t.year, t.line, t.target.raw]), [
    ['城市生命线安全工程覆盖率', 2027, 3, '80%'], ['城市燃气管道老化更新改造完成率', 2027, 3, '100%'], ['城市建成区绿地率', 2035, 5, '40%以上']]);
});
