import type { Migration } from '../migrate.ts';

/**
 * Grants name what they cover by id: a plan (and its region), a region (grants from before this
 * migration that named a region), or an indicator everywhere. The name the admin typed stays as
 * `label`. Old text grants are resolved once here; one that names nothing known is kept as
 * 'unresolved' (it allows nothing and `user list` shows it) rather than dropped silently.
 * Users can be disabled without losing their history.
 */
export const grantScopesMigration: Migration = {
  id: '070-grant-scopes',
  async up(sql) {
    await sql.query('ALTER TABLE users ADD COLUMN disabled boolean NOT NULL DEFAULT false');
    await sql.query(`CREATE TABLE editor_grants (
      id serial PRIMARY KEY,
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      scope text NOT NULL CHECK (scope IN ('plan', 'region', 'everywhere', 'unresolved')),
      plan_id integer NULL REFERENCES plans(id) ON DELETE CASCADE,
      region_id integer NULL REFERENCES regions(id) ON DELETE CASCADE,
      indicator text NOT NULL DEFAULT '',
      label text NOT NULL,
      CHECK ((scope = 'plan') = (plan_id IS NOT NULL)),
      CHECK (scope <> 'region' OR region_id IS NOT NULL),
      CHECK (scope <> 'everywhere' OR indicator <> '')
    )`);
    await sql.query(`CREATE UNIQUE INDEX editor_grants_once ON editor_grants
      (user_id, scope, COALESCE(plan_id, 0), COALESCE(region_id, 0), indicator, (CASE WHEN scope = 'unresolved' THEN label ELSE '' END))`);
    await sql.query(`INSERT INTO editor_grants (user_id, scope, plan_id, region_id, indicator, label)
      SELECT g.user_id,
        CASE WHEN g.plan = '' THEN 'everywhere' WHEN p.id IS NOT NULL THEN 'plan' WHEN r.id IS NOT NULL THEN 'region' ELSE 'unresolved' END,
        p.id, COALESCE(p.region_id, r.id), g.indicator, g.plan
      FROM user_grants g
      LEFT JOIN plans p ON p.id = CASE WHEN g.plan ~ '^[0-9]{1,9}$' THEN g.plan::int END
      LEFT JOIN regions r ON p.id IS NULL AND r.id = (
        SELECT x.id FROM regions x WHERE x.full_name = g.plan OR x.name = g.plan ORDER BY (x.full_name = g.plan) DESC, x.id LIMIT 1)
      WHERE g.plan <> '' OR g.indicator <> ''
      ON CONFLICT DO NOTHING`);
    await sql.query('DROP TABLE user_grants');
  },
};
