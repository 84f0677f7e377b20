import type { QueryNeedle } from '../search/index.ts';
import { indexPendingPlans, indexVersion } from './search-indexing.ts';
import type { Sql } from './database.ts';
import { allMatchesSql, excludedPlansSql, walkSteps, type CandidateQuery } from './search-candidates.ts';

export type PassageKind = 'paragraph' | 'box-item' | 'indicator';

export interface PassageRow {
  readonly planId: number;
  readonly kind: PassageKind;
  readonly refId: number;
  readonly outlinePath: string;
  readonly line: number;
  readonly text: string;
  readonly planTitle: string | null;
  readonly region: string | null;
}

export interface PassageFilter {
  readonly planIds?: readonly number[];
  readonly regionIds?: readonly number[];
  readonly chapter?: string;
  readonly includeSuperseded?: boolean;
  readonly limit: number;
}

export { indexPendingPlans, indexPlanPassages, markIndexStale } from './search-indexing.ts';

/** Chinese characters are the same folded or not: normalizing every candidate's text costs more than the search. */
const foldedText = (needle: string) => (isHan(needle) ? 's.text' : 'lower(normalize(s.text, NFKC))');

/**
 * Passages containing every needle verbatim: found through its bigrams (or its words when it has
 * none), checked against the folded text when the bigrams alone could match elsewhere. Candidates
 * are the shortest matches (headings, 专栏 titles, indicator rows — what the final score prefers); drafts
 * and withdrawn plans are left out, and plans replaced by a newer version unless asked for.
 */
export async function findPassages(sql: Sql, needles: readonly QueryNeedle[], filter: PassageFilter): Promise<PassageRow[]> {
  if (needles.length === 0) return [];
  let found = await passagesOnce(sql, needles, filter);
  if (found.pending) {
    await indexPendingPlans(sql);
    found = await passagesOnce(sql, needles, filter);
  }
  return (found.hits ?? []).map((r) => ({
    planId: r.plan_id, kind: r.kind, refId: r.ref_id, outlinePath: r.outline_path, line: r.line, text: r.text, planTitle: r.plan_title, region: r.region,
  }));
}

interface CandidateRow {
  readonly plan_id: number; readonly kind: PassageKind; readonly ref_id: number; readonly outline_path: string; readonly line: number;
  readonly text: string; readonly plan_title: string | null; readonly region: string | null;
}

/**
 * The candidates with their plans, and whether any plan waits to be indexed (after a restore or an
 * upgrade: then the caller indexes and asks again), in one statement: on a loaded server each round
 * trip cost as much as the search itself. The candidates come back as one JSON value: PGlite's driver
 * decoded ~2,000 fields of 200 rows one by one, a fifth of a search's CPU. A search over all plans
 * calls search_shortest_matches (migration 046), whose plan is made once per connection.
 */
async function passagesOnce(sql: Sql, needles: readonly QueryNeedle[], filter: PassageFilter): Promise<{ pending: boolean; hits: CandidateRow[] | null }> {
  if (filter.planIds?.length || filter.regionIds?.length) return withinFewPlans(sql, needles, filter);
  const checked = needles.filter((n) => !n.exact);
  const han = checked.filter((n) => isHan(n.text));
  const [{ found }] = await sql.query<{ found: { pending: boolean; hits: CandidateRow[] | null } | string }>(
    'SELECT search_shortest_matches($1, $2, $3, $4, $5, $6, $7) AS found',
    [
      indexVersion, walkSteps(gramsAndWords(needles)), han.map((n) => containing(n.text)),
      checked.filter((n) => !isHan(n.text)).map((n) => containing(n.text)), filter.chapter ? `%${filter.chapter}%` : null,
      filter.includeSuperseded ? ['current', 'superseded'] : ['current'], filter.limit,
    ],
  );
  // both drivers parse json; one that does not hands over the text
  return typeof found === 'string' ? JSON.parse(found) : found;
}

/** A search within a plan or a region: every match in one step (their passages are few). */
async function withinFewPlans(sql: Sql, needles: readonly QueryNeedle[], filter: PassageFilter) {
  const params: unknown[] = [indexVersion];
  const candidates = allMatchesSql(candidateQuery(needles, filter, params), params, filter.limit);
  const [row] = await sql.query<{ pending: boolean; hits: CandidateRow[] | string | null }>(
    `WITH best AS MATERIALIZED (${candidates})
     SELECT EXISTS (SELECT 1 FROM plans WHERE id NOT IN (SELECT plan_id FROM search_indexed_plans WHERE index_version = $1)) AS pending,
            (SELECT json_agg(json_build_object('plan_id', best.plan_id, 'kind', best.kind, 'ref_id', best.ref_id, 'outline_path', best.outline_path,
                      'line', best.line, 'text', best.text, 'plan_title', p.title, 'region', r.full_name) ORDER BY best.chars, best.id)
               FROM best JOIN plans p ON p.id = best.plan_id LEFT JOIN regions r ON r.id = p.region_id) AS hits`,
    params as never[],
  );
  return { pending: row.pending, hits: typeof row.hits === 'string' ? (JSON.parse(row.hits) as CandidateRow[]) : row.hits };
}

const isHan = (text: string) => /^\p{Script=Han}+$/u.test(text);
/** A LIKE pattern of the text anywhere (its %, _ and \ taken literally). */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;
const gramsAndWords = (needles: readonly QueryNeedle[]) => ({
  grams: needles.flatMap((n) => n.grams), words: needles.flatMap((n) => (n.grams.length ? [] : n.words)),
});

function candidateQuery(needles: readonly QueryNeedle[], filter: PassageFilter, params: unknown[]): CandidateQuery {
  const where: string[] = [];
  for (const needle of needles.filter((n) => !n.exact)) where.push(`strpos(${foldedText(needle.text)}, $${params.push(needle.text)}) > 0`);
  if (filter.planIds?.length) where.push(`s.plan_id = ANY($${params.push(filter.planIds)}::int[])`);
  if (filter.regionIds?.length) where.push(`s.plan_id IN (SELECT id FROM plans WHERE region_id = ANY($${params.push(filter.regionIds)}::int[]))`);
  where.push(`NOT (s.plan_id = ANY (ARRAY(${excludedPlansSql(filter.includeSuperseded ?? false)})))`);
  if (filter.chapter) where.push(`s.outline_path ILIKE $${params.push(`%${filter.chapter}%`)}`);
  return { where, ...gramsAndWords(needles) };
}

/** Passages per plan and their total characters, for topic shares. */
export async function passageTotals(sql: Sql): Promise<Array<{ planId: number; passages: number; chars: number }>> {
  const rows = await sql.query<{ plan_id: number; n: number; chars: number }>(
    "SELECT plan_id, count(*)::int AS n, sum(length(text))::int AS chars FROM search_passages WHERE kind = 'paragraph' GROUP BY plan_id",
  );
  return rows.map((r) => ({ planId: r.plan_id, passages: r.n, chars: r.chars }));
}
