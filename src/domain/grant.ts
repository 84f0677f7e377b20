/**
 * What an editor may write, as the server checks it and the web uses it to show only the forms a
 * user may use. A grant covers a plan (with its later versions; values of its region), a region,
 * or an indicator everywhere; with an indicator it covers that indicator there only.
 */
export interface Grant {
  readonly id: number;
  readonly scope: 'plan' | 'region' | 'everywhere' | 'unresolved';
  /** the granted plan and every later version of it; empty unless scope is plan */
  readonly planIds: readonly number[];
  readonly regionId: number | null;
  /** '' = every indicator */
  readonly indicator: string;
}

/**
 * A write: to a plan (corrections, box progress) or to a region's values (observations). An
 * indicator of undefined asks whether any indicator there is writable (to show a page's forms).
 */
export interface WriteTarget {
  readonly planId?: number | null;
  readonly regionId?: number | null;
  readonly indicator?: string | null;
}

export type SameIndicator = (granted: string, written: string) => boolean;

const compact = (name: string) => name.replace(/\s+/g, '');
export const sameIndicatorName: SameIndicator = (a, b) => compact(a) === compact(b);

export function grantCovers(grant: Grant, target: WriteTarget, same: SameIndicator = sameIndicatorName): boolean {
  return coversPlace(grant, target) && coversIndicator(grant, target, same);
}

function coversPlace(grant: Grant, target: WriteTarget): boolean {
  if (grant.scope === 'everywhere') return true;
  if (grant.scope === 'unresolved') return false;
  if (grant.scope === 'region') return target.regionId != null && target.regionId === grant.regionId;
  if (target.planId != null) return grant.planIds.includes(target.planId);
  // a value belongs to a region and a year, not to a plan: the plan's region is what it names
  return target.regionId != null && target.regionId === grant.regionId;
}

function coversIndicator(grant: Grant, target: WriteTarget, same: SameIndicator): boolean {
  if (grant.indicator === '' || target.indicator === undefined) return true;
  return target.indicator !== null && same(grant.indicator, target.indicator);
}

/** Admins write everything, viewers nothing, editors what one of their grants covers. */
export function mayWrite(
  user: { readonly role: string } | null | undefined,
  grants: readonly Grant[],
  target: WriteTarget,
  same: SameIndicator = sameIndicatorName,
): boolean {
  if (!user || user.role === 'viewer') return false;
  if (user.role === 'admin') return true;
  return grants.some((g) => grantCovers(g, target, same));
}
