import type { Migration } from '../migrate.ts';

/** Users, what editors may write, and login sessions. */
export const accountsMigration: Migration = {
  id: '060-accounts',
  async up(sql) {
    await sql.query(`CREATE TABLE users (
      id serial PRIMARY KEY,
      name text NOT NULL UNIQUE,
      role text NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
      department text,
      password_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await sql.query(`CREATE TABLE user_grants (
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      plan text NOT NULL DEFAULT '',
      indicator text NOT NULL DEFAULT '',
      PRIMARY KEY (user_id, plan, indicator)
    )`);
    await sql.query(`CREATE TABLE sessions (
      token_hash text PRIMARY KEY,
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    )`);
  },
};
