import { createHash, randomBytes } from 'node:crypto';
import { AppError, invalidInput } from '../domain/index.ts';
import { recordAudit, type Database, type Sql } from '../storage/index.ts';
import { countUsers, findUserByName, insertUser, selectUsers, updateUser, type Role } from '../storage/accounts.ts';
import { deleteExpiredSessions, deleteSession, deleteUserSessions, findSession, insertSession, type SessionLifetime } from '../storage/sessions.ts';
import { hashPassword, verifyPassword } from './accounts-passwords.ts';

export type { Role, Database };

export interface User {
  readonly id: number;
  readonly name: string;
  readonly role: Role;
  readonly department: string | null;
}

export interface Session {
  readonly user: User;
  readonly csrfToken: string;
}

const roles: readonly Role[] = ['admin', 'editor', 'viewer'];
/** A session ends 8 hours after its last use (a working day left unattended) and 7 days after login at the latest. */
export const sessionLifetime: SessionLifetime = { idleMs: 8 * 3600_000, maxMs: 7 * 86400_000 };
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export function parseRole(text: string): Role {
  if ((roles as readonly string[]).includes(text)) return text as Role;
  throw invalidInput(`未知角色 "${text}"：应为 admin（管理员）、editor（填报员）或 viewer（只读）`, { field: 'role' });
}

/**
 * Creates a user, or with `update` changes the role, department and password of an existing one;
 * `within` runs in the same transaction (grants stored with the account, or neither).
 */
export async function saveUser(
  db: Database,
  input: { name: string; role: Role; password: string; department?: string | null; update?: boolean; by?: string },
  within: (tx: Sql, user: User) => Promise<void> = async () => {},
): Promise<User> {
  const name = input.name.trim();
  if (!name) throw invalidInput('用户名不能为空', { field: 'name' });
  if (input.password.length < 8) throw invalidInput('密码至少 8 个字符', { field: 'password' });
  const passwordHash = await hashPassword(input.password);
  const existing = await findUserByName(db, name);
  if (existing && !input.update) throw new AppError('conflict', `用户 "${name}" 已存在；要修改其角色或密码请加 --update`, { details: { field: 'name' } });
  const by = input.by ?? name;
  return db.transaction(async (tx) => {
    if (existing) {
      await updateUser(tx, existing.id, { role: input.role, department: input.department, passwordHash });
      const user = { id: existing.id, name, role: input.role, department: input.department ?? existing.department };
      await recordAudit(tx, { by, action: 'update', entity: 'user', entityId: name, old: { role: existing.role, department: existing.department }, new: { role: user.role, department: user.department, password: '（已更改）' } });
      await within(tx, user);
      return user;
    }
    const row = await insertUser(tx, { name, role: input.role, department: input.department ?? null, passwordHash });
    await recordAudit(tx, { by, action: 'create', entity: 'user', entityId: name, old: null, new: { role: row.role, department: row.department } });
    const user = { id: row.id, name: row.name, role: row.role, department: row.department };
    await within(tx, user);
    return user;
  });
}

/** Every user (no password hashes), by name; disabled ones included and marked. */
export async function listUsers(db: Database): Promise<Array<User & { disabled: boolean }>> {
  return (await selectUsers(db)).map(({ passwordHash: _, ...user }) => user);
}

export const hasUsers = async (db: Database) => (await countUsers(db)) > 0;

/**
 * Checks a password and opens a session; the token goes into an HttpOnly cookie, never into storage.
 * An unknown name costs the same one scrypt as a wrong password, so the answer's timing does not tell
 * which names exist; every failure is written to the audit log with the caller's address.
 */
export async function login(
  db: Database, name: string, password: string, now = new Date(), from: { address?: string } = {},
): Promise<Session & { token: string; expiresAt: Date }> {
  const user = await findUserByName(db, name.trim());
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !ok) {
    await recordAudit(db, { by: name.trim().slice(0, 100), action: 'login-failed', entity: 'session', entityId: name.trim().slice(0, 100), new: { address: from.address ?? null } });
    throw new AppError('unauthorized', '用户名或密码不正确');
  }
  if (user.disabled) throw new AppError('forbidden', `账号 ${user.name} 已停用：请联系管理员启用`);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionLifetime.idleMs);
  await deleteExpiredSessions(db, now);
  await insertSession(db, { tokenHash: tokenHash(token), userId: user.id, csrfToken, createdAt: now, expiresAt });
  // the cookie may outlive an idle session (the server refuses it then); it never outlives the longest session
  return { token, csrfToken, expiresAt: new Date(now.getTime() + sessionLifetime.maxMs), user: { id: user.id, name: user.name, role: user.role, department: user.department } };
}

let dummy: Promise<string> | undefined;
/** A hash no password was ever given for, made once per process with the same scrypt parameters. */
const dummyHash = () => (dummy ??= hashPassword(randomBytes(16).toString('hex')));

/** Ends every session of a user (stolen laptop, left the office); a new password does it too. Returns how many ended. */
export async function revokeSessions(db: Database, name: string, by: string): Promise<number> {
  const user = await findUserByName(db, name.trim());
  if (!user) throw new AppError('not-found', `没有用户 "${name}"：用 plantrack user list 查看已有用户`, { details: { field: 'name' } });
  return db.transaction(async (tx) => {
    const ended = await deleteUserSessions(tx, user.id);
    await recordAudit(tx, { by, action: 'revoke-sessions', entity: 'user', entityId: user.name, new: { sessions: ended } });
    return ended;
  });
}

export async function findSessionByToken(db: Database, token: string, now = new Date()): Promise<Session | undefined> {
  return findSession(db, tokenHash(token), now, sessionLifetime);
}

export async function logout(db: Database, token: string): Promise<void> {
  await deleteSession(db, tokenHash(token));
}
