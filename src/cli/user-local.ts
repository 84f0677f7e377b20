import { AppError } from '../domain/index.ts';
import { listUsers, revokeSessions, type Database, type User } from '../services/accounts.ts';
import { changeUser } from '../services/accounts-admin.ts';
import { grantEditor, listGrantViews, revokeGrant, saveUserWithGrants } from '../services/grants.ts';
import type { AccountsDesk, ManagedUser } from './user-desk.ts';

/** `plantrack user` on the database itself; `by` is who the audit log names. */
export function localDesk(db: Database, by: string, today: Date): AccountsDesk {
  const actor: User = { id: 0, name: by, role: 'admin', department: null };
  const list = async (): Promise<ManagedUser[]> => {
    const grants = await listGrantViews(db);
    return (await listUsers(db)).map((u) => ({ ...u, grants: grants.get(u.id) ?? [] }));
  };
  const named = async (name: string) => {
    const user = (await list()).find((u) => u.name === name.trim());
    if (!user) throw new AppError('not-found', `没有用户 "${name}"：用 plantrack user list 查看已有用户`, { details: { field: 'name' } });
    return user;
  };
  return {
    via: null,
    list,
    async add({ grants: requests, ...account }) {
      const { user, grants } = await saveUserWithGrants(db, account, requests, by, today);
      return { user: await named(user.name), granted: grants };
    },
    grant: (name, request) => grantEditor(db, name, request, by, today),
    async revoke(name, grantId) {
      await revokeGrant(db, name, grantId, by);
    },
    async change(name, change) {
      await changeUser(db, (await named(name)).id, change, actor);
      return named(name);
    },
    logoutAll: (name) => revokeSessions(db, name, by),
  };
}
