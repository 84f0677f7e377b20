import { invalidInput, notFound } from '../domain/index.ts';
import { excerpt, highlight, parseQuery, type TextSpan } from '../search/index.ts';
import { findPassages, findRegion, indexPendingPlans, type PassageKind, type Sql } from '../storage/index.ts';
import { getPlan } from './plans.ts';

export interface SearchOptions {
  readonly plan?: string;
  readonly region?: string;
  readonly chapter?: string;
  readonly limit?: number;
}

export interface SearchHit {
  readonly plan: { readonly id: number; readonly title: string | null; readonly region: string | null };
  readonly kind: PassageKind;
  /** 篇 / 章 / 节 path of the passage (the 专栏 title for box items, the category for indicators) */
  readonly chapter: string;
  readonly line: number;
  readonly text: string;
  /** the passage around its first match, matched words marked */
  readonly highlighted: TextSpan[];
  readonly score: number;
}

export interface SearchResult {
  readonly query: string;
  readonly terms: string[];
  readonly phrases: string[];
  readonly hits: SearchHit[];
}

const candidatesPerResult = 10;
const kindWeight: Record<PassageKind, number> = { indicator: 1.3, 'box-item': 1.15, paragraph: 1 };

/**
 * Ranked passages (paragraphs, 专栏 items, indicator rows) containing every word of the query;
 * "quoted" phrases must occur verbatim. Filters by plan, region (and its sub-regions) and chapter.
 */
export async function searchPlans(sql: Sql, queryText: string, options: SearchOptions = {}): Promise<SearchResult> {
  const query = parseQuery(queryText);
  if (query.terms.length === 0) throw invalidInput('检索词为空：请输入要查找的词语，如 户籍制度改革', { field: 'query' });
  await indexPendingPlans(sql);
  const limit = options.limit ?? 20;
  const rows = await findPassages(sql, query.terms, {
    planIds: options.plan ? [(await getPlan(sql, options.plan)).id] : undefined,
    regionIds: options.region ? await regionWithChildren(sql, options.region) : undefined,
    chapter: options.chapter,
    limit: Math.max(200, limit * candidatesPerResult),
  });
  const hits = rows
    .filter((row) => query.phrases.every((phrase) => folded(row.text).includes(folded(phrase))))
    .map((row) => {
      const words = [...query.phrases, ...query.terms];
      return {
        plan: { id: row.planId, title: row.planTitle, region: row.region },
        kind: row.kind,
        chapter: row.outlinePath,
        line: row.line,
        text: row.text,
        highlighted: highlight(excerpt(row.text, words, 160), words),
        score: round(score(row.text, row.rank, query.terms, query.phrases) * kindWeight[row.kind]),
      };
    })
    .sort((a, b) => b.score - a.score || a.plan.id - b.plan.id || a.line - b.line);
  return { query: queryText, terms: query.terms, phrases: query.phrases, hits: hits.slice(0, limit) };
}

/** Server rank plus how densely the words occur in a short passage; a phrase found verbatim counts most. */
function score(text: string, rank: number, terms: readonly string[], phrases: readonly string[]): number {
  const lower = folded(text);
  const occurrences = terms.reduce((n, t) => n + count(lower, folded(t)), 0) + phrases.reduce((n, p) => n + 3 * count(lower, folded(p)), 0);
  const wholeQuery = terms.length > 1 && lower.includes(terms.map(folded).join('')) ? 2 : 0;
  return rank + (occurrences + wholeQuery) / Math.sqrt(Math.max(20, text.length) / 20);
}

async function regionWithChildren(sql: Sql, name: string): Promise<number[]> {
  const region = await findRegion(sql, name);
  if (!region) throw notFound(`找不到地区 "${name}"`, { field: 'region' });
  const children = await sql.query<{ id: number }>('SELECT id FROM regions WHERE parent_id = $1', [region.id]);
  return [region.id, ...children.map((c) => c.id)];
}

const folded = (s: string) => s.normalize('NFKC').toLowerCase();
const count = (text: string, word: string) => (word ? text.split(word).length - 1 : 0);
const round = (n: number) => Math.round(n * 10000) / 10000;
