import { queryTerms } from './segment.ts';
import { foldText, substringGrams } from './substring-grams.ts';

/**
 * One whitespace-free part of a query (or a quoted phrase): passages must contain it verbatim.
 * `grams` find the candidates through the index (empty when the part has fewer than two Chinese
 * characters in a row, 5G or 县: then its `words` do); `exact` is false when the grams alone can
 * match text that does not contain the part (more than one bigram, or letters and digits beside them).
 */
export interface QueryNeedle {
  readonly text: string;
  readonly grams: string[];
  readonly words: string[];
  readonly exact: boolean;
}

/** A search request as the user typed it: every part (and every "quoted phrase") must appear verbatim. */
export interface SearchQuery {
  readonly text: string;
  readonly phrases: string[];
  readonly terms: string[];
  readonly needles: QueryNeedle[];
}

export function parseQuery(text: string): SearchQuery {
  const phrases: string[] = [];
  const rest = text.replace(/["“”]([^"“”]+)["“”]/g, (_, phrase: string) => {
    phrases.push(phrase.trim());
    return ' ';
  });
  const parts = [...phrases, ...rest.split(/\s+/)];
  const terms = [...new Set(parts.flatMap((part) => queryTerms(part)))];
  const needles = [...new Map(parts.map(needleOf).filter((n) => n.words.length > 0).map((n) => [n.text, n])).values()];
  return { text, phrases, terms, needles };
}

function needleOf(part: string): QueryNeedle {
  const text = foldText(part).trim();
  const grams = substringGrams(text);
  return { text, grams, words: queryTerms(text), exact: grams.length === 1 && /^\p{Script=Han}{2}$/u.test(text) };
}
