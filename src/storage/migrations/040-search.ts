import type { Migration } from '../migrate.ts';

/**
 * The search index: one row per passage (paragraph, 专栏 item, indicator row) with its segmented
 * terms as a tsvector built from an array (array_to_tsvector), so no text-search parser or
 * dictionary of the server is involved and PGlite and PostgreSQL index the same terms.
 */
export const searchMigration: Migration = {
  id: '040-search',
  async up(sql) {
    await sql.query(`CREATE TABLE search_passages (
      id serial PRIMARY KEY,
      plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      kind text NOT NULL,
      ref_id integer NOT NULL,
      outline_path text NOT NULL,
      line integer NOT NULL,
      text text NOT NULL,
      terms tsvector NOT NULL
    )`);
    await sql.query('CREATE INDEX search_passages_terms ON search_passages USING gin (terms)');
    await sql.query('CREATE INDEX search_passages_plan ON search_passages (plan_id)');
    await sql.query('CREATE TABLE search_indexed_plans (plan_id integer PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE, indexed_at timestamptz NOT NULL DEFAULT now())');
  },
};
