export { indexTerms, indexTermsOfMany, queryTerms, wordTerms, wordTermsOfMany } from './segment.ts';
export { parseQuery, type SearchQuery, type QueryNeedle } from './parse-query.ts';
export { foldText, substringGrams } from './substring-grams.ts';
export { highlight, excerpt, type TextSpan } from './highlight.ts';
export { defaultTopics, type Topic } from './topics.ts';
export { planDomainWords } from './domain-dictionary.ts';
export { gramInAnyClass, gramInClass, lengthClass, lengthClassCount, lengthClassTerm } from './length-classes.ts';
export { countWholeWords, wholeWordCounter } from './whole-words.ts';
