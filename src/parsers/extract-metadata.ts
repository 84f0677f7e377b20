import { baseYearOrYearBeforePeriod, type PlanKind, type PlanMeta, type SourceLine } from '../domain/index.ts';
import { parseChineseNumber, parseChineseYear } from './chinese-numbers.ts';
import { readRegion, type Region } from './read-region.ts';
import { readTitle } from './read-title.ts';
import { readIssuingNotice } from './read-issuing-notice.ts';
import { readPortalFields } from './read-portal-fields.ts';

/** Plan metadata (plan-extract/1 `plan`) read from the title, the issuing notice and the text. */
export function extractMetadata(lines: readonly SourceLine[]): PlanMeta {
  const title = readTitle(lines)?.title ?? null;
  const text = lines.map((l) => l.text).join('\n');
  // a portal's table says outright what the notice's layout only suggests
  const notice = { ...readIssuingNotice(lines), ...readPortalFields(lines) };
  const region = withParent(titleOrIssuerRegion(title, notice.issuer), text);
  const period = readPeriod(title ?? '', text);
  return {
    title,
    region: region?.name ?? null,
    regionLevel: region?.level ?? null,
    parentRegion: region?.parent ?? null,
    planKind: readPlanKind(title ?? ''),
    period,
    baseYear: baseYearOrYearBeforePeriod(readBaseYear(text), period?.start),
    visionYear: readVisionYear(text),
    ...notice,
  };
}

/**
 * A title naming no area (a province's 地方标准, a 方案 printed without it) is its issuer's area's document;
 * an issuer naming the title's area in full (两江新区 by 重庆两江新区管理委员会) says what it is in.
 */
function titleOrIssuerRegion(title: string | null, issuer: string | null): Region | null {
  const fromTitle = title ? readRegion(title) : null;
  const fromIssuer = issuer ? readRegion(issuer) : null;
  if (!fromTitle) return fromIssuer;
  const sameArea = fromIssuer?.name === fromTitle.name && fromIssuer.level === fromTitle.level;
  return !fromTitle.parent && sameArea && fromIssuer.parent ? { ...fromTitle, parent: fromIssuer.parent } : fromTitle;
}

/**
 * A district or county whose title names no city: the text may (…连云港市海州区…, ，南通市如东县); a city
 * printed after another city there (南通市如皋市) is a 县级市 under it.
 */
function withParent(region: Region | null, text: string): Region | null {
  if (!region || region.parent || region.level === 'province') return region;
  if (region.level === 'city' && !region.name.endsWith('市')) return region;
  const parent = parentNamed(region.name, text);
  if (!parent) return region;
  return { ...region, parent, level: region.level === 'city' ? 'county' : region.level };
}

/** the longest city name the pattern before 市 takes ({2,6}) */
const PARENT_PREFIX_MAX = 6;

