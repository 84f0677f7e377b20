import type { Migration } from '../migrate.ts';

/**
 * Regions, plans and everything extracted from a plan. Values keep the printed cell (jsonb Value)
 * beside its parsed number so that evaluation and queries need no re-parsing.
 */
export const plansMigration: Migration = {
  id: '001-plans',
  async up(sql) {
    for (const statement of statements) await sql.query(statement);
  },
};

const statements = [
  `CREATE TABLE regions (
    id serial PRIMARY KEY,
    name text NOT NULL,
    full_name text NOT NULL UNIQUE,
    level text NULL,
    parent_id integer NULL REFERENCES regions(id)
  )`,
  'CREATE INDEX regions_name ON regions (name)',
  `CREATE TABLE plans (
    id serial PRIMARY KEY,
    region_id integer NULL REFERENCES regions(id),
    title text NULL,
    kind text NOT NULL,
    period_start integer NULL,
    period_end integer NULL,
    base_year integer NULL,
    vision_year integer NULL,
    issuer text NULL,
    doc_number text NULL,
    issued_date text NULL,
    source_file text NOT NULL,
    source_format text NULL,
    source_chars integer NULL,
    sha256 text NOT NULL UNIQUE,
    version integer NOT NULL DEFAULT 1,
    supersedes integer NULL REFERENCES plans(id),
    issues jsonb NOT NULL DEFAULT '[]',
    imported_at timestamptz NOT NULL DEFAULT now(),
    imported_by text NOT NULL
  )`,
  'CREATE INDEX plans_region ON plans (region_id)',
  `CREATE TABLE outline_nodes (
    id serial PRIMARY KEY,
    plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    parent_id integer NULL REFERENCES outline_nodes(id) ON DELETE CASCADE,
    seq integer NOT NULL,
    level integer NOT NULL,
    label text NOT NULL,
    title text NOT NULL,
    line integer NOT NULL
  )`,
  'CREATE INDEX outline_nodes_plan ON outline_nodes (plan_id, seq)',
  `CREATE TABLE paragraphs (
    id serial PRIMARY KEY,
    plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    outline_node_id integer NULL REFERENCES outline_nodes(id) ON DELETE SET NULL,
    line integer NOT NULL,
    page integer NULL,
    outline_path text NOT NULL,
    text text NOT NULL
  )`,
  'CREATE INDEX paragraphs_plan ON paragraphs (plan_id, line)',
  `CREATE TABLE indicator_tables (
    id serial PRIMARY KEY,
    plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    seq integer NOT NULL,
    caption text NOT NULL,
    kind text NOT NULL,
    line integer NOT NULL,
    row_count integer NOT NULL
  )`,
  'CREATE INDEX indicator_tables_plan ON indicator_tables (plan_id, seq)',
  `CREATE TABLE indicators (
    id serial PRIMARY KEY,
    plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    table_id integer NULL REFERENCES indicator_tables(id) ON DELETE CASCADE,
    seq integer NOT NULL,
    row_number integer NULL,
    source_name text NOT NULL,
    name text NOT NULL,
    category text NULL,
    unit text NULL,
    attribute text NULL,
    baseline jsonb NULL,
    target jsonb NULL,
    actual jsonb NULL,
    annual_growth jsonb NULL,
    baseline_value double precision NULL,
    target_value double precision NULL,
    target_comparator text NULL,
    target_cumulative boolean NOT NULL DEFAULT false,
    actual_value double precision NULL,
    annual_growth_value double precision NULL,
    line integer NOT NULL,
    catalog_id text NULL
  )`,
  'CREATE INDEX indicators_plan ON indicators (plan_id, seq)',
  'CREATE INDEX indicators_catalog ON indicators (catalog_id)',
  `CREATE TABLE text_targets (
    id serial PRIMARY KEY,
    plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    seq integer NOT NULL,
    indicator text NOT NULL,
    year integer NULL,
    target jsonb NOT NULL,
    target_value double precision NULL,
    line integer NOT NULL,
    text text NOT NULL
  )`,
  'CREATE INDEX text_targets_plan ON text_targets (plan_id, seq)',
  `CREATE TABLE boxes (
    id serial PRIMARY KEY,
    plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    seq integer NOT NULL,
    title text NOT NULL,
    line integer NOT NULL
  )`,
  'CREATE INDEX boxes_plan ON boxes (plan_id, seq)',
  `CREATE TABLE box_items (
    id serial PRIMARY KEY,
    box_id integer NOT NULL REFERENCES boxes(id) ON DELETE CASCADE,
    seq integer NOT NULL,
    title text NULL,
    text text NOT NULL,
    line integer NOT NULL
  )`,
  'CREATE INDEX box_items_box ON box_items (box_id, seq)',
  `CREATE TABLE corrections (
    id serial PRIMARY KEY,
    plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    table_caption text NOT NULL,
    row_name text NOT NULL,
    field text NOT NULL,
    old_value text NULL,
    new_value text NOT NULL,
    reason text NULL,
    corrected_by text NOT NULL,
    corrected_at timestamptz NOT NULL DEFAULT now()
  )`,
  'CREATE INDEX corrections_plan ON corrections (plan_id, id)',
  `CREATE TABLE audit_log (
    id serial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    actor text NOT NULL,
    action text NOT NULL,
    entity text NOT NULL,
    entity_id text NULL,
    old_value jsonb NULL,
    new_value jsonb NULL
  )`,
  'CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)',
];
