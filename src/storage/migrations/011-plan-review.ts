import { textTargetTable } from '../../domain/catalog/index.ts';
import { draftReasons, type DocumentIssue } from '../../domain/index.ts';
import type { Migration } from '../migrate.ts';
import type { Sql } from '../database.ts';
import { addWithdrawnColumns } from './withdrawn-columns.ts';

/**
 * Drafts and withdrawals of plan versions and corrections. A plan is a draft (review = draft) until
 * a person confirms it; review_notes says why it needs checking. withdrawn_* marks a record taken
 * back with its reason: nothing is deleted, and clearing the mark restores it. Plans stored before
 * become drafts only when their reading lacks what a draft lacks (draftReasons), so a plan that
 * broke the overview stops doing so.
 */
export const planReviewMigration: Migration = {
  id: '011-plan-review',
  async up(sql) {
    await sql.query(`ALTER TABLE plans ADD COLUMN review text NOT NULL DEFAULT 'confirmed' CHECK (review IN ('draft', 'confirmed')),
      ADD COLUMN review_notes jsonb NOT NULL DEFAULT '[]'`);
    await addWithdrawnColumns(sql, 'plans');
    await addWithdrawnColumns(sql, 'corrections');
    await markDrafts(sql);
  },
};

interface StoredReading {
  readonly id: number;
  readonly title: string | null;
  readonly region: string | null;
  readonly start: number | null;
  readonly end: number | null;
  readonly tables: number;
  readonly issues: DocumentIssue[];
}

async function markDrafts(sql: Sql) {
  const plans = await sql.query<StoredReading>(
    `SELECT p.id, p.title, r.full_name AS region, p.period_start AS start, p.period_end AS "end", p.issues,
       (SELECT count(*)::int FROM indicator_tables t WHERE t.plan_id = p.id AND t.caption <> $1) AS tables
     FROM plans p LEFT JOIN regions r ON r.id = p.region_id`,
    [textTargetTable],
  );
  for (const p of plans) {
    const period = p.start !== null && p.end !== null ? { start: p.start, end: p.end } : null;
    const reasons = draftReasons({ ...p, period });
    if (reasons.length) await sql.query(`UPDATE plans SET review = 'draft', review_notes = $2::jsonb WHERE id = $1`, [p.id, JSON.stringify(reasons)]);
  }
}
