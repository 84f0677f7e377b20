import type { Sql } from './database.ts';
import type { UserRow } from './accounts.ts';

export interface SessionRow {
  readonly user: Omit<UserRow, 'passwordHash' | 'disabled'>;
  readonly csrfToken: string;
}

export async function insertSession(
  sql: Sql, session: { tokenHash: string; userId: number; csrfToken: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await sql.query('INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
    session.tokenHash,
    session.userId,
    session.csrfToken,
    session.createdAt,
    session.expiresAt,
  ]);
}

/** How long a session lives: `idleMs` after its last use, and never past `maxMs` after login. */
export interface SessionLifetime {
  readonly idleMs: number;
  readonly maxMs: number;
}

/**
 * A live session and its user; a use pushes the idle expiry forward (written at most once a minute,
 * so reading pages does not turn into a write per request).
 */
export async function findSession(sql: Sql, tokenHash: string, now: Date, lifetime: SessionLifetime): Promise<SessionRow | undefined> {
  const [row] = await sql.query<{ id: number; name: string; role: UserRow['role']; department: string | null; csrf: string; expires: Date; created: Date }>(
    `SELECT u.id, u.name, u.role, u.department, s.csrf_token AS csrf, s.expires_at AS expires, s.created_at AS created
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > $2 AND NOT u.disabled`,
    [tokenHash, now],
  );
  if (!row) return undefined;
  const extended = Math.min(new Date(row.created).getTime() + lifetime.maxMs, now.getTime() + lifetime.idleMs);
  if (extended - new Date(row.expires).getTime() > 60_000) {
    await sql.query('UPDATE sessions SET expires_at = $2 WHERE token_hash = $1', [tokenHash, new Date(extended)]);
  }
  return { user: { id: row.id, name: row.name, role: row.role, department: row.department }, csrfToken: row.csrf };
}

export async function deleteSession(sql: Sql, tokenHash: string): Promise<void> {
  await sql.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

export async function deleteExpiredSessions(sql: Sql, now: Date): Promise<void> {
  await sql.query('DELETE FROM sessions WHERE expires_at <= $1', [now]);
}

/** Ends all of a user's sessions; returns how many there were. */
export async function deleteUserSessions(sql: Sql, userId: number): Promise<number> {
  const rows = await sql.query<{ n: number }>('WITH gone AS (DELETE FROM sessions WHERE user_id = $1 RETURNING 1) SELECT count(*)::int AS n FROM gone', [userId]);
  return rows[0]?.n ?? 0;
}
