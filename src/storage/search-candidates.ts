import { lengthClassCount, lengthClassTerm } from '../search/index.ts';
import type { Sql } from './database.ts';
import { planStateSql } from './plan-state.ts';

/** A candidate query: the WHERE clauses over search_passages `s` and their parameters. */
export interface CandidateQuery {
  readonly where: readonly string[];
  readonly params: readonly unknown[];
  /** the tsquery text every candidate's terms must match (its parameter is added per step) */
  readonly match: string;
}

/**
 * Ids of plans whose passages a search leaves out: withdrawn and draft plans, and superseded ones
 * unless asked for. Computed once per search, so the passage query sees a plain list (the per-plan
 * state rule inside it made the planner expect one matching plan and read every passage).
 */
export async function excludedPlanIds(sql: Sql, includeSuperseded: boolean): Promise<number[]> {
  const kept = includeSuperseded ? `('current', 'superseded')` : `('current')`;
  const rows = await sql.query<{ id: number }>(
    `SELECT p.id FROM plans p
      WHERE (p.withdrawn_at IS NOT NULL OR p.review = 'draft' OR p.id IN (SELECT supersedes FROM plans WHERE supersedes IS NOT NULL))
        AND (${planStateSql('p')}) NOT IN ${kept}`,
  );
  return rows.map((r) => r.id);
}

/**
 * The `limit` shortest passages matching the query (by length, then id), walking the length classes
 * from the shortest: each step asks the index for the matches of a few classes only, so a word found
 * in most plans costs a few hundred rows, not all of its matches. The span of classes per step doubles
 * while steps find little, and is sized by the rate of the last step otherwise. The result is the same
 * as one query ordered by length over all classes.
 */
export async function shortestMatches(sql: Sql, query: CandidateQuery, limit: number): Promise<number[]> {
  const ids: number[] = [];
  let from = 0;
  let span = 1;
  while (ids.length < limit && from < lengthClassCount) {
    const to = Math.min(lengthClassCount, from + span);
    const found = await matchesInClasses(sql, query, from, to, limit - ids.length);
    ids.push(...found);
    const wanted = limit - ids.length;
    span = found.length === 0 ? span * 2 : Math.max(1, Math.min(span * 2, Math.ceil(((to - from) * wanted * 1.5) / found.length)));
    from = to;
  }
  return ids;
}

/** Every match, shortest first, in one query: for a search within a few plans, whose passages are few. */
export async function allMatches(sql: Sql, query: CandidateQuery, limit: number): Promise<number[]> {
  return matchesInClasses(sql, query, 0, lengthClassCount, limit);
}

async function matchesInClasses(sql: Sql, query: CandidateQuery, from: number, to: number, limit: number): Promise<number[]> {
  const params = [...query.params];
  const classes = Array.from({ length: to - from }, (_, i) => `'${lengthClassTerm(from + i)}'`).join(' | ');
  const match = from === 0 && to === lengthClassCount ? query.match : `${query.match} & (${classes})`;
  const rows = await sql.query<{ id: number }>(
    `SELECT s.id FROM search_passages s WHERE s.terms @@ $${params.push(match)}::tsquery${query.where.map((w) => ` AND ${w}`).join('')}
      ORDER BY s.chars, s.id LIMIT $${params.push(limit)}`,
    params as never[],
  );
  return rows.map((r) => r.id);
}
