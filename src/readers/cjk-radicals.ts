/**
 * PDF fonts often map CJK glyphs to radical code points (⼈ U+2F08 for 人, ⺠ U+2EA0 for 民), so the
 * text reads right but does not match. Kangxi Radicals all have a compatibility decomposition to
 * their unified ideograph, taken here with NFKC one code point at a time (never over the whole text:
 * that would change printed cells such as ﹥5, Ⅲ, m²). In CJK Radicals Supplement only two do;
 * the others below are radicals whose glyph is itself a common character (per their Unicode names).
 * Three Kangxi radicals decompose to a traditional variant (戶 靑 黃) while simplified-Chinese fonts
 * draw the simplified character at that code point, so in a mainland plan they mean 户 青 黄
 * (seen in Chromium-printed PDFs: 户籍 read as ⼾籍).
 */
const SIMPLIFIED_FORM: Record<number, string> = { 0x2f3e: '户', 0x2fad: '青', 0x2fc8: '黄' };
const SUPPLEMENT: Record<number, string> = {
  0x2ea0: '民', 0x2ec4: '西', 0x2ec5: '见', 0x2ec6: '角', 0x2ec9: '贝', 0x2ecb: '车', 0x2ed3: '长',
  0x2ed4: '门', 0x2ed8: '青', 0x2eda: '页', 0x2edb: '风', 0x2edc: '飞', 0x2edd: '食', 0x2ee0: '饣',
  0x2ee2: '马', 0x2ee3: '骨', 0x2ee4: '鬼', 0x2ee5: '鱼', 0x2ee6: '鸟', 0x2ee7: '卤', 0x2ee8: '麦',
  0x2ee9: '黄', 0x2eea: '黾', 0x2eeb: '斉', 0x2eec: '齐', 0x2eee: '齿', 0x2ef0: '龙', 0x2ef2: '亀',
};

function buildRadicalMap(): Map<string, string> {
  const map = new Map<string, string>();
  const add = (code: number) => {
    const radical = String.fromCodePoint(code);
    const unified = radical.normalize('NFKC');
    if (unified !== radical && /^\p{Unified_Ideograph}$/u.test(unified)) map.set(radical, unified);
  };
  for (let code = 0x2f00; code <= 0x2fd5; code++) add(code);
  for (let code = 0x2e80; code <= 0x2ef3; code++) add(code);
  for (const [code, unified] of Object.entries({ ...SUPPLEMENT, ...SIMPLIFIED_FORM })) map.set(String.fromCodePoint(Number(code)), unified);
  return map;
}

const radicals = buildRadicalMap();
// Fonts draw "——" as one two-em-dash glyph, which PDFs then map to U+2E3A (and "———" to U+2E3B).
radicals.set('\u2e3a', '——');
radicals.set('\u2e3b', '———');
const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5\u2e3a\u2e3b]/g;

/** Replaces CJK radical code points by the unified ideographs they stand for (and dash ligatures by dashes). */
export function unifyRadicals(text: string): string {
  return text.replace(RADICAL, (c) => radicals.get(c) ?? c);
}
