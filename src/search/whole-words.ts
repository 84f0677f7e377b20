import { wordTerms } from './segment.ts';
import { foldText } from './substring-grams.ts';

/**
 * The runs jieba segments one at a time (Chinese characters, Latin letters, digits and + # & . _ % -,
 * as jieba's own block pattern): the words of a run never depend on the text around it.
 */
const segmentedRun = /[\u{3400}-\u{4DBF}\u{4E00}-\u{9FFF}\u{F900}-\u{FAFF}\u{20000}-\u{2FA1F}a-zA-Z0-9+#&._%-]+/gu;

/**
 * For each passage, how many of the words are whole words of it (indexed as words, not only as
 * parts of longer ones), as segmenting the whole passage would say; only the runs containing a word
 * are segmented (a candidate passage of 300 characters has a few runs of 10–30 with the word), and
 * runs met again (shared boilerplate) once.
 */
export function countWholeWords(texts: readonly string[], words: readonly string[]): number[] {
  return texts.map(wholeWordCounter(words));
}

/** countWholeWords one passage at a time (a ranking that needs only some of them), runs met again segmented once. */
export function wholeWordCounter(words: readonly string[]): (text: string) => number {
  const runWords = new Map<string, string[]>();
  const wordsOfRun = (run: string) => runWords.get(run) ?? runWords.set(run, wordTerms(run)).get(run)!;
  return (text) => {
    const runs = (text.match(segmentedRun) ?? []).filter((run) => words.some((w) => foldText(run).includes(w)));
    return words.filter((w) => runs.some((run) => foldText(run).includes(w) && wordsOfRun(run).includes(w))).length;
  };
}
