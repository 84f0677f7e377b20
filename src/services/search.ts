import { invalidInput, notFound } from '../domain/index.ts';
import { excerpt, highlight, parseQuery, type TextSpan } from '../search/index.ts';
import { findPassages, findRegion, type PassageKind, type Sql } from '../storage/index.ts';
import { rankPassages } from './rank-passages.ts';
import { getPlan } from './plans.ts';

export interface SearchOptions {
  readonly plan?: string;
  readonly region?: string;
  readonly chapter?: string;
  /** also search plans replaced by a newer version of themselves */
  readonly includeSuperseded?: boolean;
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

/**
 * Ranked passages (paragraphs, 专栏 items, indicator rows) containing every part of the query
 * verbatim (each "quoted phrase" as a whole), also inside longer words. Filters by plan, region (and
 * its sub-regions) and chapter; current plan versions only unless `includeSuperseded`.
 */
export async function searchPlans(sql: Sql, queryText: string, options: SearchOptions = {}): Promise<SearchResult> {
  const query = parseQuery(queryText);
  if (query.needles.length === 0) throw invalidInput('检索词为空：请输入要查找的词语，如 户籍制度改革', { field: 'query' });
  const limit = options.limit ?? 20;
  const rows = await findPassages(sql, query.needles, {
    planIds: options.plan ? [(await getPlan(sql, options.plan)).id] : undefined,
    regionIds: options.region ? await regionWithChildren(sql, options.region) : undefined,
    chapter: options.chapter,
    includeSuperseded: options.includeSuperseded || Boolean(options.plan),
    limit: Math.max(200, limit * candidatesPerResult),
  });
  const words = query.needles.map((n) => n.text);
  const hits = rankPassages(rows, words, limit).map(({ row, score }) => ({
    plan: { id: row.planId, title: row.planTitle, region: row.region },
    kind: row.kind,
    chapter: row.outlinePath,
    line: row.line,
    text: row.text,
    highlighted: highlight(excerpt(row.text, words, 160), words),
    score,
  }));
  return { query: queryText, terms: query.terms, phrases: query.phrases, hits };
}

async function regionWithChildren(sql: Sql, name: string): Promise<number[]> {
  const region = await findRegion(sql, name);
  if (!region) throw notFound(`找不到地区 "${name}"`, { field: 'region' });
  const children = await sql.query<{ id: number }>('SELECT id FROM regions WHERE parent_id = $1', [region.id]);
  return [region.id, ...children.map((c) => c.id)];
}

