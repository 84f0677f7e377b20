import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { planDomainDictionary } from './domain-dictionary.ts';

let domainJieba: Jieba | undefined;
let plainJieba: Jieba | undefined;

const withDomainWords = () => {
  if (!domainJieba) {
    domainJieba = Jieba.withDict(dict);
    domainJieba.loadDict(planDomainDictionary());
  }
  return domainJieba;
};
const plain = () => (plainJieba ??= Jieba.withDict(dict));

const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token);
const normalizeToken = (token: string) => token.normalize('NFKC').toLowerCase().trim();

/**
 * Terms to index for a passage: search-mode segmentation with the domain words kept whole, plus
 * plain search-mode pieces so that a part of a domain word (城镇化率) is found too.
 */
export function indexTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const token of [...withDomainWords().cutForSearch(text, false), ...plain().cutForSearch(text, false)]) {
    const term = normalizeToken(token);
    if (isWord(term)) terms.add(term);
  }
  return [...terms];
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
