const digits: Record<string, number> = {
  〇: 0, 零: 0, O: 0, o: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 十四 → 14, 二十九 → 29, 一百零二 → 102, 12 → 12; null when the text is not a number. */
export function parseChineseNumber(text: string): number | null {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (!t || !/^[〇零一二两三四五六七八九十百]+$/.test(t)) return null;
  let total = 0;
  let current = 0;
  for (const ch of t) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = digits[ch] ?? 0;
  }
  return total + current;
}

/** 二〇二一 → 2021 (digit by digit), 2021 → 2021; null otherwise. */
export function parseChineseYear(text: string): number | null {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return Number(t);
  if (!/^[〇零OoＯ一二三四五六七八九]{4}$/.test(t)) return null;
  return Number([...t].map((ch) => digits[ch] ?? 0).join(''));
}
