import { readDocument } from '../readers/index.ts';
import { extractPlan } from '../parsers/index.ts';
import type { PlanExtract } from '../domain/index.ts';

/** Reads a plan document from disk and extracts it (no database). */
export async function extractFile(path: string): Promise<PlanExtract> {
  return extractPlan(await readDocument(path));
}
