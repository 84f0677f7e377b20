import type { Migration } from '../migrate.ts';

/**
 * Indexes for the reads that run on every request at national size (thousands of plans):
 * - `plans (supersedes)`: a plan's state (plan-state.ts) follows the versions that supersede it; without
 *   it every plan listed (the overview, the 总览) and every plan looked up scanned all plans.
 * - `plan_summaries (computed_at)`: the newest refresh is part of the stamp every cached read checks.
 */
export const readIndexesMigration: Migration = {
  id: '073-read-indexes',
  async up(sql) {
    await sql.query('CREATE INDEX plans_supersedes ON plans (supersedes) WHERE supersedes IS NOT NULL');
    await sql.query('CREATE INDEX plan_summaries_computed ON plan_summaries (computed_at)');
  },
};
