import * as services from '../services/index.ts';
import type { Database } from '../services/accounts.ts';
import { notImplemented } from './errors.ts';

type Operation = (...args: never[]) => unknown;

/**
 * The services the routes call, looked up by name: parts of PlanTrack are built in parallel, and a route
 * whose service has not landed answers 501 instead of failing to start. Each adapter below is the one
 * place that knows a service's call shape.
 */
function operation<F extends Operation>(name: string): F {
  const fn = (services as Record<string, unknown>)[name];
  if (typeof fn !== 'function') throw notImplemented(name);
  return fn as F;
}

const call = async (name: string, ...args: unknown[]): Promise<unknown> => operation<(...a: unknown[]) => unknown>(name)(...args);

export const operations = {
  listRegions: (db: Database) => call('listRegions', db),
  listPlans: (db: Database) => call('listPlans', db),
  getPlan: (db: Database, ref: string) => call('getPlan', db, ref),
  getPlanExtract: (db: Database, ref: string) => call('getPlanExtract', db, ref),
  getPlanIndicators: (db: Database, ref: string) => call('getPlanIndicators', db, ref),
  getPlanText: (db: Database, ref: string) => call('getPlanText', db, ref),
  importPlans: (db: Database, paths: string[], by: string) => call('importPlans', paths, { db, by }),
  correctIndicator: (db: Database, ref: string, change: Record<string, unknown>) => call('correctIndicator', db, ref, change),
  listObservations: (db: Database, filter: Record<string, unknown>) => call('listObservations', db, filter),
  recordObservation: (db: Database, input: Record<string, unknown>) => call('recordObservation', db, input),
  observationHistory: (db: Database, filter: Record<string, unknown>) => call('observationHistory', db, filter),
  listCatalog: (db: Database) => call('listCatalog', db),
  updateCatalogEntry: (db: Database, id: string, change: Record<string, unknown>) => call('updateCatalogEntry', db, id, change),
  evaluateStoredPlan: (db: Database, ref: string, options: Record<string, unknown>) => call('evaluateStoredPlan', db, ref, options),
  renderPlanReport: (db: Database, ref: string, options: Record<string, unknown>) => call('renderPlanReport', db, ref, options),
  listAudit: (db: Database, filter: Record<string, unknown>) => call('listAudit', db, filter),
  search: (db: Database, query: string, options: Record<string, unknown>) => call('searchPlans', db, query, options),
  compare: (db: Database, indicator: string) => call('compareIndicator', db, indicator),
};
