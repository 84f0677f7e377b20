/**
 * Character bigrams of the Chinese runs of a text, indexed beside the words (as Lucene's CJK
 * analyzers do): a query that is part of a longer word (老旧小区 of 老旧小区改造) still finds it,
 * because every passage containing a string contains all of that string's bigrams.
 */
const hanRun = /\p{Script=Han}{2,}/gu;

/** Marks a bigram so that it never collides with a word of two characters (户籍 the word vs 户籍 the pair). */
export const bigramMark = '~';

/** Text as the index and the substring test see it: NFKC (全角 → 半角) and lower case. */
export const foldText = (text: string): string => text.normalize('NFKC').toLowerCase();

/** The marked bigrams of every run of two or more Chinese characters, each once, in order of first occurrence. */
export function substringGrams(text: string): string[] {
  const grams = new Set<string>();
  for (const [run] of foldText(text).matchAll(hanRun)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) grams.add(bigramMark + chars[i] + chars[i + 1]);
  }
  return [...grams];
}
