import { indicatorKeyOf, type CatalogEntry } from '../domain/catalog/index.ts';
import { AppError, invalidInput, mayWrite, notFound, sameIndicatorName, type Grant, type SameIndicator, type WriteTarget } from '../domain/index.ts';
import { findUserByName } from '../storage/accounts.ts';
import { listCatalogEntries } from '../storage/catalog-entries.ts';
import { deleteGrant, insertGrant, planDescendants, selectGrants, selectIndicatorNames, type GrantRow, type NewGrant } from '../storage/grants.ts';
import { editDistance, findRegion, listPlanIndicators, recordAudit, type Database, type PlanRow, type Sql } from '../storage/index.ts';
import { saveUser, type Role, type User } from './accounts.ts';
import { changeUser, getUserById, type UserChange } from './accounts-admin.ts';
import { planPeriodLabel, resolvePlan } from './plans.ts';

/** A grant as an admin asks for it: a plan as users name it, an indicator, or both (that indicator in that plan only). */
export interface GrantRequest {
  readonly plan?: string;
  readonly indicator?: string;
}

/** A stored grant with the plan and region it resolved to, described in words. */
export interface GrantView {
  readonly id: number;
  readonly scope: GrantRow['scope'];
  readonly planId: number | null;
  readonly regionId: number | null;
  readonly indicator: string;
  readonly label: string;
  readonly description: string;
}

/**
 * Resolves the plan the way every command does (resolvePlan: id, file stem, region, region + period)
 * and the indicator against that plan's rows (or, alone, against every plan and the catalogue), so
 * that what is stored is ids; a name that resolves to nothing is refused with the nearest names.
 */
export async function resolveGrant(sql: Sql, request: GrantRequest, today = new Date()): Promise<{ grant: NewGrant; note: string | null }> {
  const planRef = request.plan?.trim();
  const indicator = request.indicator?.trim();
  if (!planRef && !indicator) throw invalidInput('请指定规划（--plan）或指标（--indicator），或两者（该规划中的该指标）', { field: 'plan' });
  const catalog = await listCatalogEntries(sql);
  if (!planRef) {
    const name = await knownIndicator(sql, catalog, indicator!);
    return { grant: { scope: 'everywhere', planId: null, regionId: null, indicator: name, label: indicator! }, note: null };
  }
  const { plan, note } = await resolvePlan(sql, planRef, today);
  const name = indicator ? await planIndicator(sql, catalog, plan, indicator) : '';
  return { grant: { scope: 'plan', planId: plan.id, regionId: plan.regionId, indicator: name, label: planRef }, note };
}

const sameUnder = (catalog: readonly CatalogEntry[]): SameIndicator => (a, b) =>
  sameIndicatorName(a, b) || indicatorKeyOf(a, catalog).key === indicatorKeyOf(b, catalog).key;

async function planIndicator(sql: Sql, catalog: readonly CatalogEntry[], plan: PlanRow, wanted: string): Promise<string> {
  const rows = await listPlanIndicators(sql, plan.id);
  const same = sameUnder(catalog);
  const row = rows.find((r) => same(r.name, wanted) || same(r.sourceName, wanted));
  if (row) return row.name;
  const near = nearest(wanted, rows.map((r) => r.name));
  throw notFound(`规划 ${describePlan(plan)} 没有指标 "${wanted}"${near.length ? `；相近的指标：${near.join('、')}` : ''}`, { field: 'indicator', suggestions: near });
}

async function knownIndicator(sql: Sql, catalog: readonly CatalogEntry[], wanted: string): Promise<string> {
  const names = [...new Set([...catalog.map((e) => e.name), ...(await selectIndicatorNames(sql))])];
  const same = sameUnder(catalog);
  if (names.some((name) => same(name, wanted))) return wanted;
  const near = nearest(wanted, names);
  throw notFound(`没有规划或指标目录含有指标 "${wanted}"${near.length ? `；相近的指标：${near.join('、')}` : '；请先导入含此指标的规划'}`, { field: 'indicator', suggestions: near });
}

