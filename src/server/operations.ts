import * as services from '../services/index.ts';
import type { Database } from '../services/accounts.ts';
import { listCatalog, updateCatalogEntry } from '../services/catalog.ts';
import { listObservations, observationHistory } from '../services/observations.ts';
import { parseObservedValue } from '../services/observation-value.ts';
import { recordObservation, type ObservationInput } from '../services/record-observation.ts';
import { getPlanLines, getPlanOutline, listAudit } from '../services/overview.ts';
import { invalidInput } from '../domain/index.ts';
import { notImplemented } from './errors.ts';

/** A service that may not have landed yet (parts of PlanTrack are built in parallel): 501 until it does. */
const later = async (name: string, ...args: unknown[]): Promise<unknown> => {
  const fn = (services as Record<string, unknown>)[name];
  if (typeof fn !== 'function') throw notImplemented(name);
  return (fn as (...a: unknown[]) => unknown)(...args);
};

/** A typed value as the API takes it: a number, or text such as ≥70, 4%以下, 建成. */
function observedValue(value: number | string) {
  if (typeof value === 'number') return { value, comparator: null, milestone: null };
  const parsed = parseObservedValue(value);
  if (!parsed) throw invalidInput(`字段 value 无效：“${value}”既不是数值也不是里程碑词（如 66.5、≥70、建成）`, { field: 'value' });
  return parsed;
}

/** The one place that knows each service's call shape. */
export const operations = {
  listRegions: (db: Database) => services.listRegions(db),
  listPlans: (db: Database) => services.listPlans(db),
  getPlan: (db: Database, ref: string) => services.getPlan(db, ref),
  getPlanIndicators: (db: Database, ref: string) => services.getPlanIndicators(db, ref, latestLookup()),
  getPlanOutline,
  getPlanLines,
  importPlans: (db: Database, paths: string[], by: string) => services.importPlans(paths, { db, by }),
  correctIndicator: (db: Database, ref: string, change: { table?: string; row: string; field: string; value: string; reason?: string; by: string }) =>
    services.correctIndicator(db, ref, change as Parameters<typeof services.correctIndicator>[2]),
  listObservations,
  observationHistory,
  recordObservation: (db: Database, input: Omit<ObservationInput, 'value' | 'comparator' | 'milestone'> & { value: number | string }) =>
    recordObservation(db, { ...input, ...observedValue(input.value) }),
  listCatalog,
  updateCatalogEntry: (db: Database, id: string, change: Parameters<typeof updateCatalogEntry>[2], by: string) => updateCatalogEntry(db, id, change, by),
  listAudit,
  evaluateStoredPlan: (db: Database, ref: string, options: { method?: string; asOf?: number }) => later('evaluateStoredPlan', db, ref, options),
  renderPlanReport: (db: Database, ref: string, options: { method?: string; asOf?: number; format: 'docx' | 'html' }) => later('renderPlanReport', db, ref, options),
  search: (db: Database, query: string, options: { limit: number }) => later('searchPlans', db, query, options),
  compare: (db: Database, indicator: string) => later('compareIndicator', db, indicator),
};

/** Latest values beside each plan row, when the observations side exports its lookup. */
function latestLookup() {
  const fn = (services as Record<string, unknown>).latestObservations;
  return typeof fn === 'function' ? (fn as Parameters<typeof services.getPlanIndicators>[2]) : undefined;
}
