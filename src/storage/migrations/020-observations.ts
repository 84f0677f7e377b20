import type { Migration } from '../migrate.ts';
import { seedCatalog } from '../catalog-entries.ts';

/**
 * The indicator catalogue (an editable copy of the shipped one), yearly observations and their
 * revisions. An observation belongs to a region and an indicator key — the catalogue id, or
 * `name:<normalized name>` for a name no entry knows — not to one plan; one current row per
 * region, indicator and year, every replaced value kept in observation_revisions.
 */
export const observationsMigration: Migration = {
  id: '020-observations',
  async up(sql) {
    for (const statement of statements) await sql.query(statement);
    await seedCatalog(sql);
  },
};

const sourceColumns = `
    value double precision NULL,
    comparator text NULL,
    milestone text NULL,
    unit text NULL,
    note text NULL,
    source_title text NULL,
    source_url text NULL,
    quote text NULL,
    indicator_name text NOT NULL,
    entered_by text NOT NULL,
    entered_at timestamptz NOT NULL`;

const statements = [
  `CREATE TABLE catalog_entries (
    id text PRIMARY KEY,
    name text NOT NULL,
    synonyms jsonb NOT NULL DEFAULT '[]',
    unit text NULL,
    direction integer NOT NULL CHECK (direction IN (1, -1)),
    kind text NOT NULL,
    definition text NOT NULL,
    source text NOT NULL,
    department text NOT NULL,
    frequency text NOT NULL,
    updated_by text NULL,
    updated_at timestamptz NULL
  )`,
  `CREATE TABLE observations (
    id serial PRIMARY KEY,
    region_id integer NOT NULL REFERENCES regions(id),
    catalog_id text NULL REFERENCES catalog_entries(id),
    indicator_key text NOT NULL,
    year integer NOT NULL,
    ${sourceColumns},
    version integer NOT NULL DEFAULT 1,
    UNIQUE (region_id, indicator_key, year)
  )`,
  'CREATE INDEX observations_catalog ON observations (catalog_id, region_id, year)',
  `CREATE TABLE observation_revisions (
    id serial PRIMARY KEY,
    observation_id integer NOT NULL REFERENCES observations(id) ON DELETE CASCADE,
    version integer NOT NULL,
    ${sourceColumns},
    replaced_by text NOT NULL,
    replaced_at timestamptz NOT NULL,
    UNIQUE (observation_id, version)
  )`,
];
