import type { Migration } from '../migrate.ts';

/**
 * The overview's rows are kept by the writes, not by the reads: a write marks the rows of the plans it
 * touched stale (a token from plan_summary_marks, in its own transaction) and refreshes them after
 * commit; a refresh stores its result only if the token is still the one it started from, so an older
 * evaluation never overwrites a newer one. A plan that cannot be judged keeps its reason in `error`.
 * Every plan is marked once here: the rows written by reads before are recomputed by the first refresh.
 */
export const summaryMarksMigration: Migration = {
  id: '071-summary-marks',
  async up(sql) {
    await sql.query('CREATE SEQUENCE plan_summary_marks');
    await sql.query(`ALTER TABLE plan_summaries ALTER COLUMN as_of DROP NOT NULL, ALTER COLUMN summary DROP NOT NULL,
      ALTER COLUMN audit_id SET DEFAULT 0, ADD COLUMN error text, ADD COLUMN stale bigint`);
    await sql.query('CREATE INDEX plan_summaries_stale ON plan_summaries (stale) WHERE stale IS NOT NULL');
    await sql.query(`INSERT INTO plan_summaries (plan_id, stale) SELECT id, nextval('plan_summary_marks') FROM plans ORDER BY id
      ON CONFLICT (plan_id) DO UPDATE SET stale = EXCLUDED.stale`);
  },
};
