import type { Role } from '../services/accounts.ts';
import type { UserChange } from '../services/accounts-admin.ts';
import type { GrantRequest, GrantView } from '../services/grants.ts';

/** An account with its grants, as `user list` and GET /api/users show it. */
export interface ManagedUser {
  readonly id: number;
  readonly name: string;
  readonly role: Role;
  readonly department: string | null;
  readonly disabled: boolean;
  readonly grants: readonly GrantView[];
}

export interface NewAccount {
  readonly name: string;
  readonly role: Role;
  readonly password: string;
  readonly department: string | null;
  /** change an existing account's role, department and password instead of refusing */
  readonly update: boolean;
  /** resolved before anything is stored: a misnamed plan refuses the whole command and leaves no account */
  readonly grants: readonly GrantRequest[];
}

export type GrantMade = GrantView & { readonly note: string | null };

/**
 * What `plantrack user` does, on the database itself or — while `plantrack serve` holds the
 * embedded store — through that server's API (see user-remote.ts). Users are named by name.
 */
export interface AccountsDesk {
  /** where the change happens, for the message: null = the database directly */
  readonly via: string | null;
  list(): Promise<ManagedUser[]>;
  add(account: NewAccount): Promise<{ user: ManagedUser; granted: readonly GrantMade[] }>;
  grant(name: string, request: GrantRequest): Promise<GrantMade>;
  revoke(name: string, grantId: number): Promise<void>;
  change(name: string, change: UserChange): Promise<ManagedUser>;
  /** ends every session of the user; returns how many there were */
  logoutAll(name: string): Promise<number>;
}
