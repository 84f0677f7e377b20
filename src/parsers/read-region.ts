import {
  countyLevelAreaEndings, findPrefectureLevelArea, splitPrefectureLevelArea, splitProvinceLevelArea, type RegionLevel,
} from '../domain/index.ts';

export interface Region {
  readonly name: string;
  /** null for 全国 (plan-extract/1 has no level for the nation) */
  readonly level: RegionLevel | null;
  readonly parent: string | null;
}

const han = '[\\u4e00-\\u9fa5]';
/** Zones named after a place, not a city (两江新区, 横琴粤澳深度合作区): their parent is what the text says. */
const placeZoneKinds = new Set(['新区', '深度合作区', '合作区']);
const zone = new RegExp(`^(${han}{2,8}?)(经济技术开发区|高新技术产业开发区|经济开发区|经开区|高新区|开发区|工业园区|${[...placeZoneKinds].join('|')})`);
/**
 * 中国（湖北）自由贸易试验区武汉片区, 湖北自贸区: a free trade zone, or one of its 片区 named after its city;
 * a 新片区 (临港新片区) is named after a place, so it is in the province-level area the zone names.
 */
const freeTradeZone = new RegExp(
  `^(?:中国[（(](${han}{2,3})[)）]|(${han}{2,3}))?(?:自由贸易试验区|自贸试验区|自贸区)(?:(${han}{2,4}?)(新)?片区)?`,
);
const province = new RegExp(`^(${han}{1,6}?(?:自治区|省))`);
/** …市圈 and …市群 are a metropolitan area or a cluster of cities (苏锡常都市圈, 省会城市群), not one city */
const city = new RegExp(`^(${han}{1,6}?市(?![圈群])|${han}{1,8}?自治州|${han}{1,6}?(?:州|盟|地区)(?![市区县镇湾]))`);
/** …区域 and …县域 are words (长江三角洲区域, 县域经济), not an area's name ending in 区 or 县 */
const county = new RegExp(`^(${han}{1,6}?(?:自治县|区(?!域)|县(?!域)|旗|市(?![圈群])))`);
/** Common nouns that end like an area: 浙江省城市内涝治理… is 浙江省's, not 城市's; 江苏省市县… names no county. */
const commonNoun =
  /^(?:城市|城区|市区|市县|县市|县区|区县|郊区|地区|社区|园区|景区|片区|山区|街区|辖区|小区|校区|厂区|湾区|城乡|都市|全省|全市|全区|全县|本省|本市|各省|各市|各区|各县)$/;
/**
 * A phrase ending in such a noun after a word of two or more characters (公园城市, 海绵城市, 中心城区) is a
 * subject, not an area: county-level names ending so take one character before it (邹城市, 新城区).
 */
const nounPhrase = /^[\u4e00-\u9fa5]{2,}(?:城市|都市|城区|市区|景区|片区|山区|街区|辖区|社区|郊区|小区|校区|厂区|湾区)$/;
/**
 * A 地区 is a prefecture-level area only under a prefecture's place name (喀什地区, and 铜仁地区 before it
 * became 铜仁市): 成渝地区, 京津冀地区 and 西部地区 are regions of several areas.
 */
const regionOfAreas = (name: string) => name.endsWith('地区') && !findPrefectureLevelArea(name.slice(0, -2));
const area = (re: RegExp, text: string) => {
  const m = re.exec(text);
  return m && !commonNoun.test(m[0]) && !nounPhrase.test(m[0]) && !regionOfAreas(m[0]) ? m : null;
};

/**
 * The issuing area named at the start of a plan title: 连云港市海州区… → 海州区 (district, in 连云港市);
 * 连云港经济技术开发区… → development zone in 连云港市; 全国… → 全国 (no level). Null when the title
 * names no area (a ministry's 城市体检指标体系, 国家新型城镇化规划: 国家 is the state, not an area's name).
 */