function parentNamed(name: string, text: string): string | null {
  const first = text.indexOf(`市${name}`);
  if (first < 0) return null;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(^|[^\\u4e00-\\u9fa5])?([\\u4e00-\\u9fa5]{2,6})市${escaped}`, 'gm');
  // no match starts more than 8 characters before the first 市+name: the search starts there, not at the text's start
  pattern.lastIndex = Math.max(0, first - PARENT_PREFIX_MAX - 2);
  const found = pattern.exec(text);
  const prefix = found?.[2];
  if (!prefix) return null;
  // ，南通市如东县 / ，江苏省扬州市宝应县: a name that starts after punctuation (or its province) is whole, even if printed once.
  const bare = prefix
    .replace(/^[\u4e00-\u9fa5]*?(?:省|自治区)/, '')
    .replace(/^(?:位于|地处|隶属|属于|在|为|于|与|和|及|是|将|由|从|对|把)/, '');
  const whole = found[1] !== undefined && bare.length >= 2 && bare.length <= 4 ? `${bare}市` : null;
  // 范围为南通市如皋市: a name printed after a verb starts there too
  const afterVerb = /(?:为|于|在|是|的)([\u4e00-\u9fa5]{2,4})$/.exec(prefix)?.[1];
  const parent = cityName(prefix, text) ?? whole ?? (afterVerb ? `${afterVerb}市` : null);
  // 现代化城市南通市: a common noun before the name is no city
  return parent && !/(?:城|都)市$/.test(parent) ? parent : null;
}

/**
 * Where a city's name starts is not printed: of 围为连云港 (…市), keep the longest ending that the
 * text uses as often as its shortest one (连云港市 everywhere, 为连云港市 once).
 */
function cityName(prefix: string, text: string): string | null {
  const count = (name: string) => {
    let n = 0;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) n++;
    return n;
  };
  const base = count(`${prefix.slice(-2)}市`);
  let best: string | null = null;
  for (let n = 2; n <= prefix.length; n++) {
    const name = `${prefix.slice(-n)}市`;
    if (count(name) >= Math.max(2, base * 0.8)) best = name;
  }
  return best;
}

function readPlanKind(title: string): PlanKind {
  if (/城镇化/.test(title)) return 'urbanization';
  if (/国民经济和社会发展/.test(title) && /五年规划|规划纲要|纲要/.test(title)) return 'five-year-outline';
  return 'other';
}

/** An explicit 规划期为 2021-2025 年 wins; then a title's （2021—2025年）; then the five-year plan the title (or text) names. */
function readPeriod(title: string, text: string): { start: number; end: number } | null {
  const explicit = /规划期(?:限)?(?:为|是|：)?\s*(\d{4})\s*(?:年)?\s*[-—–~～至到]+\s*(\d{4})\s*年/.exec(text);
  if (explicit) return { start: Number(explicit[1]), end: Number(explicit[2]) };
  // （２０２１—２０２５年） in full-width digits reads like （2021—2025年）
  // and （二〇二六—二〇三〇年） in Chinese numerals too
  const digits = title.normalize('NFKC').replace(/[〇零一二三四五六七八九]{4}/g, (y) => String(parseChineseYear(y) ?? y));
  const inTitle = /((?:19|20)\d\d)\s*年?\s*[-—–~～至到]+\s*((?:19|20)\d\d)\s*年/.exec(digits);
  if (inTitle && Number(inTitle[2]) > Number(inTitle[1])) return { start: Number(inTitle[1]), end: Number(inTitle[2]) };
  const oneYear = yearOfWork(digits);
  if (oneYear) return { start: oneYear, end: oneYear };
  for (const source of [title, text.slice(0, 5000)]) {
    const n = fiveYearPlanNumber(source);
    // the sixth plan began in 1981 and every one since has run five years: 十二五 2011–2015, 十五五 2026–2030
    if (n !== null && n >= 6) return { start: 1981 + 5 * (n - 6), end: 1985 + 5 * (n - 6) };
  }
  return null;
}

/**
 * 南京市2026年城市更新工作方案, 2026年全省…工作要点: a programme of work for one year names it; a list
 * or standard of a year (2024年城市体检基础指标体系) has no period, nor has a 2026年版 or 2026年修订版, and
 * 2030年前碳达峰 is no such year.
 */
function yearOfWork(title: string): number | null {
  if (!/(?:方案|计划|要点)(?:[（(][^（）()]{1,16}[)）])*$/.test(title)) return null;
  const years = title.match(/(?:19|20)\d\d/g) ?? [];
  const m = /(?<![到至望向])((?:19|20)\d\d)\s*年度?(?![前后起远版修])/.exec(title);
  return m && years.length === 1 ? Number(m[1]) : null;
}

/** “十四五” → 14, 第十二个五年规划 → 12; null when the text names no five-year plan. */
function fiveYearPlanNumber(text: string): number | null {
  const short = /十([一二三四五六七八九])五/.exec(text)?.[1];
  if (short) return 10 + parseChineseNumber(short)!;
  const ordinal = /第([十一二三四五六七八九]+)个五年(?:规划|计划)/.exec(text)?.[1];
  return ordinal ? parseChineseNumber(ordinal) : null;
}

function readBaseYear(text: string): number | null {
  const m = /(?:基准年|基期年?)(?:份)?(?:为|是|：)\s*(\d{4})\s*年/.exec(text);
  return m ? Number(m[1]) : null;
}

/** 展望2035年, 展望至2030年, 二〇三五年远景目标, 到2035年（the usual outlook year） → 2035; null when the plan looks no further than its period. */
function readVisionYear(text: string): number | null {
  const m =
    /(?:展望\s*|到\s*)?(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*远景/.exec(text) ??
    /展望\s*(?:至|到)?\s*(\d{4}|[〇零一二三四五六七八九]{4})\s*年/.exec(text) ??
    /(?:到|至)\s*(2035|二〇三五)\s*年/.exec(text);
  if (!m) return null;
  return parseChineseYear(m[1]!) ?? parseChineseNumber(m[1]!);
}
