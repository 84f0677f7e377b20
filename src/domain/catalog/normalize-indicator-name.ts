/**
 * Indicator names as plans and bulletins print them differ in width, spacing, brackets,
 * Roman numerals and punctuation. normalizeIndicatorName folds those away; canonicalWording
 * further rewrites known synonymous wordings (比率 → 比例 …) so both sides meet.
 */

const unitWords = [
  '%', '‰', '个', '人', '万人', '亿人', '元', '万元', '亿元', '美元', '万美元', '亿美元', '岁', '年', '次', '家', '件',
  '吨', '万吨', '公顷', '亩', '平方米', '平方公里', '千米', '公里', '米', 'M2', 'M²', '立方米', '微克/立方米', 'μg/m3',
  'UG/M3', '天', '小时', '张', '床', '辆', '所', '项', '户', '人次', '万人次', '个百分点', '百分点', '千瓦时', '吨标准煤',
];
const unitInBrackets = new Set(unitWords.map((unit) => unit.toUpperCase()));

const openers = '([〔【［{<《';
const closers = ')]〕】］}>》';
const bracketPattern = new RegExp(`[${escape(openers)}]([^${escape(openers + closers)}]*)[${escape(closers)}]`, 'g');
const punctuation = /[\s“”"'‘’、，,·・:：;；!！?？。\-—–_~～/\\|*□＊]+/g;

function escape(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}

/** Width, case, spaces, leading sequence numbers, unit brackets, 的 and punctuation folded away. */
export function normalizeIndicatorName(name: string): string {
  let text = name.normalize('NFKC').toUpperCase().replace(/\s+/g, '');
  text = text.replace(/^\d{1,2}[.、)](?!\d)/, '');
  text = text.replace(bracketPattern, (_, inner: string) => (unitInBrackets.has(inner) || inner === '' ? '' : inner));
  text = text.replace(/[()[\]〔〕【】［］{}<>《》]/g, '');
  text = text.replace(/的/g, '');
  text = text.replace(/(\d)\.(\d)/g, '$1\u0000$2').replace(/\./g, '').replace(/\u0000/g, '.');
  return text.replace(punctuation, '');
}

/** Wordings that mean the same quantity, applied in order to a normalized name. */
const wordingRules: readonly (readonly [RegExp, string])[] = [
  [/(R&D|研究与试验发展|全社会研发|研发)(经费支出|经费投入|经费|投入|支出)/g, '研发经费支出'],
  [/GDP/g, '地区生产总值'],
  [/规上/g, '规模以上'],
  [/占规模以上工业总产值/g, '占规模以上工业产值'],
  [/每千人口/g, '每千人'],
  [/每万人口/g, '每万人'],
  [/比率/g, '比例'],
  [/建城区/g, '建成区'],
  [/达到或好于|达到或优于|好于|优于/g, '优于'],
  [/III类水[体质]?/g, 'III类'],
  [/优(?!于)(?=III类)/g, '优于'],
  [/地表水(国省考|国考|省考以上|省考)?(断面)?(水质)?/g, '地表水'],
  [/年均浓度|平均浓度/g, '浓度'],
  [/能源消耗|综合能耗/g, '能耗'],
  [/年均增长率|年均增长|增长率|增速|增幅/g, '增长'],
  [/下降率|下降|减少|削减/g, '降低'],
  [/全体居民/g, '居民'],
  [/实际使用外资/g, '实际利用外资'],
];

/** The normalized name with known synonymous wordings rewritten to one form. */
export function canonicalWording(name: string): string {
  let text = normalizeIndicatorName(name);
  for (const [pattern, replacement] of wordingRules) text = text.replace(pattern, replacement);
  return text;
}