function nearest(wanted: string, names: readonly string[], limit = 5): string[] {
  const tolerance = Math.max(2, Math.ceil(wanted.length / 2));
  return [...new Set(names)]
    .map((name) => ({ name, distance: name.includes(wanted) || wanted.includes(name) ? 0 : editDistance(wanted, name) }))
    .filter((s) => s.distance <= tolerance)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((s) => s.name);
}

const describePlan = (p: Pick<PlanRow, 'id' | 'title' | 'regionFullName' | 'periodStart' | 'periodEnd'>) =>
  `规划 #${p.id} ${[p.regionFullName, planPeriodLabel(p)].filter(Boolean).join(' ')}${p.title ? `《${p.title}》` : ''}`;

export function describeGrant(g: GrantRow): string {
  const where = {
    plan: () => describePlan({ id: g.planId!, title: g.planTitle, regionFullName: g.regionFullName, periodStart: g.periodStart, periodEnd: g.periodEnd }),
    region: () => `${g.regionFullName}（该地区全部规划）`,
    everywhere: () => '全部规划',
    unresolved: () => `“${g.label}”（无法识别的旧授权，不起作用；请撤销后重新授权）`,
  }[g.scope]();
  return g.indicator ? `${where} 的指标“${g.indicator}”` : `${where}（全部指标）`;
}

const view = (g: GrantRow): GrantView => ({
  id: g.id, scope: g.scope, planId: g.planId, regionId: g.regionId, indicator: g.indicator, label: g.label, description: describeGrant(g),
});

/** Every user's grants, keyed by user id. */
export async function listGrantViews(sql: Sql, userId?: number): Promise<Map<number, GrantView[]>> {
  const byUser = new Map<number, GrantView[]>();
  for (const g of await selectGrants(sql, userId)) byUser.set(g.userId, [...(byUser.get(g.userId) ?? []), view(g)]);
  return byUser;
}

async function userNamed(sql: Sql, name: string) {
  const user = await findUserByName(sql, name.trim());
  if (!user) throw new AppError('not-found', `没有用户 "${name}"：用 plantrack user list 查看已有用户`, { details: { field: 'name' } });
  return user;
}

/** Resolves and stores a grant; an admin or viewer gets none (their role already decides). */
export async function grantEditor(db: Database, name: string, request: GrantRequest, by = name, today = new Date()): Promise<GrantView & { note: string | null }> {
  const user = await userNamed(db, name);
  if (user.role !== 'editor') throw invalidInput(`用户 ${user.name} 的角色是 ${user.role}：只有 editor（填报员）需要授权`, { field: 'role' });
  const { grant, note } = await resolveGrant(db, request, today);
  return db.transaction(async (tx) => ({ ...(await storeGrant(tx, user, grant, by)), note }));
}

async function storeGrant(tx: Sql, user: Pick<User, 'id' | 'name'>, grant: NewGrant, by: string): Promise<GrantView> {
  const { id, created } = await insertGrant(tx, user.id, grant);
  if (created) await recordAudit(tx, { by, action: 'grant', entity: 'user', entityId: user.name, old: null, new: { ...grant, id } });
  return view((await selectGrants(tx, user.id)).find((g) => g.id === id)!);
}

/**
 * Creates (or with `update` changes) an account with its grants: every grant is resolved before
 * anything is written and all is stored in one transaction, so a misnamed plan leaves no account.
 */
export async function saveUserWithGrants(
  db: Database,
  input: { name: string; role: Role; password: string; department?: string | null; update?: boolean },
  requests: readonly GrantRequest[],
  by: string,
  today = new Date(),
): Promise<{ user: User; grants: Array<GrantView & { note: string | null }> }> {
  if (requests.length && input.role !== 'editor') throw invalidInput(`角色 ${input.role} 不需要授权：只有 editor（填报员）按规划/指标授权`, { field: 'role' });
  const { grants, store } = await resolveAll(db, requests, by, today);
  return { user: await saveUser(db, { ...input, by }, store), grants };
}

