import { gramInAnyClass, gramInClass, lengthClassCount, lengthClassTerm } from '../search/index.ts';
import { planStateSql } from './plan-state.ts';

/** What every candidate must satisfy: index terms, and other conditions over search_passages `s`. */
export interface CandidateQuery {
  /** bigrams every candidate contains (indexed within its length class) */
  readonly grams: readonly string[];
  /** words every candidate is indexed under */
  readonly words: readonly string[];
  /** conditions over `s`, their parameters already in the statement's parameter list */
  readonly where: readonly string[];
}

/**
 * SQL of the ids of plans whose passages a search leaves out: withdrawn and draft plans, and superseded
 * ones unless asked for. Used as `ARRAY(…)`, an init plan run once per search, so the passage query sees a
 * plain list (the per-plan state rule inside it made the planner expect one matching plan and read every
 * passage), within the search's one statement (a round trip costs more than the look-up on a loaded server).
 */
export function excludedPlansSql(includeSuperseded: boolean): string {
  const kept = includeSuperseded ? `('current', 'superseded')` : `('current')`;
  // The state rule runs a recursive look-up per plan: only for the few plans that can be other than current.
  return `WITH maybe AS MATERIALIZED (
       SELECT * FROM plans p
        WHERE p.withdrawn_at IS NOT NULL OR p.review = 'draft' OR p.id IN (SELECT supersedes FROM plans WHERE supersedes IS NOT NULL))
     SELECT p.id FROM maybe p WHERE (${planStateSql('p')}) NOT IN ${kept}`;
}

/** tsquery text of one quoted lexeme, so no server-side parsing applies. */
export const lexeme = (term: string): string => `'${term.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;

/** tsquery text of the matches in length class k: each bigram within the class (or the class itself when there are none). */
function matchInClass(query: Pick<CandidateQuery, 'grams' | 'words'>, k: number): string {
  const classed = query.grams.length ? query.grams.map((g) => lexeme(gramInClass(g, k))) : [lexeme(lengthClassTerm(k))];
  return [...classed, ...query.words.map(lexeme)].join(' & ');
}

/** tsquery text of the matches in any length class: each bigram as a prefix of its classed terms. */
const matchInAnyClass = (query: CandidateQuery): string =>
  [...query.grams.map((g) => `${lexeme(gramInAnyClass(g))}:*`), ...query.words.map(lexeme)].join(' & ');

/** What a candidate step returns: the passage itself, so the ranking needs no second look-up per candidate. */
const passageColumns = 's.id, s.chars, s.plan_id, s.kind, s.ref_id, s.outline_path, s.line, s.text';

const and = (where: readonly string[]) => where.map((w) => ` AND ${w}`).join('');

/**
 * The steps of the walk that finds the `limit` shortest matches, by length then id (the function
 * search_shortest_matches, migration 046): the tsquery text of each length class's matches, shortest
 * class first. One step per class, each asking the index for that class's matches only, and no step run
 * once the limit is reached (an incremental sort over the ordered steps). So a word found in most plans
 * costs the few hundred matches of the short classes, not all of its matches; a rare word costs one small
 * index probe per class. The result is that of one query ordered by length.
 */
export const walkSteps = (query: Pick<CandidateQuery, 'grams' | 'words'>): string[] =>
  Array.from({ length: lengthClassCount }, (_, k) => matchInClass(query, k));

/** SQL of every match, shortest first, in one step: for a search within a few plans, whose passages are few. */
export function allMatchesSql(query: CandidateQuery, params: unknown[], limit: number): string {
  return `SELECT ${passageColumns} FROM search_passages s WHERE s.terms @@ $${params.push(matchInAnyClass(query))}::tsquery${and(query.where)}
    ORDER BY s.chars, s.id LIMIT $${params.push(limit)}`;
}
