import type { Migration } from '../migrate.ts';

/**
 * What the reads of a plan's judgement need, kept by the writes beside the overview counts (071): the
 * plan's default evaluation as served by GET /api/plans/{id}/evaluation, the years its region has data
 * for, and its 总览 entry for each year it may be judged at (GET /api/dashboard?year=). `json`, not
 * `jsonb`: the text is stored as written, keys in their order. Every plan is marked once, so the first
 * refresh fills the new columns.
 */
export const precomputedJudgementsMigration: Migration = {
  id: '072-precomputed-judgements',
  async up(sql) {
    await sql.query('ALTER TABLE plan_summaries ADD COLUMN evaluation json, ADD COLUMN data_years integer[]');
    await sql.query(`CREATE TABLE plan_dashboard_entries (
      plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      year integer NOT NULL,
      final boolean NOT NULL,
      entry json NOT NULL,
      PRIMARY KEY (plan_id, year)
    )`);
    await sql.query('CREATE INDEX plan_dashboard_entries_year ON plan_dashboard_entries (year)');
    await sql.query(`INSERT INTO plan_summaries (plan_id, stale) SELECT id, nextval('plan_summary_marks') FROM plans ORDER BY id
      ON CONFLICT (plan_id) DO UPDATE SET stale = EXCLUDED.stale`);
  },
};
