import type { Sql } from './database.ts';

/**
 * What a grant covers: one plan (and, for values, its region), a whole region (grants made before
 * grants were resolved), an indicator everywhere, or nothing (an old grant naming nothing known).
 */
export type GrantScope = 'plan' | 'region' | 'everywhere' | 'unresolved';

export interface GrantRow {
  readonly id: number;
  readonly userId: number;
  readonly scope: GrantScope;
  readonly planId: number | null;
  readonly regionId: number | null;
  /** '' = every indicator of the plan or region */
  readonly indicator: string;
  /** the name the admin gave */
  readonly label: string;
  readonly planTitle: string | null;
  readonly regionFullName: string | null;
  readonly periodStart: number | null;
  readonly periodEnd: number | null;
}

export type NewGrant = Pick<GrantRow, 'scope' | 'planId' | 'regionId' | 'indicator' | 'label'>;

const grantSelect = `SELECT g.id, g.user_id AS "userId", g.scope, g.plan_id AS "planId", g.region_id AS "regionId", g.indicator, g.label,
    p.title AS "planTitle", r.full_name AS "regionFullName", p.period_start AS "periodStart", p.period_end AS "periodEnd"
  FROM editor_grants g LEFT JOIN plans p ON p.id = g.plan_id LEFT JOIN regions r ON r.id = g.region_id`;

/** A user's grants, or every user's (userId omitted), in the order they were given. */
export async function selectGrants(sql: Sql, userId?: number): Promise<GrantRow[]> {
  return userId === undefined
    ? sql.query<GrantRow>(`${grantSelect} ORDER BY g.user_id, g.id`)
    : sql.query<GrantRow>(`${grantSelect} WHERE g.user_id = $1 ORDER BY g.id`, [userId]);
}

/** Stores a grant unless the user already has the same one; returns its id and whether it is new. */
export async function insertGrant(sql: Sql, userId: number, grant: NewGrant): Promise<{ id: number; created: boolean }> {
  const [row] = await sql.query<{ id: number }>(
    `INSERT INTO editor_grants (user_id, scope, plan_id, region_id, indicator, label) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT DO NOTHING RETURNING id`,
    [userId, grant.scope, grant.planId, grant.regionId, grant.indicator, grant.label],
  );
  if (row) return { id: row.id, created: true };
  const [existing] = await sql.query<{ id: number }>(
    `SELECT id FROM editor_grants WHERE user_id = $1 AND scope = $2 AND plan_id IS NOT DISTINCT FROM $3
       AND region_id IS NOT DISTINCT FROM $4 AND indicator = $5 AND (scope <> 'unresolved' OR label = $6)`,
    [userId, grant.scope, grant.planId, grant.regionId, grant.indicator, grant.label],
  );
  return { id: existing.id, created: false };
}

export async function deleteGrant(sql: Sql, userId: number, grantId: number): Promise<GrantRow | undefined> {
  const [row] = await sql.query<GrantRow>(`${grantSelect} WHERE g.user_id = $1 AND g.id = $2`, [userId, grantId]);
  if (row) await sql.query('DELETE FROM editor_grants WHERE id = $1', [grantId]);
  return row;
}

/** The plan and every earlier version it supersedes: a grant on an earlier version covers the re-imported one. */
export async function planLineage(sql: Sql, planId: number): Promise<number[]> {
  const rows = await sql.query<{ id: number }>(
    `WITH RECURSIVE lineage(id, supersedes) AS (
       SELECT id, supersedes FROM plans WHERE id = $1
       UNION SELECT p.id, p.supersedes FROM plans p JOIN lineage l ON p.id = l.supersedes)
     SELECT id FROM lineage`,
    [planId],
  );
  return rows.map((r) => r.id);
}

/** Every plan that is the granted plan or a later version of it. */
export async function planDescendants(sql: Sql, planIds: readonly number[]): Promise<number[]> {
  if (!planIds.length) return [];
  const rows = await sql.query<{ id: number }>(
    `WITH RECURSIVE later(id) AS (
       SELECT id FROM plans WHERE id = ANY($1::int[])
       UNION SELECT p.id FROM plans p JOIN later l ON p.supersedes = l.id)
     SELECT id FROM later ORDER BY id`,
    [planIds],
  );
  return rows.map((r) => r.id);
}

/** Every indicator name some plan prints, for telling a grant's indicator apart from a typo. */
export async function selectIndicatorNames(sql: Sql): Promise<string[]> {
  return (await sql.query<{ name: string }>('SELECT DISTINCT name FROM indicators ORDER BY name')).map((r) => r.name);
}
