import type { Sql } from './database.ts';

export type Role = 'admin' | 'editor' | 'viewer';

export interface UserRow {
  readonly id: number;
  readonly name: string;
  readonly role: Role;
  readonly department: string | null;
  readonly passwordHash: string;
  /** a disabled user cannot log in; their sessions are ended */
  readonly disabled: boolean;
}

const userColumns = 'id, name, role, department, password_hash AS "passwordHash", disabled';

export async function insertUser(sql: Sql, user: Omit<UserRow, 'id' | 'disabled'>): Promise<UserRow> {
  const [row] = await sql.query<UserRow>(
    `INSERT INTO users (name, role, department, password_hash) VALUES ($1, $2, $3, $4) RETURNING ${userColumns}`,
    [user.name, user.role, user.department, user.passwordHash],
  );
  return row;
}

/** A new password hash ends the user's sessions: whoever knew the old password is logged out. */
export async function updateUser(sql: Sql, id: number, change: { role?: Role; department?: string | null; passwordHash?: string }): Promise<void> {
  if (change.passwordHash) await sql.query('DELETE FROM sessions WHERE user_id = $1', [id]);
  await sql.query(
    `UPDATE users SET role = COALESCE($2, role), department = CASE WHEN $3::boolean THEN $4 ELSE department END,
       password_hash = COALESCE($5, password_hash) WHERE id = $1`,
    [id, change.role ?? null, change.department !== undefined, change.department ?? null, change.passwordHash ?? null],
  );
}

export async function findUserByName(sql: Sql, name: string): Promise<UserRow | undefined> {
  const [row] = await sql.query<UserRow>(`SELECT ${userColumns} FROM users WHERE name = $1`, [name]);
  return row;
}

export async function selectUsers(sql: Sql): Promise<UserRow[]> {
  return sql.query<UserRow>(`SELECT ${userColumns} FROM users ORDER BY name`);
}

export async function countUsers(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return row.n;
}

export async function findUserById(sql: Sql, id: number): Promise<UserRow | undefined> {
  const [row] = await sql.query<UserRow>(`SELECT ${userColumns} FROM users WHERE id = $1`, [id]);
  return row;
}

/** Disables or enables a user; disabling ends every session of theirs at once. */
export async function setUserDisabled(sql: Sql, id: number, disabled: boolean): Promise<void> {
  await sql.query('UPDATE users SET disabled = $2 WHERE id = $1', [id, disabled]);
  if (disabled) await endUserSessions(sql, id);
}

/** Logs a user out everywhere (disabled, or the password was reset). */
export async function endUserSessions(sql: Sql, id: number): Promise<void> {
  await sql.query('DELETE FROM sessions WHERE user_id = $1', [id]);
}
