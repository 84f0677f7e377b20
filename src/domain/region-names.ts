/**
 * The provincial-level areas by the short name documents print before a zone's name (重庆两江新区,
 * 湖南湘江新区, 中国（湖北）自由贸易试验区): short name → full name.
 */
export const provinceLevelAreas: Readonly<Record<string, string>> = {
  北京: '北京市', 天津: '天津市', 上海: '上海市', 重庆: '重庆市',
  河北: '河北省', 山西: '山西省', 辽宁: '辽宁省', 吉林: '吉林省', 黑龙江: '黑龙江省', 江苏: '江苏省', 浙江: '浙江省',
  安徽: '安徽省', 福建: '福建省', 江西: '江西省', 山东: '山东省', 河南: '河南省', 湖北: '湖北省', 湖南: '湖南省',
  广东: '广东省', 海南: '海南省', 四川: '四川省', 贵州: '贵州省', 云南: '云南省', 陕西: '陕西省', 甘肃: '甘肃省',
  青海: '青海省', 台湾: '台湾省',
  内蒙古: '内蒙古自治区', 广西: '广西壮族自治区', 西藏: '西藏自治区', 宁夏: '宁夏回族自治区', 新疆: '新疆维吾尔自治区',
  香港: '香港特别行政区', 澳门: '澳门特别行政区',
};

/** The provincial-level area whose short name `text` opens with (重庆两江 → 重庆), with the rest. */
export function splitProvinceLevelArea(text: string): { short: string; full: string; rest: string } | undefined {
  for (const length of [3, 2]) {
    const full = provinceLevelAreas[text.slice(0, length)];
    if (full) return { short: text.slice(0, length), full, rest: text.slice(length) };
  }
  return undefined;
}

/**
 * County-level areas whose name ends in 区 but which are no city's district: 神农架林区, 六枝特区
 * (a 县级行政区 directly under its province or city).
 */
export const countyLevelAreaEndings = ['林区', '特区'] as const;