/** The same for an existing account (PATCH /api/users/{id} with grants): the change and its grants, or neither. */
export async function changeUserWithGrants(
  db: Database, id: number, change: UserChange, requests: readonly GrantRequest[], by: User, today = new Date(),
): Promise<{ user: User; grants: Array<GrantView & { note: string | null }> }> {
  const role = change.role ?? (await getUserById(db, id)).role;
  if (requests.length && role !== 'editor') throw invalidInput(`角色 ${role} 不需要授权：只有 editor（填报员）按规划/指标授权`, { field: 'role' });
  const { grants, store } = await resolveAll(db, requests, by.name, today);
  return { user: await changeUser(db, id, change, by, store), grants };
}

async function resolveAll(db: Database, requests: readonly GrantRequest[], by: string, today: Date) {
  const resolved: Array<Awaited<ReturnType<typeof resolveGrant>>> = [];
  for (const request of requests) resolved.push(await resolveGrant(db, request, today));
  const grants: Array<GrantView & { note: string | null }> = [];
  const store = async (tx: Sql, user: User) => {
    for (const { grant, note } of resolved) grants.push({ ...(await storeGrant(tx, user, grant, by)), note });
  };
  return { grants, store };
}

export async function revokeGrant(db: Database, name: string, grantId: number, by: string): Promise<GrantView> {
  const user = await userNamed(db, name);
  return db.transaction(async (tx) => {
    const removed = await deleteGrant(tx, user.id, grantId);
    if (!removed) throw notFound(`用户 ${user.name} 没有编号 ${grantId} 的授权：用 plantrack user list 查看`, { field: 'grant' });
    await recordAudit(tx, { by, action: 'revoke', entity: 'user', entityId: user.name, old: view(removed), new: null });
    return view(removed);
  });
}

/** A user's grants as the write check and the web use them: plan grants reach the plan's later versions. */
export async function userGrants(sql: Sql, user: Pick<User, 'id' | 'role'>): Promise<Grant[]> {
  if (user.role !== 'editor') return [];
  const rows = await selectGrants(sql, user.id);
  return Promise.all(rows.map(async (g) => ({
    id: g.id, scope: g.scope, regionId: g.regionId, indicator: g.indicator, planIds: g.planId === null ? [] : await planDescendants(sql, [g.planId]),
  })));
}

/** Refuses a write the user's role and grants do not cover, saying what they may write instead. */
export async function assertMayWrite(sql: Sql, user: User, target: WriteTarget & { readonly what: string }): Promise<void> {
  if (user.role === 'admin') return;
  const grants = await userGrants(sql, user);
  if (mayWrite(user, grants, target, sameUnder(await listCatalogEntries(sql)))) return;
  const held = [...((await listGrantViews(sql, user.id)).get(user.id) ?? [])].map((g) => g.description);
  const may = user.role === 'viewer' ? '只读用户不能修改数据' : held.length ? `可修改：${held.join('；')}` : '尚未分配任何规划或指标';
  throw new AppError('forbidden', `用户 ${user.name}（${user.role}）无权修改${target.what}：${may}；请管理员分配权限（plantrack user grant 或网页“用户管理”）`, {
    details: { planId: target.planId ?? null, regionId: target.regionId ?? null, indicator: target.indicator ?? null },
  });
}

/** A value of a region named as users name it; an unknown region is no grant's region (an editor of the indicator everywhere hears 404 later). */
export async function assertMayWriteRegion(sql: Sql, user: User, regionName: string, indicator: string): Promise<void> {
  if (user.role === 'admin') return;
  const region = await findRegion(sql, regionName);
  await assertMayWrite(sql, user, { regionId: region?.id ?? null, indicator, what: `${region?.fullName ?? regionName} 的“${indicator}”` });
}
