import { queryTerms } from './segment.ts';

/** A search request as the user typed it: "quoted phrases" must appear verbatim, other words all appear. */
export interface SearchQuery {
  readonly text: string;
  readonly phrases: string[];
  readonly terms: string[];
}

export function parseQuery(text: string): SearchQuery {
  const phrases: string[] = [];
  const rest = text.replace(/["“”]([^"“”]+)["“”]/g, (_, phrase: string) => {
    phrases.push(phrase.trim());
    return ' ';
  });
  const terms = [...new Set([...phrases, ...rest.split(/\s+/)].flatMap((part) => queryTerms(part)))];
  return { text, phrases, terms };
}
