export { extractFile } from './extract-file.ts';
export { importPlans, storePlan, type ImportResult, type ImportStatus, type ImportOptions } from './import-plans.ts';
export { listPlans, getPlan, type PlanRow } from './plans.ts';
export { getPlanIndicators, type PlanIndicator, type LatestValue, type LatestLookup } from './show-plan.ts';
export { correctIndicator, correctionPatch, reapplyCorrections, correctionFields, type CorrectionInput, type CorrectionField } from './correct-indicator.ts';
export { exportDatabase, restoreDatabase, type DatabaseExport } from './backup.ts';
export { findRegion, suggestRegions, listRegions, type Region } from '../storage/index.ts';
export { openDatabase, locateDatabase, type Database, type DatabaseLocation } from '../storage/index.ts';
