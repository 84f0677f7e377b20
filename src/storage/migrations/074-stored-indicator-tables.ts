import type { Migration } from '../migrate.ts';

/**
 * A plan's indicator rows with their latest values (GET /api/plans/{id}/indicators without the plan's own
 * row, which is read live), kept by the writes beside the plan's stored evaluation (072): at national size
 * the live read costs ~360 heap pages of observations per plan. `json`, as written. Every plan is marked
 * once, so the first refresh fills the column; until then the route reads live.
 */
export const storedIndicatorTablesMigration: Migration = {
  id: '074-stored-indicator-tables',
  async up(sql) {
    await sql.query('ALTER TABLE plan_summaries ADD COLUMN indicators json');
    await sql.query(`INSERT INTO plan_summaries (plan_id, stale) SELECT id, nextval('plan_summary_marks') FROM plans ORDER BY id
      ON CONFLICT (plan_id) DO UPDATE SET stale = EXCLUDED.stale`);
  },
};
