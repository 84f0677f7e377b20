import type { QueryNeedle } from '../search/index.ts';
import { indexPendingPlans, indexVersion } from './search-indexing.ts';
import type { Sql } from './database.ts';
import { matchInAnyClass, walkSteps } from './search-candidates.ts';

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
 * decoded ~2,000 fields of 200 rows one by one, a fifth of a search's CPU. Every search calls
 * search_shortest_matches (search-function.ts), whose plan is made once per connection: over all plans
 * it walks the length classes, within plans or regions it takes their every match, by one rule.
 */
async function passagesOnce(sql: Sql, needles: readonly QueryNeedle[], filter: PassageFilter): Promise<{ pending: boolean; hits: CandidateRow[] | null }> {
  const checked = needles.filter((n) => !n.exact);
  const han = checked.filter((n) => isHan(n.text));
  const query = gramsAndWords(needles);
  const within = Boolean(filter.planIds?.length || filter.regionIds?.length);
  const [{ found }] = await sql.query<{ found: { pending: boolean; hits: CandidateRow[] | null } | string }>(
    'SELECT search_shortest_matches($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) AS found',
    [
      indexVersion, within ? [] : walkSteps(query), han.map((n) => containing(n.text)),
      checked.filter((n) => !isHan(n.text)).map((n) => containing(n.text)), filter.chapter ? `%${filter.chapter}%` : null,
      filter.includeSuperseded ? ['current', 'superseded'] : ['current'], filter.limit,
      within ? matchInAnyClass(query) : null, filter.planIds?.length ? filter.planIds : null, filter.regionIds?.length ? filter.regionIds : null,
    ],
  );
  // both drivers parse json; one that does not hands over the text
  return typeof found === 'string' ? JSON.parse(found) : found;
}

const isHan = (text: string) => /^\p{Script=Han}+$/u.test(text);
/** A LIKE pattern of the text anywhere (its %, _ and \ taken literally). */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;
const gramsAndWords = (needles: readonly QueryNeedle[]) => ({
  grams: needles.flatMap((n) => n.grams), words: needles.flatMap((n) => (n.grams.length ? [] : n.words)),
});

/** Passages per plan and their total characters, for topic shares. */
export async function passageTotals(sql: Sql): Promise<Array<{ planId: number; passages: number; chars: number }>> {
  const rows = await sql.query<{ plan_id: number; n: number; chars: number }>(
    "SELECT plan_id, count(*)::int AS n, sum(length(text))::int AS chars FROM search_passages WHERE kind = 'paragraph' GROUP BY plan_id",
  );
  return rows.map((r) => ({ planId: r.plan_id, passages: r.n, chars: r.chars }));
}
