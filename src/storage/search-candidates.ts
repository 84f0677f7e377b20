import { lengthClassCount, lengthClassTerm } from '../search/index.ts';
import type { Sql } from './database.ts';
import { planStateSql } from './plan-state.ts';

/** What every candidate must satisfy: a tsquery over its terms, and other conditions over search_passages `s`. */
export interface CandidateQuery {
  /** tsquery text every candidate's terms match */
  readonly match: string;
  /** conditions over `s`, their parameters already in the statement's parameter list */
  readonly where: readonly string[];
}

/**
 * Ids of plans whose passages a search leaves out: withdrawn and draft plans, and superseded ones
 * unless asked for. Computed once per search, so the passage query sees a plain list (the per-plan
 * state rule inside it made the planner expect one matching plan and read every passage).
 */
export async function excludedPlanIds(sql: Sql, includeSuperseded: boolean): Promise<number[]> {
  const kept = includeSuperseded ? `('current', 'superseded')` : `('current')`;
  // The state rule runs a recursive look-up per plan: only for the few plans that can be other than current.
  const rows = await sql.query<{ id: number }>(
    `WITH maybe AS MATERIALIZED (
       SELECT * FROM plans p
        WHERE p.withdrawn_at IS NOT NULL OR p.review = 'draft' OR p.id IN (SELECT supersedes FROM plans WHERE supersedes IS NOT NULL))
     SELECT p.id FROM maybe p WHERE (${planStateSql('p')}) NOT IN ${kept}`,
  );
  return rows.map((r) => r.id);
}

const and = (where: readonly string[]) => where.map((w) => ` AND ${w}`).join('');

/**
 * SQL of the ids (and lengths) of the `limit` shortest matches, by length then id, walking the length
 * classes from the shortest: one step per class, each asking the index for that class's matches only,
 * and no step run once the limit is reached (an incremental sort over the ordered steps). So a word
 * found in most plans costs the few hundred matches of the short classes, not all of its matches; a
 * rare word costs one small index probe per class. The result is that of one query ordered by length.
 */
export function shortestMatchesSql(query: CandidateQuery, params: unknown[], limit: number): string {
  const steps = Array.from({ length: lengthClassCount }, (_, k) => `${query.match} & '${lengthClassTerm(k)}'`);
  const max = `$${params.push(limit)}`;
  return `SELECT c.id, c.chars FROM unnest($${params.push(steps)}::text[]) WITH ORDINALITY AS step(match, n)
      CROSS JOIN LATERAL (SELECT s.id, s.chars FROM search_passages s WHERE s.terms @@ step.match::tsquery${and(query.where)}
                           ORDER BY s.chars, s.id LIMIT ${max}) c
    ORDER BY step.n, c.chars, c.id LIMIT ${max}`;
}

/** SQL of every match, shortest first, in one step: for a search within a few plans, whose passages are few. */
export function allMatchesSql(query: CandidateQuery, params: unknown[], limit: number): string {
  return `SELECT s.id, s.chars FROM search_passages s WHERE s.terms @@ $${params.push(query.match)}::tsquery${and(query.where)}
    ORDER BY s.chars, s.id LIMIT $${params.push(limit)}`;
}
