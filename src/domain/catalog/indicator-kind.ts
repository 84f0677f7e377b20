import { normalizeIndicatorName } from './normalize-indicator-name.ts';
import { normalizeUnit } from './convert-unit.ts';

const growthWords = /增长|增速|增幅/;
const changeWords = /增长|增速|增幅|下降|降低|减少|削减|提高|提升/;
const shareWords = /比重|比例|比率|占比|覆盖率|城镇化率|参保率|参保缴费率|达标率|处理率|优良率|失业率|满意度|安全感/;

/** A growth rate (增长, 增速): a yearly change in %, which may be negative. */
export function isGrowthIndicator(name: string): boolean {
  return growthWords.test(normalizeIndicatorName(name));
}

/**
 * A share of a whole (比重, 比例, 覆盖率, …率) in %, which must lie in 0–100. Rates of change
 * (增长, 下降率, 降低) are not shares even though they end in 率.
 */
export function isShareIndicator(name: string, unit: string | null): boolean {
  if (unit !== null && unit.trim() !== '' && normalizeUnit(unit) !== '%') return false;
  const text = normalizeIndicatorName(name);
  return shareWords.test(text) && !changeWords.test(text);
}

/** Names of ratios, rates and per-head or per-unit quantities: comparable across areas of any size. */
const intensiveWords = /人均|每[十百千万]|单位|平均|密度|率|比重|占比|比例|收入比|指数|年限|寿命|强度|满意度|安全感|增长|增速|增幅|下降|降低|排名|名次/;
/** Units of amounts that grow with the size of the area (money, people, tonnes, counts, areas). */
const amountUnit = /^(?:亿|万|千|百)?(?:元|美元|人|人次|吨|千瓦|千瓦时|户|家|个|件|辆|套|张|所|座|公里|平方米|平方公里|公顷|亩|立方米|标准箱|床)$/;

/**
 * A total (总量: GDP, output, population, 粮食产能, a count of firms): an amount in 亿元, 万人, 万吨 …
 * whose size follows the size of the area, so a district's total is never compared with its
 * city's. Shares, rates and per-head or per-unit quantities (人均, 每千人, 单位GDP能耗) are not totals.
 */
export function isTotalIndicator(name: string, unit: string | null): boolean {
  if (unit === null || intensiveWords.test(normalizeIndicatorName(name))) return false;
  return amountUnit.test(normalizeUnit(unit).replace(/\s+/g, ''));
}
