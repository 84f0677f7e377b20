import type { Comparator } from '../domain/index.ts';

/** Words printed before a number that say how it relates to what is meant (after NFKC). */
export const PREFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['大于等于', 'ge'], ['不低于', 'ge'], ['不少于', 'ge'], ['不小于', 'ge'], ['>=', 'ge'], ['≥', 'ge'], ['⩾', 'ge'], ['≧', 'ge'],
  ['小于等于', 'le'], ['不高于', 'le'], ['不超过', 'le'], ['不大于', 'le'], ['不多于', 'le'], ['<=', 'le'], ['≤', 'le'], ['⩽', 'le'], ['≦', 'le'],
  ['控制在', 'le'], ['超过', 'gt'], ['高于', 'gt'], ['大于', 'gt'], ['>', 'gt'], ['﹥', 'gt'],
  ['低于', 'lt'], ['小于', 'lt'], ['<', 'lt'], ['﹤', 'lt'], ['约', 'approx'], ['~', 'approx'], ['≈', 'approx'],
];

/** Words printed after a number (the unit already removed). */
export const SUFFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['及以上', 'ge'], ['以上', 'ge'], ['及以下', 'le'], ['以下', 'le'], ['以内', 'le'], ['左右', 'approx'], ['上下', 'approx'],
];

/** Units that may be printed inside a cell (95%, 800亿元); they are not qualitative words. */
const UNITS = [
  '个百分点', '百分点', '微克/立方米', '平方米', '立方米', '亿美元', '万美元', '亿元', '万元', '万人', '万吨', '万户', '万亩',
  '公里', '千米', '小时', '%', '‰', '元', '人', '个', '家', '件', '项', '座', '所', '张', '岁', '年', '天', '次', '吨',
  '亩', '户', '倍', '分', '米', 'm²', 'm2', 'km', 'pp',
];

/** Strips a leading unit from the text after a number; returns what is left. */
export function stripUnit(rest: string): string {
  const unit = UNITS.find((u) => rest.startsWith(u));
  return unit ? rest.slice(unit.length) : rest;
}

/** A cell that holds only a unit (%, 万元/人, 微克/立方米): a unit column's cell, never a value. */
export const isUnitOnly = (text: string): boolean =>
  text.split('/').every((part) => part !== '' && stripUnit(part) === '');

/** Marks printed beside a number that refer to a note (60.6*, 21#). */
export const NOTE_MARKS = '*＊※#△▲□■◆☆★';

/** The circled numbers ①–⑳: a note's number, printed (or a superscript printed inline) after a name or value. */
export const CIRCLED_NUMBERS = /[\u2460-\u2473]/g;

/**
 * NFKC, except for the circled numbers: NFKC makes ① a 1, and 60.6① (a value with its note's mark) would
 * read as 60.61.
 */
export function foldKeepingCircled(text: string): string {
  if (!/[\u2460-\u2473]/.test(text)) return text.normalize('NFKC');
  let folded = '';
  let from = 0;
  for (const circled of text.matchAll(CIRCLED_NUMBERS)) {
    folded += text.slice(from, circled.index).normalize('NFKC') + circled[0];
    from = circled.index + 1;
  }
  return folded + text.slice(from).normalize('NFKC');
}

/** A note mark: one of NOTE_MARKS or a circled number. */
export const isNoteMark = (char: string): boolean => NOTE_MARKS.includes(char) || (char >= '\u2460' && char <= '\u2473');

/** Cells that say "nothing here". */
export function isBlankCell(compact: string): boolean {
  return /^[-—–─―－/／\\、.…·无]*$/.test(compact) || compact === '--' || compact === '——';
}
