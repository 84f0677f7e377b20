import { gramInAnyClass, gramInClass, lengthClassCount, lengthClassTerm } from '../search/index.ts';

/** The index terms every candidate has (its other conditions are the search function's: search-function.ts). */
export interface CandidateQuery {
  /** bigrams every candidate contains (indexed within its length class) */
  readonly grams: readonly string[];
  /** words every candidate is indexed under */
  readonly words: readonly string[];
}

/** tsquery text of one quoted lexeme, so no server-side parsing applies. */
export const lexeme = (term: string): string => `'${term.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;

/** tsquery text of the matches in length class k: each bigram within the class (or the class itself when there are none). */
function matchInClass(query: CandidateQuery, k: number): string {
  const classed = query.grams.length ? query.grams.map((g) => lexeme(gramInClass(g, k))) : [lexeme(lengthClassTerm(k))];
  return [...classed, ...query.words.map(lexeme)].join(' & ');
}

/** tsquery text of the matches in any length class, each bigram as a prefix of its classed terms: a search within plans or regions. */
export const matchInAnyClass = (query: CandidateQuery): string =>
  [...query.grams.map((g) => `${lexeme(gramInAnyClass(g))}:*`), ...query.words.map(lexeme)].join(' & ');

/**
 * The steps of the walk that finds the `limit` shortest matches, by length then id (the function
 * search_shortest_matches, search-function.ts): the tsquery text of each length class's matches, shortest
 * class first. One step per class, each asking the index for that class's matches only, and no step run
 * once the limit is reached (an incremental sort over the ordered steps). So a word found in most plans
 * costs the few hundred matches of the short classes, not all of its matches; a rare word costs one small
 * index probe per class. The result is that of one query ordered by length.
 */
export const walkSteps = (query: CandidateQuery): string[] =>
  Array.from({ length: lengthClassCount }, (_, k) => matchInClass(query, k));
