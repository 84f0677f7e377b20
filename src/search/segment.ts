import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { planDomainDictionary, planDomainWords } from './domain-dictionary.ts';
import { substringGrams } from './substring-grams.ts';
import { gramInClass, lengthClass, lengthClassTerm } from './length-classes.ts';

let domainJieba: Jieba | undefined;
let domainWordPieces: Map<string, string[]> | undefined;

const withDomainWords = () => {
  if (!domainJieba) {
    domainJieba = Jieba.withDict(dict);
    domainJieba.loadDict(planDomainDictionary());
  }
  return domainJieba;
};

/** The pieces plain jieba cuts each domain word into (城镇化率 of 常住人口城镇化率), computed once. */
const piecesOfDomainWords = () => {
  if (!domainWordPieces) {
    const plain = Jieba.withDict(dict);
    domainWordPieces = new Map(planDomainWords.map((word) => [word, plain.cutForSearch(word, false).filter((piece) => piece !== word)]));
  }
  return domainWordPieces;
};

const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token);
const normalizeToken = (token: string) => token.normalize('NFKC').toLowerCase().trim();

function termsOf(tokens: readonly string[]): string[] {
  const pieces = piecesOfDomainWords();
  const terms = new Set<string>();
  for (const token of tokens) {
    for (const part of [token, ...(pieces.get(token) ?? [])]) {
      const term = normalizeToken(part);
      if (isWord(term)) terms.add(term);
    }
  }
  return [...terms];
}

/**
 * Terms to index for a passage: search-mode segmentation with the domain words kept whole, plus
 * the pieces of each domain word (城镇化率), plus the character bigrams of its Chinese text so that
 * any part of any word is found too, each bigram in the passage's length class (`~小区/3`), plus
 * the class itself (for queries without bigrams).
 */
export function indexTerms(text: string): string[] {
  return withClassedGrams(text, wordTerms(text));
}

/** indexTerms for many passages, segmented in one call (see wordTermsOfMany). */
export function indexTermsOfMany(texts: readonly string[]): string[][] {
  return wordTermsOfMany(texts).map((words, i) => withClassedGrams(texts[i] ?? '', words));
}

function withClassedGrams(text: string, words: readonly string[]): string[] {
  const k = lengthClass(text.length);
  return [...words, ...substringGrams(text).map((gram) => gramInClass(gram, k)), lengthClassTerm(k)];
}

/** The words a passage is indexed under (no bigrams): a query part among them is a whole word there. */
export const wordTerms = (text: string): string[] => termsOf(withDomainWords().cutForSearch(text, false));

/**
 * wordTerms for many passages in one call to the segmenter (each call has a fixed cost that
 * dominates for short lines): passages are joined by line breaks, which jieba keeps as tokens.
 */
export function wordTermsOfMany(texts: readonly string[]): string[][] {
  const tokens = withDomainWords().cutForSearch(texts.map((t) => t.replace(/[\r\n]+/g, ' ')).join('\n'), false);
  const out: string[][] = [];
  let current: string[] = [];
  for (const token of tokens) {
    if (token === '\n') {
      out.push(termsOf(current));
      current = [];
    } else current.push(token);
  }
  out.push(termsOf(current));
  return out;
}

/** Words of a query, domain words whole (户籍制度改革 stays one word). */
export function queryTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of withDomainWords().cut(text, false)) {
    const term = normalizeToken(token);
    if (isWord(term) && !terms.includes(term)) terms.push(term);
  }
  return terms;
}
