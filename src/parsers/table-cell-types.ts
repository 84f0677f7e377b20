import { parseValue } from './parse-value.ts';

/**
 * What a printed cell can be, read from its text alone: the vocabulary that lets a row whose empty
 * cells left no trace (single spaces, one cell per line) be fitted to its header's columns.
 */

/** Units as tables print them, optionally scaled (万元, 亿美元) and per another unit (万元/人). */
const BASE_UNITS = [
  '个百分点', '百分点', '%', '％', '‰', '元', '美元', '人', '人次', '户', '家', '个', '件', '项', '所', '座', '栋', '张',
  '台', '套', '辆', '名', '床', '岁', '年', '天', '日', '小时', '次', '倍', '吨', '吨标准煤', '标准煤', '斤', '公斤',
  '千克', '亩', '公顷', '平方米', '平方公里', '平方千米', '立方米', '米', '公里', '千米', '千瓦', '千瓦时', '瓦', '标箱',
  '标准箱', '微克', '毫克', '升', '克', '分', '处', '条', '间', '头', '只', '株', 'm²', 'm2', 'km', 'kW', 'kWh', '兆瓦',
  '分贝', '毫米', '公里/小时', '人年', '人·年',
];
const SCALED = /^(?:万亿|百万|千万|万|亿|千|百)?(.+)$/;
const BASES = new Set(BASE_UNITS);

const isBaseUnit = (part: string) => BASES.has(part) || BASES.has(SCALED.exec(part)?.[1] ?? '');

/** %, 亿元, 万元/人, 微克/立方米, （%）: a unit cell. */
export function isUnitCell(text: string): boolean {
  const bare = text.replace(/^[（(［\[]|[)）］\]]$/g, '').trim();
  if (!bare || bare.length > 12) return false;
  const parts = bare.split('/').map((part) => part.trim());
  if (parts.length === 2 && PER_COUNT.test(parts[1]) && (parts[0] === '' || parts[0] === '1' || isBaseUnit(parts[0]))) return true;
  return parts.every((part) => part !== '' && isBaseUnit(part));
}

/** A rate per so many people (1/10万, /10万, 人/万人, 张/千人): the count always says 万, 千 or 百. */
const PER_COUNT = /^\d*(?:万|千|百)(?:人|人口|户|名)?$/;

/** 预期性, 约束性, and other one-word classes ending in 性 (引导性, 建议性). */
export const isAttributeCell = (text: string): boolean => /^[\u4e00-\u9fff]{1,3}性$/.test(text.trim());

/** 1, 12, A-01, B3: a row's number or code. */
export const isSeqCell = (text: string): boolean => /^(?:\d{1,3}|[A-Za-z]{1,2}[-－]?\d{1,3})$/.test(text.trim());

const DASH = /^[-－—–/／]+$|^—+$|^…+$/;

/** -, —, ／: an empty cell marked as such. */
export const isDashCell = (text: string): boolean => DASH.test(text.trim());

/** A number with its marks (≥70, 6左右, ［4.5］) or a dash: what value columns hold. */
export function isValueCell(text: string): boolean {
  const trimmed = text.trim();
  if (DASH.test(trimmed)) return true;
  // a number in words (细颗粒物（PM2.5）浓度, PM2.5年均浓度) is a name; a value has few words (左右, 及以上, 万人)
  if ((trimmed.match(/[\u4e00-\u9fff]/g)?.length ?? 0) > 4 || /^[A-Za-z]/.test(trimmed)) return false;
  return parseValue(trimmed).value !== null;
}

/** 建成, 基本实现, 持续改善: an outcome in words, printed in a value column. */
export const isOutcomeWords = (text: string): boolean =>
  text.length <= 8 && /(?:建成|完成|实现|达标|改善|提高|提升|下降|增长|同步|保持|稳定|优化|落实|覆盖|全覆盖)$/.test(text.trim());

const CJK = /[\u4e00-\u9fff]/;

/** 1、常住人口城镇化率, 2. 地区生产总值: a name with its row number in front. */
export const NUMBERED_NAME = /^\d{1,3}[.．、](?!\d)/;

/** Words that may open a name: CJK or letters, not a bare number, a unit or a class. */
export const canOpenName = (text: string): boolean =>
  (CJK.test(text) || /[A-Za-z]{2}/.test(text)) && !isUnitCell(text) && !isAttributeCell(text) &&
  (NUMBERED_NAME.test(text) || !isValueCell(text));

/** A group label: words without digits that are not a unit, a class or a value. */
export const isGroupCell = (text: string): boolean =>
  CJK.test(text) && !/\d/.test(text) && !isUnitCell(text) && !isAttributeCell(text) && text.length <= 12;

/** Words printed after a number and split from it by a space (95 以上, ≥ 70 in a PDF's text). */
const SUFFIX = /^(?:及以上|及以下|以上|以下|以内|左右|上下)$/;
const COMPARATOR = /^[≥≤><＞＜≧≦]$/;

const OPENING = /^[\[［〔【(（]$/;
const CLOSING = /^[\]］〕】)）]$/;

/** Joins a comparator, a bracket or a suffix word to the number it belongs to ([ 24.64 ], 95 以上). */
export function joinValuePieces(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const last = out.at(-1);
    const glued = last !== undefined && (
      (SUFFIX.test(token) && /\d$/.test(last)) || (CLOSING.test(token) && /\d$/.test(last)) ||
      ((COMPARATOR.test(last) || OPENING.test(last)) && /^\d/.test(token)));
    // a bracket stays apart as printed ([ 24.64 ]); a comparator or a suffix word is the number's own
    if (glued) out[out.length - 1] = last + (OPENING.test(last) || CLOSING.test(token) ? ' ' : '') + token;
    else out.push(token);
  }
  return out;
}
