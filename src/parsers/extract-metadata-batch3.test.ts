import { fifteenth, none, other, zone, testMetadataCases, type MetadataCase } from './test-metadata-cases.ts';

// A third batch of openings of recent documents, each hand-checked, written before the extractor was run
// on it (the first two are in extract-metadata-unusual.test.ts). A case not read yet says why in `todo`.

export const unusualOpeningsBatch3: MetadataCase[] = [
  {
    name: 'a 国家级新区 named with its 直辖市, the title over two lines',
    lines: ['重庆两江新区“十五五”', '数字经济发展规划', '', '重庆两江新区管理委员会', '2026年4月'],
    expected: { ...none, ...fifteenth, title: '重庆两江新区“十五五”数字经济发展规划', region: '两江新区', regionLevel: zone, parentRegion: '重庆市',
      planKind: other, issuer: '重庆两江新区管理委员会' },
  },
  {
    name: 'a 新区 named with its province, the title over three lines',
    lines: ['湖南湘江新区', '“十五五”现代化基础设施体系', '建设规划', '', '湖南湘江新区管理委员会', '2026年7月'],
    expected: { ...none, ...fifteenth, title: '湖南湘江新区“十五五”现代化基础设施体系建设规划', region: '湘江新区', regionLevel: zone,
      parentRegion: '湖南省', planKind: other, issuer: '湖南湘江新区管理委员会' },
  },
  {
    name: 'a 深度合作区 with （征求意见稿）, issued by its 执行委员会',
    lines: ['横琴粤澳深度合作区“十五五”产业发展规划', '（征求意见稿）', '', '横琴粤澳深度合作区执行委员会', '2026年6月18日'],
    expected: { ...none, ...fifteenth, title: '横琴粤澳深度合作区“十五五”产业发展规划（征求意见稿）', region: '横琴粤澳深度合作区', regionLevel: zone,
      planKind: other, issuer: '横琴粤澳深度合作区执行委员会', issuedDate: '2026-06-18' },
  },
  {
    name: 'a 自贸试验区 片区 named after its city',
    lines: ['中国（湖北）自由贸易试验区武汉片区', '“十五五”发展规划', '', '中国（湖北）自由贸易试验区武汉片区管理委员会', '2026年3月'],
    expected: { ...none, ...fifteenth, title: '中国（湖北）自由贸易试验区武汉片区“十五五”发展规划', region: '中国（湖北）自由贸易试验区武汉片区',
      regionLevel: zone, parentRegion: '武汉市', planKind: other, issuer: '中国（湖北）自由贸易试验区武汉片区管理委员会' },
  },
  {
    name: 'a notice issued jointly by two departments (联合印发), its title over two lines',
    lines: ['江苏省发展改革委 江苏省住房城乡建设厅', '关于印发江苏省城市燃气管道等老化更新改造', '实施方案（2026—2027年）的通知', '苏发改规发〔2026〕3号',
      '各设区市发展改革委、住房城乡建设局：', '现将《江苏省城市燃气管道等老化更新改造实施方案（2026—2027年）》印发给你们，请结合实际认真贯彻落实。',
      '江苏省发展改革委　　江苏省住房城乡建设厅', '2026年2月27日'],
    expected: { ...none, title: '江苏省城市燃气管道等老化更新改造实施方案（2026—2027年）', region: '江苏省', regionLevel: 'province', planKind: other,
      period: { start: 2026, end: 2027 }, baseYear: 2025, issuer: '江苏省发展改革委、江苏省住房城乡建设厅', docNumber: '苏发改规发〔2026〕3号',
      issuedDate: '2026-02-27' },
  },
  {
    name: 'a notice of the party committee and the government, signed on two lines',
    lines: ['中共苏州市委 苏州市人民政府', '关于印发《苏州市城市更新行动实施方案》的通知', '苏委发〔2026〕5号', '各市、区委和人民政府，市各委办局：',
      '现将《苏州市城市更新行动实施方案》印发给你们，请结合实际认真贯彻执行。', '中共苏州市委', '苏州市人民政府', '2026年3月1日'],
    expected: { ...none, title: '苏州市城市更新行动实施方案', region: '苏州市', regionLevel: 'city', planKind: other,
      issuer: '中共苏州市委、苏州市人民政府', docNumber: '苏委发〔2026〕5号', issuedDate: '2026-03-01' },
  },
  {
    name: 'a one-year 工作方案: its year is its period',
    lines: ['南京市2026年城市更新工作方案', '', '南京市人民政府办公厅', '2026年3月20日'],
    expected: { ...none, title: '南京市2026年城市更新工作方案', region: '南京市', regionLevel: 'city', planKind: other,
      period: { start: 2026, end: 2026 }, baseYear: 2025, issuer: '南京市人民政府办公厅', issuedDate: '2026-03-20' },
  },
  {
    name: 'a 工作要点 whose title opens with its year and names no area (全省): the area is its issuer’s',
    lines: ['2026年全省住房城乡建设工作要点', '', '湖南省住房和城乡建设厅', '2026年1月'],
    expected: { ...none, title: '2026年全省住房城乡建设工作要点', region: '湖南省', regionLevel: 'province', planKind: other,
      period: { start: 2026, end: 2026 }, baseYear: 2025, issuer: '湖南省住房和城乡建设厅' },
  },
  {
    name: 'a 2030年前 碳达峰 方案 is no one-year plan',
    lines: ['武汉市2030年前碳达峰行动方案', '', '武汉市人民政府', '2026年1月'],
    expected: { ...none, title: '武汉市2030年前碳达峰行动方案', region: '武汉市', regionLevel: 'city', planKind: other, issuer: '武汉市人民政府' },
  },
  {
    name: 'a 县级市 under an autonomous prefecture, both in the title',
    lines: ['延边朝鲜族自治州延吉市“十五五”', '城市更新规划', '', '延吉市人民政府', '2026年5月'],
    expected: { ...none, ...fifteenth, title: '延边朝鲜族自治州延吉市“十五五”城市更新规划', region: '延吉市', regionLevel: 'county',
      parentRegion: '延边朝鲜族自治州', planKind: other, issuer: '延吉市人民政府' },
  },
  {
    name: 'a 县级市 whose 规划范围 names its prefecture',
    lines: ['如皋市“十五五”综合交通运输发展规划', '', '如皋市人民政府', '2026年6月', '', '第一章 规划基础',
      '本规划范围为南通市如皋市行政辖区，总面积1477平方公里。'],
    expected: { ...none, ...fifteenth, title: '如皋市“十五五”综合交通运输发展规划', region: '如皋市', regionLevel: 'county', parentRegion: '南通市',
      planKind: other, issuer: '如皋市人民政府' },
  },
  {
    name: 'a 盟 plan issued by its 行政公署',
    lines: ['锡林郭勒盟“十五五”生态环境保护规划', '', '锡林郭勒盟行政公署', '2026年4月8日'],
    expected: { ...none, ...fifteenth, title: '锡林郭勒盟“十五五”生态环境保护规划', region: '锡林郭勒盟', regionLevel: 'city', planKind: other,
      issuer: '锡林郭勒盟行政公署', issuedDate: '2026-04-08' },
  },
  {
    name: 'a 林区 (county level) with its period in full-width digits on the next line',
    lines: ['神农架林区全域旅游发展规划', '（２０２６—２０３０年）', '', '神农架林区人民政府', '２０２６年３月'],
    expected: { ...none, ...fifteenth, title: '神农架林区全域旅游发展规划（２０２６—２０３０年）', region: '神农架林区', regionLevel: 'county', planKind: other,
      issuer: '神农架林区人民政府' },
  },
  {
    name: 'an 经开区 by its short name',
    lines: ['合肥经开区“十五五”先进制造业发展规划', '', '合肥经济技术开发区管理委员会', '2026年2月'],
    expected: { ...none, ...fifteenth, title: '合肥经开区“十五五”先进制造业发展规划', region: '合肥经开区', regionLevel: zone, parentRegion: '合肥市',
      planKind: other, issuer: '合肥经济技术开发区管理委员会' },
  },
  {
    name: 'a 高新区 行动计划 issued by 文件, its number 〔２０２６〕１２号 in full-width digits',
    lines: ['西安高新区管委会文件', '西高新发〔２０２６〕１２号', '西安高新区管委会关于印发西安高新区', '人工智能产业高质量发展行动计划（2026—2028年）的通知',
      '区属各部门，各园区：', '现将《西安高新区人工智能产业高质量发展行动计划（2026—2028年）》印发给你们，请认真贯彻执行。', '西安高新区管委会', '2026年4月10日'],
    expected: { ...none, title: '西安高新区人工智能产业高质量发展行动计划（2026—2028年）', region: '西安高新区', regionLevel: zone, parentRegion: '西安市',
      planKind: other, period: { start: 2026, end: 2028 }, baseYear: 2025, issuer: '西安高新区管委会', docNumber: '西高新发〔２０２６〕１２号',
      issuedDate: '2026-04-10' },
  },
  {
    name: 'a 旗 十一五 纲要 over two lines, a Chinese-numeral month',
    lines: ['鄂尔多斯市伊金霍洛旗国民经济和社会发展', '第十一个五年规划纲要', '', '伊金霍洛旗人民政府', '二〇〇六年三月'],
    expected: { ...none, title: '鄂尔多斯市伊金霍洛旗国民经济和社会发展第十一个五年规划纲要', region: '伊金霍洛旗', regionLevel: 'county',
      parentRegion: '鄂尔多斯市', planKind: 'five-year-outline', period: { start: 2006, end: 2010 }, baseYear: 2005, issuer: '伊金霍洛旗人民政府' },
  },
  {
    name: 'a national standard published jointly by two bodies (联合发布)',
    lines: ['ICS 91.020', 'P 50', '中华人民共和国国家标准', 'GB/T 51346—2019', '', '城市绿地规划标准', 'Standard for urban green space planning', '',
      '2019-05-24 发布    2019-12-01 实施', '', '中华人民共和国住房和城乡建设部', '国家市场监督管理总局', '联合发布'],
    expected: { ...none, title: '城市绿地规划标准', planKind: other, issuer: '中华人民共和国住房和城乡建设部、国家市场监督管理总局',
      docNumber: 'GB/T 51346—2019', issuedDate: '2019-05-24' },
  },
  {
    name: 'a 导则 （征求意见稿） from a provincial department, no area in its title',
    lines: ['城市更新规划编制导则', '（征求意见稿）', '', '江苏省自然资源厅', '2026年5月'],
    expected: { ...none, title: '城市更新规划编制导则（征求意见稿）', region: '江苏省', regionLevel: 'province', planKind: other, issuer: '江苏省自然资源厅' },
  },
];

testMetadataCases('metadata of unusual openings, third batch', unusualOpeningsBatch3);
