import type { Comparator, Value } from '../domain/index.ts';

export interface ClauseTarget {
  readonly indicator: string;
  readonly target: Value;
}

const UNIT = [
  '个百分点|百分点|%|‰|亿美元|万美元|万亿元|亿元|万元|元|万人次|人次|万人|人|万户|户|家|个|所|座|件|项|岁',
  '微克/立方米|毫克/升|万立方米|立方米|万千瓦时|千瓦时|万千瓦|千瓦|万吨标准煤|吨标准煤|万标箱|万辆|辆|公顷',
  '亿斤|万吨|吨|公斤|千克|万亩|亩|平方公里|平方米|公里|千米|小时|天|次|倍|张|名|台|套|万个|万套|年|亿|万',
].join('|');
/** the first number of a clause that is not a year (2025年; 14年 is a length) nor part of a name (PM2.5, 5G) */
/** 12公里/平方公里: a unit per another unit */
const COMPOUND_UNIT = `(?:${UNIT})(?:\\s*/\\s*(?:平方公里|平方千米|${UNIT}))?`;
const NUMBER = new RegExp(
  `(?<![A-Za-z\\d.])(?!(?:19|20)\\d\\d\\s*年)(\\d+(?:\\.\\d+)?)(?!\\d|[A-Za-z])(\\s*${COMPOUND_UNIT})?(\\s*(?:以上|以下|以内|左右))?`,
);
const TRIGGERS: ReadonlyArray<readonly [RegExp, Comparator, boolean]> = [
  [/(累计达到|累计完成|累计实现|累计)$/, 'eq', true],
  [/(力争达到|达到|力争|达|实现|保持在|保持|稳定在|增至|增加到|增加至|提高到|提高至|提升到|提升至|增长到)$/, 'eq', false],
  [/(突破|超过|高于|>|＞)$/, 'gt', false],
  [/(不低于|不少于|迈上|≥|≧|>=)$/, 'ge', false],
  [/(控制在|缩小到|缩小至|降至|降到|下降到|下降至|降低到|降低至|不高于|不超过|≤|≦|<=)$/, 'le', false],
  [/(低于|<|＜)$/, 'lt', false],
];
const SUFFIX: Record<string, Comparator> = { 以上: 'ge', 以下: 'le', 以内: 'le', 左右: 'approx' };
/** words before the indicator: the year, linking words, the issuing area naming itself (全市, 开发区) */
const LEADING = /^(?:到\s*\d{4}\s*年|至\s*\d{4}\s*年|展望\s*\d{4}\s*年|“?十[三四五]五”?(?:期间|末|时期)?|五年|具体来看|其中|同时|并且|并|力争|确保|全区|全市|全县|全州|全镇|我区|我市|我县|开发区|经开区|高新区|园区|在)\s*/;
const LEADING_VERB = /^(累计完成|累计实现|实现|完成)\s*/;
const RANK = /^(.*?)(?:从[^，]*?)?(?:跻身|进入|位居|保持)?(前\s*(\d+)\s*(?:强|名|位))/;

/**
 * Several targets in one clause: 常住人口、户籍人口城镇化率分别达到75%、60% → 常住人口城镇化率 75,
 * 户籍人口城镇化率 60. Otherwise the one target of the clause, if any.
 */
export function readTargetClauses(clause: string): ClauseTarget[] {
  const m = /^(.*?)分别(\D*?)(\d.*)$/.exec(clause.trim());
  const names = m ? splitNames(m[1]!) : [];
  const values = m ? m[3]!.split(/、|和|及/) : [];
  if (m && names.length > 1 && names.length === values.length) {
    const found = names.map((name, i) => readTargetClause(`${name}${m[2]}${values[i]}`));
    if (found.every((t) => t)) return found as ClauseTarget[];
  }
  const one = readTargetClause(clause);
  return one ? [one] : [];
}

/** 常住人口、户籍人口城镇化率 → 常住人口城镇化率, 户籍人口城镇化率 (the shared noun completed). */
function splitNames(text: string): string[] {
  const names = text.split(/、|和|及|与/).map((n) => n.trim()).filter(Boolean);
  const last = names.at(-1) ?? '';
  const noun = /[率数量值额比度重积入]$/;
  return names.map((n) => {
    const shared = last.slice(n.length);
    return shared.length >= 2 && noun.test(shared) && !noun.test(n) ? n + shared : n;
  });
}

/**
 * One clause of goal prose read as a quantified target: 常住人口城镇化率达到75%左右 → approx 75;
 * 一般公共预算收入突破100亿元 → gt 100; 累计完成…投资 1500 亿元 → cumulative. Null for a clause
 * without one.
 */
export function readTargetClause(clause: string): ClauseTarget | null {
  const text = clause.trim();
  const rank = RANK.exec(text);
  if (rank) return build(rank[1]!, rank[2]!, Number(rank[3]), 'le', false);
  const m = NUMBER.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index).trim();
  const after = text.slice(m.index + m[0].length).trim();
  const suffix = m[3]?.trim();
  // the longest trigger word wins: 不高于 (le) over 高于 (gt), 不低于 (ge) over 低于 (lt)
  const trigger = TRIGGERS.map(([re, comparator, cumulative]) => ({ match: re.exec(before), comparator, cumulative }))
    .filter((t) => t.match)
    .sort((a, b) => b.match![1]!.length - a.match![1]!.length)[0];
  const bare = !trigger && Boolean(m[2]) && /^(新?台阶)?$/.test(after);
  if (!trigger && !bare) return null;
  const stepUp = trigger?.match?.[1] === '迈上' && /^(新?台阶)/.test(after);
  const comparator: Comparator = suffix ? SUFFIX[suffix]! : stepUp ? 'ge' : (trigger?.comparator ?? 'eq');
  const name = trigger ? before.slice(0, before.length - trigger.match![1]!.length) : before;
  return build(name, m[0].trim(), Number(m[1]), comparator, Boolean(trigger?.cumulative));
}

function build(name: string, raw: string, value: number, comparator: Comparator, cumulative: boolean): ClauseTarget | null {
  let indicator = name.trim();
  for (let previous = ''; previous !== indicator; ) {
    previous = indicator;
    indicator = indicator.replace(LEADING, '');
  }
  const verb = LEADING_VERB.exec(indicator)?.[1];
  indicator = indicator.replace(LEADING_VERB, '').replace(/(力争|确保|争取|努力)$/, '').replace(/(的|从|由|为|是)$/, '').trim();
  if (indicator.length < 2 || indicator.length > 40 || !/[\u4e00-\u9fa5A-Za-z]/.test(indicator)) return null;
  const total = cumulative || Boolean(verb?.startsWith('累计')) || /累计/.test(indicator);
  return { indicator, target: { raw, value, comparator, cumulative: total, year: null, text: null } };
}
