import type { Sql } from './database.ts';
import { planStateSql } from './plan-state.ts';

/**
 * What every candidate satisfies besides its index terms, in both ways of finding candidates: the
 * needles as substrings (Chinese ones in the text as stored: Han characters are the same folded or not,
 * and folding every candidate costs more than the search; others folded), the chapter, and its plan not
 * left out.
 */
const kept = `s.text LIKE ALL (patterns)
                   AND (cardinality(folded_patterns) = 0 OR lower(normalize(s.text, NFKC)) LIKE ALL (folded_patterns))
                   AND (chapter_pattern IS NULL OR s.outline_path ILIKE chapter_pattern)
                   AND NOT (s.plan_id = ANY (ARRAY(SELECT id FROM left_out)))`;

/**
 * A search's candidates as one function, so its plan is made once per connection and kept: planning
 * the statement cost PGlite ~3 ms of a ~8 ms search (the walk, the plans left out with their state rule,
 * the JSON), and a function's statements are prepared by PL/pgSQL and kept generic. Its shape is fixed:
 * the needles arrive as LIKE patterns, the walk's steps as tsquery texts, the plan states kept as a list.
 * Over all plans the candidates are the shortest matches walked by length class (search-candidates.ts:
 * `steps`); within some plans or regions (`within_match`, the bigrams in any class) every match of those
 * plans, read plan by plan through the plan index (their passages are few; OFFSET 0 keeps the terms
 * condition off the GIN index, whose prefix scan of a common bigram read 47,000 entries at 2,000 plans:
 * 390 ms), under the same conditions.
 * Returns `{ pending, hits }`: whether any plan waits to be indexed, and the candidates shortest first,
 * each with its plan's title and region.
 */
const body = `
      BEGIN
        RETURN (
          WITH left_out AS MATERIALIZED (
            SELECT p.id FROM plans p
             WHERE (p.withdrawn_at IS NOT NULL OR p.review = 'draft' OR p.id IN (SELECT supersedes FROM plans WHERE supersedes IS NOT NULL))
               AND (${planStateSql('p')}) <> ALL (kept_states)),
          walked AS MATERIALIZED (
            SELECT c.* FROM unnest(steps) WITH ORDINALITY AS step(match, n)
              CROSS JOIN LATERAL (
                SELECT s.id, s.chars, s.plan_id, s.kind, s.ref_id, s.outline_path, s.line, s.text FROM search_passages s
                 WHERE s.terms @@ step.match::tsquery AND ${kept}
                 ORDER BY s.chars, s.id LIMIT max_rows) c
             ORDER BY step.n, c.chars, c.id LIMIT max_rows),
          within AS MATERIALIZED (
            SELECT c.* FROM plans w
              CROSS JOIN LATERAL (
                SELECT s.id, s.chars, s.plan_id, s.kind, s.ref_id, s.outline_path, s.line, s.text
                  FROM (SELECT * FROM search_passages WHERE plan_id = w.id OFFSET 0) s
                 WHERE s.terms @@ within_match::tsquery AND ${kept}) c
             WHERE within_match IS NOT NULL AND (plan_ids IS NULL OR w.id = ANY (plan_ids)) AND (region_ids IS NULL OR w.region_id = ANY (region_ids))
             ORDER BY c.chars, c.id LIMIT max_rows),
          best AS (SELECT * FROM walked UNION ALL SELECT * FROM within)
          SELECT json_build_object(
            'pending', EXISTS (SELECT 1 FROM plans WHERE id NOT IN (SELECT plan_id FROM search_indexed_plans WHERE index_version = wanted_version)),
            'hits', (SELECT json_agg(json_build_object('plan_id', best.plan_id, 'kind', best.kind, 'ref_id', best.ref_id,
                       'outline_path', best.outline_path, 'line', best.line, 'text', best.text, 'plan_title', p.title, 'region', r.full_name)
                       ORDER BY best.chars, best.id)
                       FROM best JOIN plans p ON p.id = best.plan_id LEFT JOIN regions r ON r.id = p.region_id)));
      END`;

/** The arguments, in order (an older function with other arguments is dropped first). */
const signature = `wanted_version integer, steps text[], patterns text[], folded_patterns text[], chapter_pattern text, kept_states text[], max_rows integer,
        within_match text, plan_ids integer[], region_ids integer[]`;

const create = `CREATE OR REPLACE FUNCTION search_shortest_matches(${signature})
      RETURNS json LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $fn$${body}$fn$`;

/**
 * Makes search_shortest_matches the code's: its body holds the plan-state rule (plan-state.ts), so it is a
 * copy derived from the code, re-created on opening whenever the database's body differs (the rule or the
 * walk changed since it was made) — a migration alone would keep the rule of the day it ran. Copies with
 * other arguments are dropped (CREATE OR REPLACE would add an overload beside them); run it in a transaction.
 */
export async function ensureSearchFunction(sql: Sql): Promise<void> {
  const [stored] = await sql.query<{ body: string | null }>(
    `SELECT (SELECT string_agg(prosrc, '') FROM pg_proc WHERE proname = 'search_shortest_matches') AS body`,
  );
  if (stored?.body === body) return;
  const older = await sql.query<{ fn: string }>(`SELECT oid::regprocedure::text AS fn FROM pg_proc WHERE proname = 'search_shortest_matches'`);
  for (const { fn } of older) await sql.query(`DROP FUNCTION ${fn}`);
  await sql.query(create);
}
