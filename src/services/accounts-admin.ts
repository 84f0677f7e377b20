import { AppError, invalidInput } from '../domain/index.ts';
import { endUserSessions, findUserById, setUserDisabled, updateUser, type Role, type UserRow } from '../storage/accounts.ts';
import { recordAudit, type Database, type Sql } from '../storage/index.ts';
import { hashPassword } from './accounts-passwords.ts';
import type { User } from './accounts.ts';

/** What an admin may change of an account on the 用户管理 page or with `plantrack user set`. */
export interface UserChange {
  readonly role?: Role;
  readonly department?: string | null;
  /** a reset password; the user's sessions end */
  readonly password?: string;
  readonly disabled?: boolean;
}

export async function getUserById(db: Sql, id: number): Promise<UserRow> {
  const user = await findUserById(db, id);
  if (!user) throw new AppError('not-found', `没有编号为 ${id} 的用户`, { details: { field: 'id' } });
  return user;
}

/** Changes an account; an admin cannot disable or demote themself (the last way back in). */
export async function changeUser(
  db: Database, id: number, change: UserChange, by: User, within: (tx: Sql, user: User) => Promise<void> = async () => {},
): Promise<User & { disabled: boolean }> {
  const user = await getUserById(db, id);
  if (user.id === by.id && (change.disabled || (change.role && change.role !== 'admin'))) {
    throw invalidInput('不能停用自己或取消自己的管理员角色：请由另一位管理员操作', { field: 'role' });
  }
  if (change.password !== undefined && change.password.length < 8) throw invalidInput('密码至少 8 个字符', { field: 'password' });
  const passwordHash = change.password === undefined ? undefined : await hashPassword(change.password);
  return db.transaction(async (tx) => {
    await updateUser(tx, id, { role: change.role, department: change.department, passwordHash });
    if (change.disabled !== undefined) await setUserDisabled(tx, id, change.disabled);
    if (passwordHash) await endUserSessions(tx, id);
    const after = await getUserById(tx, id);
    const pick = (u: UserRow) => ({ role: u.role, department: u.department, disabled: u.disabled });
    await recordAudit(tx, { by: by.name, action: 'update', entity: 'user', entityId: user.name, old: pick(user), new: { ...pick(after), ...(passwordHash ? { password: '（已重置）' } : {}) } });
    await within(tx, after);
    return { id: after.id, name: after.name, role: after.role, department: after.department, disabled: after.disabled };
  });
}
