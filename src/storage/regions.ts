import type { RegionLevel } from '../domain/index.ts';
import type { Sql } from './database.ts';

export interface Region {
  readonly id: number;
  readonly name: string;
  /** with its parents: 连云港市海州区 */
  readonly fullName: string;
  readonly level: string | null;
  readonly parentId: number | null;
}

const columns = 'id, name, full_name AS "fullName", level, parent_id AS "parentId"';

/** 江苏省 → province, 连云港市 → city …; null when the name does not say. */
export function inferRegionLevel(name: string): RegionLevel | null {
  if (/(开发区|高新区|经开区|园区|新区)$/.test(name)) return 'development-zone';
  if (name.endsWith('省') || name.endsWith('自治区')) return 'province';
  if (name.endsWith('市')) return 'city';
  if (name.endsWith('区')) return 'district';
  if (name.endsWith('县')) return 'county';
  return null;
}

/** The region a plan names, created (with its parent) when new; a parent learnt later is filled in. */
export async function ensureRegion(sql: Sql, name: string, level: string | null, parentName: string | null): Promise<number> {
  const parentId = parentName && parentName !== name ? await ensureRegion(sql, parentName, inferRegionLevel(parentName), null) : null;
  const existing = await sql.query<Region>(
    `SELECT ${columns} FROM regions WHERE name = $1 AND ($2::int IS NULL OR parent_id IS NULL OR parent_id = $2::int) ORDER BY (parent_id = $2::int) DESC NULLS LAST, id LIMIT 1`,
    [name, parentId],
  );
  const region = existing[0];
  if (region) {
    if ((parentId !== null && region.parentId === null) || (level && !region.level)) {
      const fullName = parentId !== null && region.parentId === null ? await childFullName(sql, parentId, name) : region.fullName;
      await sql.query('UPDATE regions SET parent_id = COALESCE(parent_id, $2), level = COALESCE(level, $3), full_name = $4 WHERE id = $1', [region.id, parentId, level, fullName]);
    }
    return region.id;
  }
  const fullName = parentId === null ? name : await childFullName(sql, parentId, name);
  const [row] = await sql.query<{ id: number }>('INSERT INTO regions (name, full_name, level, parent_id) VALUES ($1, $2, $3, $4) RETURNING id', [name, fullName, level, parentId]);
  return row.id;
}

/** 连云港市 + 海州区 → 连云港市海州区; a name that already starts with its parent's (连云港经济技术开发区) stays as it is. */
async function childFullName(sql: Sql, parentId: number, name: string): Promise<string> {
  const [parent] = await sql.query<{ name: string; fullName: string }>('SELECT name, full_name AS "fullName" FROM regions WHERE id = $1', [parentId]);
  const stem = parent.name.replace(/(省|市|县|区|自治区)$/, '');
  if (stem.length >= 2 && name.startsWith(stem)) return parent.fullName.endsWith(parent.name) ? `${parent.fullName.slice(0, -parent.name.length)}${name}` : name;
  return `${parent.fullName}${name}`;
}

/** A region by its own name (海州区) or with its parents (连云港市海州区); undefined when none or ambiguous. */
export async function findRegion(sql: Sql, name: string): Promise<Region | undefined> {
  const wanted = name.replace(/\s+/g, '');
  const byFull = await sql.query<Region>(`SELECT ${columns} FROM regions WHERE full_name = $1`, [wanted]);
  if (byFull.length) return byFull[0];
  const byName = await sql.query<Region>(`SELECT ${columns} FROM regions WHERE name = $1 ORDER BY id`, [wanted]);
  return byName.length === 1 ? byName[0] : undefined;
}

export async function listRegions(sql: Sql): Promise<Region[]> {
  return sql.query<Region>(`SELECT ${columns} FROM regions ORDER BY full_name`);
}

/** Known regions nearest to a name (edit distance on the name and the full name), best first. */
export async function suggestRegions(sql: Sql, name: string, limit = 3): Promise<Region[]> {
  const wanted = name.replace(/\s+/g, '');
  const scored = (await listRegions(sql)).map((region) => ({
    region,
    distance: Math.min(editDistance(wanted, region.name), editDistance(wanted, region.fullName)),
  }));
  const tolerance = Math.max(2, Math.ceil(wanted.length / 2));
  return scored
    .filter((s) => s.distance <= tolerance || s.region.fullName.includes(wanted) || wanted.includes(s.region.name))
    .sort((a, b) => a.distance - b.distance || a.region.fullName.localeCompare(b.region.fullName))
    .slice(0, limit)
    .map((s) => s.region);
}

export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length];
}
