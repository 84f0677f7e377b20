import type { PlanReview, PlanState, Withdrawal } from '../domain/index.ts';
import type { Sql } from './database.ts';
import { planStateSql, withdrawalSql } from './plan-state.ts';

/** One stored plan as listed. */
export interface PlanRow {
  readonly id: number;
  readonly title: string | null;
  readonly kind: string;
  readonly regionId: number | null;
  readonly region: string | null;
  readonly regionFullName: string | null;
  readonly sourceFile: string;
  readonly sha256: string;
  readonly version: number;
  readonly supersedes: number | null;
  /** a newer confirmed version of this plan is stored (state superseded) */
  readonly superseded: boolean;
  /** only a current plan counts in the overview, comparisons, cascade and search (plan-state.ts) */
  readonly state: PlanState;
  readonly review: PlanReview;
  /** why the reading needed checking (draftReasons), kept after it is confirmed */
  readonly reviewNotes: string[];
  readonly withdrawal: Withdrawal | null;
  readonly periodStart: number | null;
  readonly periodEnd: number | null;
  readonly baseYear: number | null;
  readonly importedAt: string;
  readonly importedBy: string;
  readonly indicatorCount: number;
}

export const planSelect = `SELECT id, title, kind, "regionId", region, "regionFullName", "sourceFile", sha256, version, supersedes,
    state = 'superseded' AS superseded, state, review, "reviewNotes", withdrawal, "periodStart", "periodEnd", "baseYear",
    "importedAt", "importedBy", "indicatorCount"
  FROM (SELECT p.id, p.title, p.kind, p.region_id AS "regionId", r.name AS region, r.full_name AS "regionFullName",
    p.source_file AS "sourceFile", p.sha256, p.version, p.supersedes, p.region_id, p.period_start,
    ${planStateSql('p')} AS state, p.review, p.review_notes AS "reviewNotes", ${withdrawalSql('p')} AS withdrawal,
    p.period_start AS "periodStart", p.period_end AS "periodEnd", p.base_year AS "baseYear",
    to_char(p.imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "importedAt", p.imported_by AS "importedBy",
    (SELECT count(*)::int FROM indicators i WHERE i.plan_id = p.id) AS "indicatorCount"
  FROM plans p LEFT JOIN regions r ON r.id = p.region_id) p`;

export async function listPlanRows(sql: Sql): Promise<PlanRow[]> {
  return sql.query<PlanRow>(`${planSelect} ORDER BY p.id`);
}

export async function findPlanById(sql: Sql, id: number): Promise<PlanRow | undefined> {
  return (await sql.query<PlanRow>(`${planSelect} WHERE p.id = $1`, [id]))[0];
}

export async function findPlanBySha(sql: Sql, sha256: string): Promise<PlanRow | undefined> {
  return (await sql.query<PlanRow>(`${planSelect} WHERE p.sha256 = $1`, [sha256]))[0];
}

/** Plans whose source file name (with or without extension) is `stem`. */
export async function findPlansBySourceStem(sql: Sql, stem: string): Promise<PlanRow[]> {
  return sql.query<PlanRow>(`${planSelect} WHERE p."sourceFile" = $1 OR regexp_replace(p."sourceFile", '\\.[^.]*$', '') = $1 ORDER BY p.id`, [stem]);
}

/** A region's plans ordered by period (十四五 before 十五五). */
export async function findPlansOfRegion(sql: Sql, regionId: number): Promise<PlanRow[]> {
  return sql.query<PlanRow>(`${planSelect} WHERE p.region_id = $1 ORDER BY p.period_start NULLS LAST, p.id`, [regionId]);
}

/**
 * The newest stored version of a plan with this region and title, whatever its state (the one a new
 * version supersedes and numbers itself after).
 */
export async function findCurrentVersion(sql: Sql, regionId: number | null, title: string): Promise<PlanRow | undefined> {
  const rows = await sql.query<PlanRow>(
    `${planSelect} WHERE p.region_id IS NOT DISTINCT FROM $1 AND p.title = $2 AND NOT EXISTS (SELECT 1 FROM plans n WHERE n.supersedes = p.id) ORDER BY p.version DESC, p.id DESC`,
    [regionId, title],
  );
  return rows[0];
}