export function readRegion(title: string): Region | null {
  // 2026年全省…工作要点: a year before the area is the plan's, not part of a name
  const text = title.replace(/\s+/g, '').replace(/^[\d０-９]{4}年度?/, '');
  if (text.startsWith('全国')) return { name: '全国', level: null, parent: null };
  const ftz = freeTradeZone.exec(text);
  if (ftz) return inZone(ftz[0], ftz[3] && !ftz[4] ? zoneParent(ftz[3]) : provinceOf(ftz[1] ?? ftz[2]));
  const z = area(zone, text);
  if (z) return developmentZone(z[1]!, z[2]!);
  const p = area(province, text);
  const afterProvince = p ? text.slice(p[0].length) : text;
  const c = area(city, afterProvince);
  const afterCity = c ? afterProvince.slice(c[0].length) : afterProvince;
  const k = c || p ? area(county, afterCity) : null;
  if (k && !startsPlanWords(afterCity)) return { name: k[0], level: countyLevel(k[0]), parent: c?.[0] ?? p?.[0] ?? null };
  if (c) return { name: c[0], level: 'city', parent: p?.[0] ?? null };
  if (p) return { name: p[0], level: 'province', parent: null };
  const alone = area(county, text);
  return alone ? { name: alone[0], level: countyLevel(alone[0]), parent: null } : null;
}

/** 南京市江宁经济技术开发区 → 江宁经济技术开发区 in 南京市; a name that leaves its city unsaid gets one (see zoneParent). */
function developmentZone(prefix: string, kind: string): Region {
  const inCity = /^(.+?市)(.{2,})$/.exec(prefix);
  if (inCity) return inZone(`${inCity[2]}${kind}`, inCity[1]!);
  if (!placeZoneKinds.has(kind)) return inZone(`${prefix}${kind}`, zoneParent(prefix));
  // 重庆两江新区, 湖南湘江新区: a 国家级新区 printed after its province-level area's short name
  const inProvince = splitProvinceLevelArea(prefix);
  if (inProvince && inProvince.rest.length >= 2) return inZone(`${inProvince.rest}${kind}`, inProvince.full);
  return inZone(`${prefix}${kind}`, null);
}

const inZone = (name: string, parent: string | null): Region => ({ name, level: 'development-zone', parent });
const provinceOf = (short: string | undefined) => (short ? (splitProvinceLevelArea(short)?.full ?? null) : null);

/**
 * 连云港 (of 连云港经济技术开发区) → 连云港市, 苏州 (苏州工业园区) → 苏州市, 武汉东湖 → 武汉市 (by the list of
 * prefecture-level divisions; a county-level city's zone, 昆山, is its own city); a name already ending in 市, or
 * an autonomous prefecture's short name (恩施州), is kept. A 新区 or 合作区 (雄安新区, 横琴粤澳深度合作区) is
 * named after a place, not a city: its parent is only its province-level area's short name before it, or
 * what the text says.
 */
function zoneParent(prefix: string): string | null {
  const named = /^(.+?市|.+?自治州|[\u4e00-\u9fa5]{2,}州)/.exec(prefix)?.[1];
  if (named) return named;
  // 上海张江 (of 上海张江高新技术产业开发区): a province-level area's short name, then a place
  const inProvince = splitProvinceLevelArea(prefix);
  if (inProvince && inProvince.rest.length >= 2) return inProvince.full;
  // 武汉东湖 (of 武汉东湖新技术开发区): a prefecture-level city's short name, then a place
  const inCity = splitPrefectureLevelArea(prefix);
  if (inCity) return inCity.name;
  return prefix.length >= 2 && prefix.length <= 4 ? `${prefix}市` : null;
}

/** 海州区 → district; 东海县, 神农架林区, and a 县级市 under its city (南通市海安市), → county */
const countyLevel = (name: string): RegionLevel =>
  name.endsWith('区') && !countyLevelAreaEndings.some((end) => name.endsWith(end)) ? 'district' : 'county';

/** 国民经济和社会发展… right after the city is the plan's name, not a county. */
const startsPlanWords = (text: string) => /^(国民经济|“|"|十[三四五]五|新型城镇化|城市|城镇|国土)/.test(text);
