import type { Dashboard, DashboardWarning } from '../evaluation/index.ts';

/**
 * 预警 listed with the 总览 (GET /api/dashboard): the first ones, red first; the rest come a page at a
 * time. A national 总览 holds tens of thousands of 预警 — most of its bytes — and a page shows a few.
 */
export const dashboardWarningsShown = 50;
/** The largest page of 预警 one request may ask for. */
export const warningPageLimit = 500;

/** The 总览 as the API sends it: every row and total, the 预警 counted and only the first ones listed. */
export interface DashboardPage extends Omit<Dashboard, 'warnings'> {
  readonly warnings: DashboardWarning[];
  readonly warningCount: number;
}

/** One page of the 总览's 预警, in the 总览's order. */
export interface DashboardWarningPage {
  readonly year: number | null;
  readonly total: number;
  readonly offset: number;
  readonly warnings: DashboardWarning[];
}

/** A dashboard cut to what GET /api/dashboard sends (pure: tests cut a dashboard judged now the same way). */
export const dashboardPage = (dashboard: Dashboard, shown = dashboardWarningsShown): DashboardPage =>
  ({ ...dashboard, warnings: dashboard.warnings.slice(0, shown), warningCount: dashboard.warnings.length });

/** The page of 预警 from `offset` (at most `limit`) of a dashboard. */
export const warningPage = (dashboard: Dashboard, offset: number, limit: number): DashboardWarningPage =>
  ({ year: dashboard.year, total: dashboard.warnings.length, offset, warnings: dashboard.warnings.slice(offset, offset + Math.min(limit, warningPageLimit)) });
