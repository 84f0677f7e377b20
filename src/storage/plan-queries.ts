import type { Sql } from './database.ts';

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
  /** a newer version of this plan is stored */
  readonly superseded: boolean;
  readonly periodStart: number | null;
  readonly periodEnd: number | null;
  readonly baseYear: number | null;
  readonly importedAt: string;
  readonly importedBy: string;
  readonly indicatorCount: number;
}

const planSelect = `SELECT p.id, p.title, p.kind, p.region_id AS "regionId", r.name AS region, r.full_name AS "regionFullName",
    p.source_file AS "sourceFile", p.sha256, p.version, p.supersedes,
    EXISTS (SELECT 1 FROM plans n WHERE n.supersedes = p.id) AS superseded,
    p.period_start AS "periodStart", p.period_end AS "periodEnd", p.base_year AS "baseYear",
    to_char(p.imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "importedAt", p.imported_by AS "importedBy",
    (SELECT count(*)::int FROM indicators i WHERE i.plan_id = p.id) AS "indicatorCount"
  FROM plans p LEFT JOIN regions r ON r.id = p.region_id`;

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
  return sql.query<PlanRow>(`${planSelect} WHERE p.source_file = $1 OR regexp_replace(p.source_file, '\\.[^.]*$', '') = $1 ORDER BY p.id`, [stem]);
}

/** A region's plans ordered by period (十四五 before 十五五). */
export async function findPlansOfRegion(sql: Sql, regionId: number): Promise<PlanRow[]> {
  return sql.query<PlanRow>(`${planSelect} WHERE p.region_id = $1 ORDER BY p.period_start NULLS LAST, p.id`, [regionId]);
}

/** The newest stored version of a plan with this region and title (the one a new version supersedes). */
export async function findCurrentVersion(sql: Sql, regionId: number | null, title: string): Promise<PlanRow | undefined> {
  const rows = await sql.query<PlanRow>(
    `${planSelect} WHERE p.region_id IS NOT DISTINCT FROM $1 AND p.title = $2 AND NOT EXISTS (SELECT 1 FROM plans n WHERE n.supersedes = p.id) ORDER BY p.version DESC, p.id DESC`,
    [regionId, title],
  );
  return rows[0];
}
