/**
 * Words of planning documents that must stay whole when segmented (a query for one of them should
 * not match its pieces scattered over a sentence). Added to jieba's own dictionary.
 */
export const planDomainWords: readonly string[] = [
  '常住人口城镇化率', '户籍人口城镇化率', '农业转移人口市民化', '农业转移人口', '户籍制度改革', '专栏',
  '新型城镇化', '城乡融合', '城市更新', '乡村振兴', '公共服务', '基本公共服务', '居住证', '积分落户',
  '城市群', '都市圈', '县城', '特色小镇', '重点特色镇', '老旧小区改造', '老旧小区', '棚户区改造', '城中村改造', '保障性租赁住房', '海绵城市',
  '地下综合管廊', '智慧城市', '数字化', '绿色低碳', '碳达峰', '碳中和', '高质量发展', '主体功能区',
  '港产城融合', '一带一路', '长三角一体化', '规划传导', '中期评估', '总结评估', '动态监测',
  '地区生产总值', '一般公共预算收入', '居民人均可支配收入', '城乡居民收入比', '研发经费', '空气质量优良天数比例',
  '单位地区生产总值能耗', '森林覆盖率', '人均预期寿命', '城镇调查失业率', '城镇新增就业', '高新技术产业',
  '战略性新兴产业', '数字经济', '营商环境', '自贸试验区', '生态环境', '社会保障', '住房保障', '义务教育',
];

/** jieba's user dictionary format: one "word frequency tag" line per word. */
export const planDomainDictionary = (): Uint8Array =>
  Buffer.from(planDomainWords.map((word) => `${word} 200000 n`).join('\n'));
