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
